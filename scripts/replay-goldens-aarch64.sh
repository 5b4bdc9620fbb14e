#!/usr/bin/env bash
# Replays the golden attempts (tests/golden/) from a headless release build compiled for
# 64-bit ARM (aarch64-unknown-linux-gnu), run under qemu's user-mode emulation with ARM's
# own C library and maths library: other instructions, another libm, the same logs, state
# hashes and reports expected. Its own target folder, so CI's cache is left alone.
#
# Needs, once (Debian/Ubuntu):
#   rustup target add aarch64-unknown-linux-gnu
#   apt-get install --no-install-recommends qemu-user gcc-aarch64-linux-gnu libc6-dev-arm64-cross
#
#   scripts/replay-goldens-aarch64.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${HOME}/.cache/faultline-target-aarch64"
# ring and the bundled C parts build with the cross compiler, which also links.
export CC_aarch64_unknown_linux_gnu=aarch64-linux-gnu-gcc
export CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER=aarch64-linux-gnu-gcc
export CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_RUNNER="qemu-aarch64 -L /usr/aarch64-linux-gnu"
cargo test --release --no-default-features --target aarch64-unknown-linux-gnu --test golden
