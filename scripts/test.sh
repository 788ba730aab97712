#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to the whole test suite: installs what is
# missing, builds with warnings as errors, runs every test with CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh -DSPORTELLO_CI_BUILD=ON
cd build
jobs=$(nproc 2>/dev/null || echo 2)
ctest --output-on-failure -j"$jobs" --timeout 900
