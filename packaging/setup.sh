#!/usr/bin/env bash
# One script behind the README's two commands.
#   bash packaging/setup.sh run    install what is missing, build, create the demo workspace if absent, open the app
#   bash packaging/setup.sh test   install what is missing, build, run every test
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-run}
# Beyond Qt and the build tools, the project uses well-kept Debian libraries instead of hand-written formats:
#   libxlsxwriter-dev  XLSX export of the action matrix (an OOXML zip with styles, formulas and dates is easy to get
#                      subtly wrong by hand; libxlsxwriter is small, maintained and in Debian 12)
#   libgmp-dev         exact rationals for the voting and budgeting rules, where ties must compare exactly
#   libsqlite3-dev     SQLite's own statement splitter (migrations) and prepared statements for bulk imports
#   poppler-utils      pdftotext/pdfinfo, used by the tests to check the structure of every printed document
packages=(build-essential cmake ninja-build pkg-config
          qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
          libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-translations-l10n qt6-qpa-plugins
          catch2 libgmp-dev libsqlite3-dev libxlsxwriter-dev sqlite3 poppler-utils
          xvfb xauth fonts-dejavu-core)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing missing packages: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update
    $sudo apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends "${missing[@]}"
fi

jobs=$(nproc 2>/dev/null || echo 2)
cmake --preset default
cmake --build --preset default -j "$jobs"

case "$mode" in
run)
    demo=${PROXIMA_DEMO:-$HOME/Proxima/demo.proxima}
    if [ ! -f "$demo" ]; then
        mkdir -p "$(dirname "$demo")"
        ./build/app/proxima-cli demo "$demo"
    fi
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "No display found: starting Proxima under xvfb-run (nothing will be visible)." >&2
        exec xvfb-run -a ./build/app/proxima "$demo"
    fi
    exec ./build/app/proxima "$demo"
    ;;
test)
    export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
    ctest --preset default -j "$jobs"
    ;;
*)
    echo "usage: packaging/setup.sh run|test" >&2
    exit 2
    ;;
esac
