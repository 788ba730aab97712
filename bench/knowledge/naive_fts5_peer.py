#!/usr/bin/env python3
# SPDX-License-Identifier: LicenseRef-Sportello
# The peer of `kb eval --mode bm25`: a naive SQLite FTS5 index (unicode61 tokenizer, no
# stemming, no stop words, default bm25() over title and text) on the same BEIR files, with
# the same metrics, split and JSON keys. Python 3 standard library only.
#   naive_fts5_peer.py CORPUS QUERIES QRELS [all|dev|test]
import json
import math
import re
import sqlite3
import sys
import time

WORD = re.compile(r"\w+", re.UNICODE)


def is_dev(query_id):
    # FNV-1a 64 of the UTF-8 id, mod 10, below 3: RetrievalEvaluation::isDevQuery.
    h = 0xCBF29CE484222325
    for byte in query_id.encode("utf-8"):
        h ^= byte
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h % 10 < 3


def read_jsonl(path):
    with open(path, encoding="utf-8-sig") as f:
        return [json.loads(line) for line in f if line.strip()]


def read_qrels(path):
    qrels = {}
    with open(path, encoding="utf-8-sig") as f:
        for number, line in enumerate(f):
            fields = line.rstrip("\n").split("\t")
            if number == 0 and not fields[-1].strip().lstrip("-").isdigit():
                continue
            query_id, corpus_id, score = fields[0], fields[1], int(fields[2])
            if score > 0:
                qrels.setdefault(query_id, {})[corpus_id] = score
    return qrels


def percentile(values, p):
    values = sorted(values)
    rank = math.ceil(p / 100.0 * len(values))
    return values[max(rank, 1) - 1]


def main():
    corpus_path, queries_path, qrels_path = sys.argv[1:4]
    split = sys.argv[4] if len(sys.argv) > 4 else "all"
    corpus = read_jsonl(corpus_path)
    queries = read_jsonl(queries_path)
    qrels = read_qrels(qrels_path)

    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE docs USING fts5(title, text)")
    started = time.perf_counter()
    ids = []
    for document in corpus:
        ids.append(str(document["_id"]))
        db.execute("INSERT INTO docs (rowid, title, text) VALUES (?, ?, ?)",
                   (len(ids), document.get("title") or "", document.get("text") or ""))
    db.commit()
    index_seconds = time.perf_counter() - started

    cutoffs = (1, 5, 10)
    recall = dict.fromkeys(cutoffs, 0.0)
    hit = dict.fromkeys(cutoffs, 0.0)
    mrr = ndcg = 0.0
    latencies = []
    measured = 0
    for query in queries:
        query_id = str(query["_id"])
        relevant = qrels.get(query_id)
        if not relevant or (split != "all" and is_dev(query_id) != (split == "dev")):
            continue
        measured += 1
        started = time.perf_counter()
        terms = list(dict.fromkeys(WORD.findall(query["text"].lower())))
        ranked = []
        if terms:
            match = " OR ".join('"%s"' % t.replace('"', '""') for t in terms)
            ranked = [ids[row[0] - 1] for row in db.execute(
                "SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT 10",
                (match,))]
        latencies.append((time.perf_counter() - started) * 1000.0)
        for k in cutoffs:
            found = sum(1 for d in ranked[:k] if d in relevant)
            recall[k] += found / len(relevant)
            hit[k] += 1.0 if found else 0.0
        for rank, d in enumerate(ranked[:10]):
            if d in relevant:
                mrr += 1.0 / (rank + 1)
                break
        dcg = sum(relevant.get(d, 0) / math.log2(i + 2) for i, d in enumerate(ranked[:10]))
        ideal = sum(g / math.log2(i + 2)
                    for i, g in enumerate(sorted(relevant.values(), reverse=True)[:10]))
        ndcg += dcg / ideal if ideal else 0.0

    n = max(measured, 1)
    result = {"mode": "naive-fts5", "split": split, "corpus": len(corpus), "queries": measured,
              "index_seconds": round(index_seconds, 3),
              "mrr@10": round(mrr / n, 4), "ndcg@10": round(ndcg / n, 4),
              "latency_ms_p50": round(percentile(latencies, 50), 3),
              "latency_ms_p99": round(percentile(latencies, 99), 3)}
    for k in cutoffs:
        result["recall@%d" % k] = round(recall[k] / n, 4)
        result["hit@%d" % k] = round(hit[k] / n, 4)
    json.dump(result, sys.stdout, indent=2, sort_keys=True)
    print()


if __name__ == "__main__":
    main()
