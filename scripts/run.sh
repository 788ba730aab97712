#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to a running Sportello: installs what is missing,
# builds, and starts the server on its embedded default (SQLite in ./sportello-data, sandbox
# WhatsApp channel, sample business 100000000000001). Ctrl-C stops it.
#   PORT=8080 DATA_DIR=./sportello-data bash scripts/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh -DSPORTELLO_BUILD_BENCH=OFF
port=${PORT:-8080}
data=${DATA_DIR:-$PWD/sportello-data}
cat <<INFO

Sportello is starting on http://127.0.0.1:$port (sandbox mode, data in $data).
Try it from another terminal:
  curl -s -X POST http://127.0.0.1:$port/sandbox/customers/393401234567/messages \\
       -d '{"text":"Buongiorno, vorrei prenotare una visita"}'
  curl -s http://127.0.0.1:$port/sandbox/customers/393401234567/messages
  curl -s http://127.0.0.1:$port/metrics
Send "STOP" the same way to see the opt-out confirmation.

INFO
exec build/bin/sportello-server serve --data-dir "$data" --port "$port"
