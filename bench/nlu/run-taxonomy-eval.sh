#!/usr/bin/env bash
# The shipped five-language intent taxonomy measured on its held-out split
# (resources/nlu/intents/heldout/, never trained on): one model trained on all five training
# files, as a business gets it, then evaluated per language and on everything together, at
# the model's own threshold, at THRESHOLD and at 0 (top-1, nothing refused). Then language
# identification on the same held-out messages (each file's language is the truth).
#   bash bench/nlu/run-taxonomy-eval.sh
# Env: BUILD_DIR (default build), THRESHOLD (0.6).
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${BUILD_DIR:-build}
threshold=${THRESHOLD:-0.6}
server=$build/bin/sportello-server
[ -x "$server" ] || { echo "build first: scripts/build.sh" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
languages=(it en es fr de)

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
# One header, then every language's rows (CSV quoting is kept as written).
{
    echo "text,intent"
    for l in "${languages[@]}"; do tail -n +2 "resources/nlu/intents/train/$l.csv"; done
} >"$work/train.csv"
{
    echo "text,intent"
    for l in "${languages[@]}"; do tail -n +2 "resources/nlu/intents/heldout/$l.csv"; done
} >"$work/heldout.csv"
python3 - "$work" "${languages[@]}" <<'PY'
import csv, sys
work, langs = sys.argv[1], sys.argv[2:]
with open(work + "/language.csv", "w", newline="") as out:
    w = csv.writer(out)
    w.writerow(["text", "lang"])
    for l in langs:
        with open("resources/nlu/intents/heldout/%s.csv" % l, newline="") as f:
            for row in csv.DictReader(f):
                w.writerow([row["text"], l])
PY
echo "training: $(($(wc -l <"$work/train.csv") - 1)) examples; held out: $(($(wc -l <"$work/heldout.csv") - 1))"
echo

report() {
    python3 - "$@" <<'PY'
import json, sys
name, path = sys.argv[1], sys.argv[2]
r = json.load(open(path))
print("%-4s n=%4d  accuracy %5.1f%%  macro-F1 %5.1f%%  threshold %.3f  oos recall %5.1f%%  "
      "in-scope accuracy %5.1f%%  p99 %5.1f us"
      % (name, r["test_examples"], r["accuracy"] * 100, r["macro_f1"] * 100, r["threshold"],
         r.get("oos_recall", float("nan")) * 100, r.get("in_scope_accuracy", float("nan")) * 100,
         r["latency_us_p99"]))
PY
}

for t in model "$threshold" 0; do
    args=()
    [ "$t" != model ] && args=(--threshold "$t")
    echo "intent, threshold: $t"
    for l in "${languages[@]}" all; do
        test=$work/heldout.csv
        [ "$l" != all ] && test=resources/nlu/intents/heldout/$l.csv
        "$server" nlu eval --train "$work/train.csv" --test "$test" "${args[@]}" --json \
            2>/dev/null >"$work/$l-$t.json"
        report "$l" "$work/$l-$t.json"
    done
    echo
done

echo "language identification on the held-out messages:"
"$server" nlu eval-language "$work/language.csv"
