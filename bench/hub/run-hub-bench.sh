#!/usr/bin/env bash
# Escalation-to-console latency: starts sportello-server (sandbox, quiet window 0) on a fresh
# data folder, adds a bench user, and runs sportello-hub-bench against it (50 consoles,
# 100 escalated turns/s, 20 s by default), which also measures a bare WebSocket peer.
#   bash bench/hub/run-hub-bench.sh [consoles] [rate] [seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
consoles=${1:-50}
rate=${2:-100}
secs=${3:-20}
build=${BUILD_DIR:-build}
server=$build/bin/sportello-server
bench=$build/bin/sportello-hub-bench
[ -x "$server" ] && [ -x "$bench" ] || { echo "build first: scripts/build.sh" >&2; exit 2; }
work=$(mktemp -d)
port=18095
server_pid=
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
echo "bench-password" | "$server" user add bench --role agent --data-dir "$work/data" >/dev/null
SPORTELLO_PIPELINE_QUIET_WINDOW_MS=0 "$server" serve --data-dir "$work/data" --port "$port" \
    --log-level warning 2>"$work/server.log" &
server_pid=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break; sleep 0.1; done
echo "machine: $(nproc) cores"
echo "bench-password" | "$bench" --port "$port" --user bench --password-stdin \
    --consoles "$consoles" --rate "$rate" --seconds "$secs"
echo "server RSS at the end: $(awk '$1=="VmRSS:" {print $2}' /proc/$server_pid/status) KiB"
