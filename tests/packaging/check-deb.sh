#!/usr/bin/env bash
# Builds the .deb with CPack, unpacks it into a scratch root with dpkg -x (nothing is installed
# on the machine), checks what it installs, then uses it as a person would who has only the
# package: an ordinary user with a fresh home folder and no checkout around starts the sandbox,
# creates a wallet, protects a file, grants an app access to it and opens the app on it
# (offscreen, saving a screenshot), all from the unpacked tree. Last, the validators Debian and desktops use:
# desktop-file-validate, appstreamcli validate and lintian, with no error and no warning.
set -euo pipefail
build="${STRONGROOM_BUILD_DIR:?STRONGROOM_BUILD_DIR must point to the build tree}"
scratch="$(mktemp -d)"
user_home="$scratch/home"
sandbox_up=""
cleanup() {
    # A sandbox this check started must not outlive it, whatever failed.
    if [ -n "$sandbox_up" ]; then as_user "$root/usr/bin/strongroom-sandbox" down >/dev/null 2>&1 || true; fi
    rm -rf "$scratch"
}
trap cleanup EXIT

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
    usr/share/doc/strongroom/copyright usr/share/doc/strongroom/changelog.gz \
    usr/libexec/strongroom/anvil \
    usr/share/strongroom/npm/@iexec/poco/artifacts/contracts/Diamond.sol/Diamond.json \
    usr/share/strongroom/npm/@iexec/poco/deployments/arbitrumSepolia/RLC.json; do
    [ -e "$root/$file" ] || fail "the package lacks /$file"
done
# The sandbox's parts and nothing that only tests need: no other npm package, no test contract.
extra="$(cd "$root/usr/share/strongroom/npm" && find . -type f |
    grep -v '^\./@iexec/poco/\(artifacts/contracts\|deployments/arbitrumSepolia\)/' || true)"
[ -z "$extra" ] || fail "the package carries npm files the sandbox does not read: $extra"
find "$root" -path '*tools/testing*' | grep -q . && fail "the package carries test contracts"
grep -q "not stripped" <<<"$(file "$root/usr/libexec/strongroom/anvil")" &&
    fail "anvil is not stripped"
for part in usr/libexec/strongroom/anvil 'usr/share/strongroom/npm/@iexec/poco/\*'; do
    grep -q "^Files: $part" "$root/usr/share/doc/strongroom/copyright" ||
        fail "debian/copyright does not name the licence of $part"
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

# --- As a person with only the package: an ordinary user, a fresh home, no checkout. ---
# Root runs the programs as `nobody` (setpriv changes only the user, so the check adds no user
# to the machine); an ordinary user runs them as itself.
chmod 755 "$scratch"
mkdir -p "$user_home"
if [ "$(id -u)" -eq 0 ]; then
    command -v setpriv >/dev/null || fail "setpriv is missing (util-linux): cannot drop root"
    nobody_uid="$(id -u nobody 2>/dev/null)" || fail "no 'nobody' user to run the package as"
    nobody_gid="$(id -g nobody)"
    chown "$nobody_uid:$nobody_gid" "$user_home"
    user_cmd=(setpriv --reuid="$nobody_uid" --regid="$nobody_gid" --clear-groups --)
else
    user_cmd=()
fi
as_user() {
    (cd "$user_home" && env -i HOME="$user_home" PATH=/usr/bin:/bin LANG=C.UTF-8 \
        QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='qt.qpa.*=false' \
        "${user_cmd[@]}" "$@" </dev/null)
}
bin="$root/usr/bin"
as_user test -w "$user_home" || fail "the user cannot write its home folder"
if [ "$(id -u)" -eq 0 ]; then
    as_user test ! -w "$build" || fail "nobody can write the build tree: not an ordinary user"
fi

started=$SECONDS
as_user "$bin/strongroom-sandbox" up >"$scratch/up.log" 2>&1 || {
    cat "$scratch/up.log" "$user_home/.local/share/strongroom/sandbox/sandbox.log" 2>/dev/null
    fail "strongroom-sandbox up failed from the unpacked package"
}
sandbox_up=1
sandbox_log="$user_home/.local/share/strongroom/sandbox/sandbox.log"
echo "sandbox up in $((SECONDS - started)) s"
# Its parts came from the unpacked package, not from a checkout's npm packages.
grep -qF "anvil: $root/usr/libexec/strongroom/anvil" "$sandbox_log" ||
    { cat "$sandbox_log"; fail "the sandbox did not run the packaged anvil"; }
