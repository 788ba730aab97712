#!/usr/bin/env bash
# The knowledge base at scale (issue "Knowledge", goal "Scale"): one business with about
# 100,000 chunks of a synthetic multi-branch corpus, imported through KnowledgeBase (fastText
# embedder, hnswlib index), then bm25, dense and hybrid queries on ONE core, against a naive
# SQLite FTS5 table and an exact cosine scan over the same chunks in the same run. The harness
# pins its query thread itself (sched_setaffinity to CPU); the import may use any core.
#   bash bench/knowledge/run-scale-bench.sh [extra harness options, e.g. --json]
# Env: BUILD_DIR (default build), CHUNKS (100000), QUERIES (2000), SEED (1), CPU (0),
# KEEP_DIR (keep corpus and data folder there instead of a temporary folder).
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${BUILD_DIR:-build}
bench=$build/bin/sportello-knowledge-scale-bench
[ -x "$bench" ] || { echo "build first: cmake --build $build --target sportello-knowledge-scale-bench" >&2; exit 2; }
keep=()
if [ -n "${KEEP_DIR:-}" ]; then
    mkdir -p "$KEEP_DIR"
    keep=(--data-dir "$KEEP_DIR")
fi

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "command: $bench --chunks ${CHUNKS:-100000} --queries ${QUERIES:-2000} --seed ${SEED:-1} --cpu ${CPU:-0} ${keep[*]} $*"
"$bench" --chunks "${CHUNKS:-100000}" --queries "${QUERIES:-2000}" --seed "${SEED:-1}" \
    --cpu "${CPU:-0}" "${keep[@]}" "$@"
