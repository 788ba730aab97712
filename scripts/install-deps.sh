#!/usr/bin/env bash
# Installs the Debian 12 packages Sportello needs to build, run and test, skipping those
# already present. Run as root (or with sudo). Safe to run again.
set -euo pipefail

packages=(
    build-essential cmake pkg-config git curl ca-certificates
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-l10n-tools
    qt6-tools-dev-tools qt6-charts-dev libqt6opengl6-dev qtkeychain-qt6-dev qt6-translations-l10n
    libqt6sql6-sqlite libsqlite3-dev sqlite3 libssl-dev libsimdjson-dev nlohmann-json3-dev
    libgtest-dev libgmock-dev libbenchmark-dev fasttext
    libcld2-dev libstemmer-dev libpoppler-qt6-dev libhnswlib-dev libfasttext-dev
    xvfb xauth fonts-noto-color-emoji
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    SUDO=sudo
else
    SUDO=
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
