#!/usr/bin/env bash
# Durable webhook ingestion: Sportello against the reference design's Node stack (Fastify +
# BullMQ on Redis with AOF everysec), same pre-signed unique bodies, same wrk, one run.
#
# Usage: bench/ingest/run-ingest-bench.sh [SECONDS] [CONNECTIONS] [RATE]
#   SECONDS      wrk duration for the throughput runs (default 10)
#   CONNECTIONS  wrk connections (default 32, as the peer's own script)
#   RATE         offered messages/s for the open-loop latency runs (default 2000)
# Environment: PEER_DIR (default ../shared/peers/node-reference-stack beside the repo),
#              BUILD_DIR (default build).
# Needs a Release build (scripts/build.sh) and Debian's nodejs/npm, redis-server, wrk.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
secs=${1:-10}
conns=${2:-32}
rate=${3:-2000}
peer_src=${PEER_DIR:-$root/../shared/peers/node-reference-stack}
build=${BUILD_DIR:-$root/build}
server=$build/bin/sportello-server
loadgen=$build/bin/sportello-webhook-loadgen
[ -x "$server" ] && [ -x "$loadgen" ] || { echo "build first: scripts/build.sh" >&2; exit 2; }
[ -f "$peer_src/server.js" ] || { echo "peer stack not found at $peer_src (set PEER_DIR)" >&2; exit 2; }
for tool in node npm redis-server redis-cli wrk curl; do
    command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install nodejs npm redis-server wrk curl)" >&2; exit 2; }
done

work=$(mktemp -d)
server_pid=
peer_pid=
redis_pid=
cleanup() {
    for pid in $server_pid $peer_pid $redis_pid; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

cp -r "$peer_src" "$work/peer"
chmod -R u+w "$work/peer"
(cd "$work/peer" && npm install --no-audit --no-fund --silent >/dev/null 2>&1)
node "$work/peer/gen.js" 200000 bench-secret > "$work/bodies.txt"

port=18090
cat > "$work/config.json" <<JSON
{
  "server": {"log_level": "warning"},
  "whatsapp": {"mode": "sandbox"},
  "businesses": [{"phone_number_id": "106540352242922", "name": "Benchmark business",
                  "display_phone_number": "15550783881"}]
}
JSON

start_sportello() {
    rm -rf "$work/data"
    SPORTELLO_WHATSAPP_APP_SECRET=bench-secret "$server" serve --config "$work/config.json" \
        --data-dir "$work/data" --port "$port" 2>"$work/sportello.log" &
    server_pid=$!
    for _ in $(seq 100); do
        curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && return 0
        sleep 0.1
    done
    echo "sportello did not start:" >&2; cat "$work/sportello.log" >&2; exit 1
}
stop_sportello() { kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=; settle; }
# Each measurement starts from a quiet machine: the previous run's dirty pages written back.
settle() { sync; sleep 3; }
metric() { curl -s "http://127.0.0.1:$port/metrics" | awk -v m="$1" '$1==m {print $2}'; }
rss_kib() { awk -v k="$2" '$1==k":" {print $2}' "/proc/$1/status"; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)"

# 1. Throughput, closed loop (wrk), Sportello.
start_sportello
BODIES="$work/bodies.txt" wrk -t1 -c"$conns" -d"${secs}s" --latency -s "$work/peer/post.lua" \
    "http://127.0.0.1:$port/webhook" > "$work/wrk-sportello.txt"
sleep 0.5
stored=$(metric sportello_inbound_messages_stored)
hwm=$(rss_kib "$server_pid" VmHWM)
ours=$((stored / secs))
ours_p99=$(awk '$1=="99%" {print $2}' "$work/wrk-sportello.txt")
non2xx=$(awk '/Non-2xx/ {print $4}' "$work/wrk-sportello.txt")
stop_sportello

# 2. Throughput, closed loop (wrk), the peer with its own script and the same bodies.
peer_line=$(bash "$work/peer/run-bench.sh" "$secs" "$conns" "$work/bodies.txt")
settle
theirs=$(echo "$peer_line" | sed -n 's/.*peer_msgs_per_s=\([0-9]*\).*/\1/p')
theirs_p99=$(echo "$peer_line" | sed -n 's/.*p99=\([^ ]*\).*/\1/p')

# 3. Latency at a fixed offered rate (open loop), Sportello then the peer.
start_sportello
ours_fixed=$("$loadgen" --port "$port" --bodies "$work/bodies.txt" --rate "$rate" --seconds "$secs" \
    --warmup 2 --connections 16 | tail -1)
rss_fixed=$(rss_kib "$server_pid" VmRSS)
stop_sportello

redis-server --port 16379 --dir "$work" --appendonly yes --appendfsync everysec --save "" \
    > "$work/redis.log" 2>&1 &
redis_pid=$!
sleep 0.5
REDIS_PORT=16379 PORT=18081 APP_SECRET=bench-secret node "$work/peer/server.js" > "$work/node.log" 2>&1 &
peer_pid=$!
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:18081/" && break; sleep 0.1; done
theirs_fixed=$("$loadgen" --port 18081 --bodies "$work/bodies.txt" --rate "$rate" --seconds "$secs" \
    --warmup 2 --connections 16 | tail -1)

echo "throughput (wrk -t1 -c$conns -d${secs}s, persisted messages/s):"
echo "  sportello_msgs_per_s=$ours p99=$ours_p99 non2xx=${non2xx:-0} peak_rss_kib=$hwm"
echo "  peer_msgs_per_s=$theirs p99=$theirs_p99"
awk -v a="$ours" -v b="$theirs" 'BEGIN { if (b > 0) printf "  ratio=%.2f\n", a / b }'
echo "latency at $rate msg/s offered (open loop, 16 connections, ${secs}s after 2s warm-up):"
echo "  sportello $ours_fixed rss_kib=$rss_fixed"
echo "  peer      $theirs_fixed"
