#!/usr/bin/env bash
# Every visible string has a French translation: refresh a copy of strongroom_fr.ts from the
# current sources (lupdate, as the update_translations target does) and fail on any string
# that is new or unfinished.
set -euo pipefail
source_dir="${1:?source dir}"
build_dir="${2:?build dir}"
lupdate="${3:?lupdate}"
generator="${4:?GenerateLUpdateProject.cmake}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
# The list of sources lupdate reads, generated the way Qt's update_translations target does,
# but into the scratch folder so that the source tree is left alone.
project="$scratch/project.json"
cmake -DIN_FILE="$build_dir/ui/.lupdate/strongroom_ui_project.cmake" -DOUT_FILE="$project" \
    -P "$generator" >/dev/null
cp "$source_dir/translations/strongroom_fr.ts" "$scratch/strongroom_fr.ts"
"$lupdate" -project "$project" -no-obsolete -locations none -ts "$scratch/strongroom_fr.ts" >"$scratch/log" 2>&1 ||
    { cat "$scratch/log"; exit 1; }
unfinished=$(grep -c 'type="unfinished"' "$scratch/strongroom_fr.ts" || true)
total=$(grep -c '<source>' "$scratch/strongroom_fr.ts" || true)
if [ "$unfinished" != 0 ]; then
    echo "FAIL: $unfinished of $total strings have no French translation yet:"
    grep -B2 'type="unfinished"' "$scratch/strongroom_fr.ts" | grep '<source>' | sed 's/^ */  /'
    echo "Run: cmake --build build --target update_translations, then translate them in translations/strongroom_fr.ts"
    exit 1
fi
if ! cmp -s "$source_dir/translations/strongroom_fr.ts" "$scratch/strongroom_fr.ts"; then
    echo "FAIL: translations/strongroom_fr.ts is out of date with the sources;"
    echo "run: cmake --build build --target update_translations"
    diff "$source_dir/translations/strongroom_fr.ts" "$scratch/strongroom_fr.ts" | head -20
    exit 1
fi
echo "French: $total of $total strings translated"