grep -qF "PoCo contracts: $root/usr/share/strongroom/npm/@iexec/poco" "$sandbox_log" ||
    { cat "$sandbox_log"; fail "the sandbox did not deploy the packaged PoCo contracts"; }

cli() { as_user "$bin/strongroom-cli" --network sandbox --password-file "$user_home/password" "$@"; }
printf 'package check password 7Qx!\n' >"$user_home/password"
printf 'Strongroom package check: a file to protect.\n' >"$user_home/notes.txt"
[ "$(id -u)" -eq 0 ] && chown "$nobody_uid:$nobody_gid" "$user_home/password" "$user_home/notes.txt"
cli wallet create >"$scratch/create.log" 2>&1 || { cat "$scratch/create.log"; fail "wallet create failed"; }
address="$(cli --json wallet list | grep -o '0x[0-9a-fA-F]\{40\}' | head -n1)"
[ -n "$address" ] || fail "wallet list shows no account after wallet create"
as_user "$bin/strongroom-sandbox" fund "$address" || fail "the sandbox faucet did not fund $address"
cli data protect "$user_home/notes.txt" --name "package check" >"$scratch/protect.log" 2>&1 ||
    { cat "$scratch/protect.log"; fail "data protect failed"; }
cli data list | grep -q "package check" || fail "data list does not show the protected file"
# Access granted to one of the sandbox's apps, and listed.
first_address() { grep -o '"address": *"0x[0-9a-fA-F]\{40\}"' | head -n1 | grep -o '0x[0-9a-fA-F]\{40\}'; }
dataset="$(cli --json data list | first_address)"
app="$(first_address <"$user_home/.local/share/strongroom/sandbox/deployment.json")"
[ -n "$dataset" ] && [ -n "$app" ] || fail "no protected data or no sandbox app to grant access to"
cli access grant "$dataset" --app "$app" --volume 3 >"$scratch/grant.log" 2>&1 ||
    { cat "$scratch/grant.log"; fail "access grant failed"; }
grants="$(cli access list "$dataset")"
grep -q "app $app, user anyone, 0 RLC per access, 3 accesses left of 3" <<<"$grants" || { echo "$grants"; fail "access list does not show the grant"; }

# The app, offscreen, on that wallet and that sandbox: a screenshot of its protected data.
as_user "$bin/strongroom" --network sandbox --screenshot "$user_home/strongroom.png" \
    >"$scratch/gui.log" 2>&1 || { cat "$scratch/gui.log"; fail "strongroom did not show the data"; }
grep -q "(1 protected data listed)" "$scratch/gui.log" ||
    { cat "$scratch/gui.log"; fail "strongroom does not list the protected file"; }
mkdir -p "$build/screenshots"
cp "$user_home/strongroom.png" "$build/screenshots/package-strongroom.png"
file "$build/screenshots/package-strongroom.png" | grep -q "PNG image data" ||
    fail "the screenshot is not a PNG"
as_user "$bin/strongroom-sandbox" down >/dev/null
sandbox_up=""
echo "the unpacked package works for an ordinary user: sandbox, wallet, protect, grant, app"

# The AppStream screenshots are real ones kept in the source tree (packaging/screenshots).
source_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
shots="$(grep -o 'packaging/screenshots/[^<]*\.png' "$root/usr/share/metainfo/$id.metainfo.xml" || true)"
[ -n "$shots" ] || fail "the AppStream metadata shows no screenshot"
for shot in $shots; do
    file "$source_dir/$shot" | grep -q "PNG image data" ||
        fail "the AppStream screenshot $shot is not in the source tree"
done

desktop-file-validate "$root/usr/share/applications/$id.desktop"
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/$id.metainfo.xml"
lintian --fail-on error,warning --suppress-tags-from-file /dev/null "$deb" | tee "$scratch/lintian.log"
echo "package OK: contents, desktop entry, AppStream metadata and lintian all clean"
