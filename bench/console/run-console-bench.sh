#!/usr/bin/env bash
# Console memory with 10,000 conversations and the cost of live updates, against a plain
# QStandardItemModel list, each in its own process (offscreen).
#   bash bench/console/run-console-bench.sh [conversations] [updates]
set -euo pipefail
cd "$(dirname "$0")/../.."
bench=${BUILD_DIR:-build}/bin/sportello-console-membench
[ -x "$bench" ] || { echo "build first: scripts/build.sh" >&2; exit 2; }
echo "machine: $(nproc) cores"
QT_QPA_PLATFORM=offscreen "$bench" --conversations "${1:-10000}" --updates "${2:-2000}"
QT_QPA_PLATFORM=offscreen "$bench" --conversations "${1:-10000}" --updates "${2:-2000}" --peer
