#!/usr/bin/env bash
# The two commands of the README:
#   packaging/dev.sh run   installs what is missing, builds, starts the sandbox, opens Strongroom on it
#   packaging/dev.sh test  installs what is missing, builds, runs every test
# Options after the command: --sanitize builds with ASan+UBSan in build-sanitize/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
command="${1:-}"
shift || true
build="$root/build"
extra=()
if [ "${1:-}" = "--sanitize" ]; then
    build="$root/build-sanitize"
    extra=(-DSTRONGROOM_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug)
    shift
fi

case "$command" in
run | test) ;;
*)
    echo "usage: packaging/dev.sh run|test [--sanitize]" >&2
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
ctest --output-on-failure -j "$jobs" "$@" || status=$?
# Suites that skip a case say "SKIPPED LOUDLY"; ctest counts them as passed, so list them here.
if grep -h "SKIPPED LOUDLY" Testing/Temporary/LastTest.log >/dev/null 2>&1; then
    echo
    echo "Skipped checks (see each reason):"
    grep -h "SKIPPED LOUDLY" Testing/Temporary/LastTest.log | sed 's/^/  /' | sort -u
fi
exit "$status"
