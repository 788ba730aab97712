#!/usr/bin/env bash
# Knowledge-base retrieval, Sportello's lexical retriever (`kb eval --mode bm25`: folding,
# stop words, Snowball stems, FAQ question as its own weighted field, exact forms and term
# pairs) against a naive SQLite FTS5 index (unicode61, no stemming, no stop words, default
# bm25; naive_fts5_peer.py with the system python3) in one run, on the same BEIR files:
# StackFAQ (English FAQ, title = question) and SQuAD-it (Italian passages). Each on the test
# split (the queries the weights were never tuned on) and on all queries. Then the same for
# `--mode dense` and `--mode hybrid` with the embedded default (fastText trained on the corpus
# itself, one thread; its query embedding is inside the latency), or with an
# OpenAI-compatible endpoint when EMBEDDINGS_URL and EMBEDDINGS_MODEL are set (key from
# SPORTELLO_EMBEDDINGS_API_KEY; remote embedding time is then outside the latency).
#   bash bench/knowledge/run-retrieval-bench.sh
# Env: SPORTELLO_SHARED_DATA_DIR (default ../shared/data beside the repository), BUILD_DIR
# (default build), PYTHON (default /usr/bin/python3), MODES (default "bm25 dense hybrid"),
# EMBEDDINGS_URL, EMBEDDINGS_MODEL.
set -euo pipefail
cd "$(dirname "$0")/../.."
data=${SPORTELLO_SHARED_DATA_DIR:-../shared/data}
build=${BUILD_DIR:-build}
python=${PYTHON:-/usr/bin/python3}
modes=${MODES:-bm25 dense hybrid}
embeddings=()
if [ -n "${EMBEDDINGS_URL:-}" ]; then
    embeddings=(--embeddings-url "$EMBEDDINGS_URL" --embeddings-model "${EMBEDDINGS_MODEL:?set EMBEDDINGS_MODEL}")
fi
server=$build/bin/sportello-server
[ -x "$server" ] || { echo "build first: scripts/build.sh" >&2; exit 2; }
[ -f "$data/stackfaq/beir/corpus.jsonl" ] || { echo "no data in $data (set SPORTELLO_SHARED_DATA_DIR)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "peer: SQLite $("$python" -c 'import sqlite3; print(sqlite3.sqlite_version)') FTS5 through $("$python" --version 2>&1)"
echo

printf '%-9s %-5s %-17s %6s %8s %8s %8s %8s %8s %8s %9s %9s %8s\n' dataset split system queries \
    'R@1' 'R@5' 'R@10' 'hit@1' 'MRR@10' 'nDCG@10' 'p50 ms' 'p99 ms' 'index s'

# bench_set NAME FOLDER
bench_set() {
    local name=$1 dir=$data/$2/beir
    for split in test all; do
        "$python" bench/knowledge/naive_fts5_peer.py "$dir/corpus.jsonl" "$dir/queries.jsonl" \
            "$dir/qrels.tsv" "$split" >"$work/peer.json"
        results=("$work/peer.json")
        for mode in $modes; do
            extra=()
            [ "$mode" = bm25 ] || extra=("${embeddings[@]}")
            "$server" kb eval --mode "$mode" --corpus "$dir/corpus.jsonl" \
                --queries "$dir/queries.jsonl" --qrels "$dir/qrels.tsv" --split "$split" \
                "${extra[@]}" --json 2>/dev/null >"$work/ours-$mode.json"
            results+=("$work/ours-$mode.json")
        done
        "$python" - "$name" "$split" "${results[@]}" <<'PY'
import json, sys
name, split = sys.argv[1:3]
for path in sys.argv[3:]:
    r = json.load(open(path))
    system = r["mode"] if r["mode"] == "naive-fts5" else "sportello-" + r["mode"]
    # Dense modes: "index s" adds training and embedding the corpus to the lexical indexing.
    index = r["index_seconds"] + r.get("train_seconds", 0) + r.get("embed_seconds", 0)
    print("%-9s %-5s %-17s %6d %8.4f %8.4f %8.4f %8.4f %8.4f %8.4f %9.3f %9.3f %8.2f"
          % (name, split, system, r["queries"], r["recall@1"], r["recall@5"], r["recall@10"],
             r["hit@1"], r["mrr@10"], r["ndcg@10"], r["latency_ms_p50"], r["latency_ms_p99"],
             index))
PY
    done
}

bench_set stackfaq stackfaq
bench_set squad-it squad_it_retrieval

echo
echo "R@k is BEIR's recall (StackFAQ queries have ~6 relevant answers each, so R@1 <= 0.17);"
echo "hit@1 is P@1. Latency: one query on one core, analysis and SQLite included (ours) or the"
echo "query through Python's sqlite3 (peer); dense/hybrid with the embedded fastText include the"
echo "query's embedding, with a remote endpoint they do not. \"index s\" of dense/hybrid includes"
echo "training fastText and embedding the corpus. Target: MRR@10 >= 0.82 on both."
