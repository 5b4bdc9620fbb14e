#!/usr/bin/env bash
# Replays the golden attempts (tests/golden/) from a headless release build compiled for
# x86-64-v3 (AVX2, FMA, BMI2): other instructions than CI's baseline x86-64 build, the
# same logs, state hashes and reports expected. Its own target folder, so CI's cache is
# left alone; the window's crates are left out (5m41s on 2 cores with the crates it shares
# with a full build already built there).
#
#   scripts/replay-goldens-x86-64-v3.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RUSTFLAGS="-C target-cpu=x86-64-v3" \
    CARGO_TARGET_DIR="${HOME}/.cache/faultline-target-v3" \
    cargo test --release --no-default-features --test golden
