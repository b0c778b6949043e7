#!/usr/bin/env bash
# Installs what building, testing and running the console needs on Debian 12,
# asking apt only for the packages that are missing.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config clang-format
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins
    qtkeychain-qt6-dev libsecret-1-0 libgl-dev libqrencode-dev libzbar-dev
    xvfb xauth
    # The fuzz preset (clang's libFuzzer and sanitizers), and simdjson for the client
    # walk benchmark's comparison of list-page readers.
    clang-14 libclang-rt-14-dev libsimdjson-dev
    # A private Secret Service for the keychain test (tests/support/with-keyring.sh).
    dbus-daemon dbus-x11 gnome-keyring
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "setup: all ${#packages[@]} packages are installed"
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
echo "setup: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
