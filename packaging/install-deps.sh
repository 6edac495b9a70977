#!/usr/bin/env bash
# Installs what Strongroom needs to build, run and test on Debian 12, and nothing more:
# the Debian packages that are missing, then the pinned npm packages (packaging/npm).
# Idempotent and quick when everything is already there.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

debian_packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config git clang libclang-rt-14-dev clang-format
    # Qt 6 (widgets, SVG, tests, translations tools and Qt's own translations)
    qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-qpa-plugins libgl-dev
    # engine libraries
    libssl-dev libsecp256k1-dev libcurl4-openssl-dev nlohmann-json3-dev libsqlite3-dev
    libsodium-dev libqrencode-dev zlib1g-dev
    # a private D-Bus session bus for the test of the lock on screensaver signals
    dbus-daemon
    # packaging checks (setpriv, from util-linux, runs the unpacked package as `nobody`)
    dpkg-dev file lintian desktop-file-utils appstream util-linux
    # fonts for offscreen rendering, Node.js for the sandbox and the reference packages
    fonts-dejavu-core nodejs
)

missing=()
for package in "${debian_packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed"; then
        # A binary already on PATH (e.g. a newer Node.js installed another way) is enough.
        case "$package" in
            nodejs) command -v node >/dev/null && continue ;;
        esac
        missing+=("$package")
    fi
done
if ((${#missing[@]})); then
    echo "install-deps: installing ${missing[*]}"
    sudo_cmd=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "install-deps: run as root (or install sudo)" >&2; exit 1; }
        sudo_cmd=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo_cmd[@]}" apt-get update -qq
    "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if ! command -v npm >/dev/null; then
    echo "install-deps: npm is missing; installing Debian's npm"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends npm
fi

# npm ci only when the lockfile changed since the last install.
stamp="$here/npm/node_modules/.strongroom-lock-sha256"
want="$(sha256sum "$here/npm/package-lock.json" | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    echo "install-deps: npm ci (pinned packages in packaging/npm)"
    (cd "$here/npm" && npm ci --no-audit --no-fund --loglevel=error)
    echo "$want" > "$stamp"
fi
