#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to a running Sportello: installs what is missing,
# builds, starts the server on its embedded default (SQLite in ./sportello-data, sandbox
# WhatsApp channel, sample business 100000000000001) and the agents' console, already logged in
# to a demo account. Ctrl-C stops both.
#   PORT=8080 DATA_DIR=./sportello-data NO_CONSOLE=1 bash scripts/run.sh
# Without a display (no DISPLAY / WAYLAND_DISPLAY) the console is started on a virtual X
# server (Xvfb :99), so it can still be screenshotted with `xwd -root -display :99`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh -DSPORTELLO_BUILD_BENCH=OFF
port=${PORT:-8080}
data=${DATA_DIR:-$PWD/sportello-data}
demo_user=demo
demo_password=sportello-demo
server=build/bin/sportello-server
console=build/bin/sportello-console

mkdir -p "$data"
# The demo account: an admin, so every part of the console can be tried.
if ! "$server" user list --data-dir "$data" 2>/dev/null | grep -qw "^$demo_user"; then
    echo "$demo_password" | "$server" user add "$demo_user" --role admin --data-dir "$data"
fi

pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
}
trap cleanup EXIT INT TERM

"$server" serve --data-dir "$data" --port "$port" &
server_pid=$!
pids+=("$server_pid")
for _ in $(seq 100); do
    curl -sf "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
    kill -0 "$server_pid" 2>/dev/null || { echo "the server stopped, see above" >&2; exit 1; }
    sleep 0.1
done

cat <<INFO

Sportello is running on http://127.0.0.1:$port (sandbox mode, data in $data).
Console account: user "$demo_user", password "$demo_password" (role admin).
Play a customer from another terminal:
  curl -s -X POST http://127.0.0.1:$port/sandbox/customers/393401234567/messages \\
       -d '{"text":"Buongiorno, vorrei prenotare una visita"}'
  curl -s http://127.0.0.1:$port/sandbox/customers/393401234567/messages
  curl -s http://127.0.0.1:$port/metrics
The message appears in the console's Escalated queue; take it over and answer from there.
Send "STOP" the same way to see the opt-out confirmation.

INFO

if [ -z "${NO_CONSOLE:-}" ]; then
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        Xvfb :99 -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
        pids+=("$!")
        export DISPLAY=:99
        sleep 1
        echo "No display found: the console runs on the virtual display :99."
    fi
    echo "$demo_password" | "$console" --server "http://127.0.0.1:$port" --user "$demo_user" \
        --password-stdin &
    pids+=("$!")
fi
wait "$server_pid"
