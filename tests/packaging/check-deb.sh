#!/usr/bin/env bash
# Builds the .deb with CPack, unpacks it into a scratch root with dpkg -x, checks what it
# installs, and runs the validators Debian and desktops use: desktop-file-validate,
# appstreamcli validate and lintian, which must report no error and no warning.
set -euo pipefail
build="${STRONGROOM_BUILD_DIR:?STRONGROOM_BUILD_DIR must point to the build tree}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
for tool in cpack dpkg-deb desktop-file-validate appstreamcli lintian; do
    command -v "$tool" >/dev/null || fail "$tool is missing (run packaging/install-deps.sh)"
done

(cd "$build" && cpack -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1) ||
    { cat "$scratch/cpack.log"; fail "cpack could not build the package"; }
deb="$(ls "$scratch"/out/*.deb)"
echo "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"
dpkg-deb --field "$deb" Package Version Architecture Depends

root="$scratch/root"
dpkg -x "$deb" "$root"
id=app.strongroom.Strongroom
for file in usr/bin/strongroom usr/bin/strongroom-cli \
    usr/share/applications/$id.desktop usr/share/metainfo/$id.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/$id.svg \
    usr/share/man/man1/strongroom.1.gz usr/share/man/man1/strongroom-cli.1.gz \
    usr/bin/strongroom-sandbox usr/share/man/man1/strongroom-sandbox.1.gz \
    usr/share/doc/strongroom/copyright usr/share/doc/strongroom/changelog.gz; do
    [ -e "$root/$file" ] || fail "the package lacks /$file"
done
[ -x "$root/usr/bin/strongroom-cli" ] || fail "strongroom-cli is not executable"
kind="$(file "$root/usr/bin/strongroom")"
grep -q "ELF 64-bit" <<<"$kind" || fail "strongroom is not a binary: $kind"
grep -q "not stripped" <<<"$kind" && fail "strongroom is not stripped"
depends="$(dpkg-deb --field "$deb" Depends)"
grep -q libqt6widgets6 <<<"$depends" || fail "Depends lacks Qt Widgets: $depends"

# The installed CLI runs and knows the real networks.
networks="$("$root/usr/bin/strongroom-cli" --data-dir "$scratch/data" network list --json)"
grep -q 0x098bFCb1E50ebcA0BaA92C12eA0c3F045A1aD9f0 <<<"$networks" ||
    fail "the installed strongroom-cli does not list Arbitrum One's hub"

desktop-file-validate "$root/usr/share/applications/$id.desktop"
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/$id.metainfo.xml"
lintian --fail-on error,warning --suppress-tags-from-file /dev/null "$deb" | tee "$scratch/lintian.log"
echo "package OK: contents, desktop entry, AppStream metadata and lintian all clean"
