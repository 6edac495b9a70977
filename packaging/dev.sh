#!/usr/bin/env bash
# The two commands of the README:
#   packaging/dev.sh run   installs what is missing, builds, starts the sandbox, opens Strongroom on it
#   packaging/dev.sh test  installs what is missing, builds, runs every test
# Options after the command: --sanitize builds with ASan+UBSan in build-sanitize/; for test,
# --live runs only the live suite (ctest label `live`: read-only checks of the real Arbitrum
# networks and iExec services, which need internet), which the default run leaves out.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
command="${1:-}"
shift || true
build="$root/build"
extra=()
live=0
while [ $# -gt 0 ]; do
    case "$1" in
    --sanitize)
        build="$root/build-sanitize"
        extra=(-DSTRONGROOM_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug)
        ;;
    --live) live=1 ;;
    *) break ;;
    esac
    shift
done

case "$command" in
run | test) ;;
*)
    echo "usage: packaging/dev.sh run|test [--sanitize] [--live]" >&2
    exit 2
    ;;
esac

"$root/packaging/install-deps.sh"
jobs="$(nproc)"
cmake -S "$root" -B "$build" -G Ninja -DSTRONGROOM_WERROR=ON "${extra[@]}" >/dev/null
cmake --build "$build" -j "$jobs"

if [ "$command" = run ]; then
    # The local sandbox network (started once, then reused), and the app on it.
    "$build/app/strongroom-sandbox" up >/dev/null
    exec "$build/app/strongroom" --network sandbox "$@"
fi
cd "$build"
status=0
if [ "$live" = 1 ]; then
    ctest --output-on-failure -L live "$@" || status=$?
else
    ctest --output-on-failure -j "$jobs" -LE live "$@" || status=$?
fi
# A skipped check proves nothing, and ctest counts it as passed: every skip (QSKIP's "SKIP :"
# lines, and the "SKIPPED LOUDLY" our suites print) fails the run unless
# tests/allowed-skips.txt names it with its reason.
allowed="$root/tests/allowed-skips.txt"
skips="$(grep -hE 'SKIPPED LOUDLY|^SKIP +:' Testing/Temporary/LastTest.log 2>/dev/null | sort -u || true)"
if [ -n "$skips" ]; then
    refused=0
    echo
    echo "Skipped checks:"
    while IFS= read -r line; do
        verdict="NOT ALLOWED"
        while IFS= read -r rule; do
            case "$rule" in "" | "#"*) continue ;; esac
            if [[ "$line" == *"${rule%% | *}"* ]]; then
                verdict="allowed: ${rule#* | }"
                break
            fi
        done <"$allowed"
        [ "$verdict" = "NOT ALLOWED" ] && refused=1
        echo "  $line"
        echo "      $verdict"
    done <<<"$skips"
    if [ "$refused" = 1 ]; then
        echo "A skip that tests/allowed-skips.txt does not allow fails the run." >&2
        [ "$status" = 0 ] && status=1
    fi
fi
exit "$status"
