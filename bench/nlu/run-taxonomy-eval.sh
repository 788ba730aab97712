#!/usr/bin/env bash
# The shipped five-language intent taxonomy measured on its held-out split
# (resources/nlu/intents/heldout/, never trained on): one model trained on all five training
# files, as a business gets it, then evaluated per language and on everything together, at
# the model's own threshold, at THRESHOLD and at 0 (top-1, nothing refused). Then language
# identification on the same held-out messages (each file's language is the truth), with
# langdetect (python3-langdetect) as the peer.
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

# Peer: langdetect (Debian's python3-langdetect, a port of Google's language-detection), on the
# same messages, its best guess among the same five languages.
echo
if /usr/bin/python3 -c "import langdetect" 2>/dev/null; then
    echo "peer, langdetect on the same messages:"
    /usr/bin/python3 - "$work/language.csv" "${languages[@]}" <<'PY'
import csv, sys, time
from collections import Counter
from langdetect import DetectorFactory, detect_langs
from langdetect.lang_detect_exception import LangDetectException
DetectorFactory.seed = 0  # its sampling is random otherwise
path, langs = sys.argv[1], sys.argv[2:]
right, total, times = Counter(), Counter(), []
for row in csv.DictReader(open(path, newline="")):
    start = time.perf_counter()
    try:
        guesses = [g for g in detect_langs(row["text"]) if g.lang in langs]
    except LangDetectException:
        guesses = []
    times.append(time.perf_counter() - start)
    guess = max(guesses, key=lambda g: g.prob).lang if guesses else ""
    total[row["lang"]] += 1
    right[row["lang"]] += guess == row["lang"]
times.sort()
print("accuracy   %.1f%%" % (100.0 * sum(right.values()) / sum(total.values())))
print("latency    p50 %.1f us, p99 %.1f us"
      % (times[len(times) // 2] * 1e6, times[int(len(times) * 0.99)] * 1e6))
for l in sorted(total):
    print("  %-5s %6.1f%%  (%d messages)" % (l, 100.0 * right[l] / total[l], total[l]))
PY
else
    echo "peer skipped: apt-get install python3-langdetect"
fi
