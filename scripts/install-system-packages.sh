#!/usr/bin/env bash
# Installs what Faultline needs on a Debian machine: Bevy's build dependencies, Xvfb with
# Mesa's Vulkan drivers for the window tests, Node.js and npm when missing, and the local
# xAPI LRS the tests run (npm package xapi-statements, outside the checkout), and openssl
# and python3 for the TLS front and CSV-import tests. Does nothing
# when all are present.
set -euo pipefail

packages="pkg-config libasound2-dev libudev-dev libwayland-dev libxkbcommon-dev xvfb xauth mesa-vulkan-drivers openssl python3"
missing=""
for p in $packages; do
    dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
command -v npm >/dev/null || missing="$missing nodejs npm"

if [ -n "$missing" ]; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo=sudo
    fi
    echo "installing:$missing"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing
fi

"$(dirname "$0")/install-lrs.sh"
