#!/usr/bin/env bash
# Installs the Learning Record Store the xAPI tests talk to: the npm package
# xapi-statements 5.0.1, into $FAULTLINE_LRS_DIR (default ~/.cache/faultline-lrs), outside
# the checkout. Needs Node.js and npm. Does nothing when it is already there.
set -euo pipefail

dir="${FAULTLINE_LRS_DIR:-$HOME/.cache/faultline-lrs}"
[ -f "$dir/node_modules/xapi-statements/dist/index.js" ] && exit 0
if ! command -v npm >/dev/null; then
    echo "npm not found: install Node.js 18+ and npm, then run $0 again" >&2
    exit 1
fi
mkdir -p "$dir"
cd "$dir"
[ -f package.json ] || npm init -y >/dev/null
npm install --no-audit --no-fund --silent xapi-statements@5.0.1
