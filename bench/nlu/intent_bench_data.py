#!/usr/bin/env python3
# SPDX-License-Identifier: LicenseRef-Sportello
# Turns labelled CSV/JSONL files into the fastText CLI's __label__ format, sampling N per class exactly as `nlu eval --shots N` does.
"""Usage: intent_bench_data.py TRAIN TEST OUTDIR SHOTS SEED

Writes OUTDIR/train.ft, OUTDIR/test.ft and OUTDIR/train.SHOTS.ft. The few-shot sample is the
one ShotSampler draws (mt19937 seeded per label with FNV-1a of the label's UTF-16 units,
Fisher-Yates over its raw output), so the peer and Sportello learn from the same messages.
"""
import csv
import json
import re
import sys

LABEL_KEYS = ("label", "intent", "category")


def load(path):
    rows = []
    if path.endswith((".jsonl", ".ndjson")):
        with open(path, encoding="utf-8-sig") as f:
            for line in f:
                if not line.strip():
                    continue
                obj = {k.lower(): v for k, v in json.loads(line).items()}
                key = next(k for k in LABEL_KEYS if k in obj)
                rows.append((str(obj["text"]).strip(), str(obj[key]).strip()))
    else:
        with open(path, newline="", encoding="utf-8-sig") as f:
            reader = csv.reader(f)
            header = [h.strip().lower() for h in next(reader)]
            text = header.index("text")
            label = next(header.index(k) for k in LABEL_KEYS if k in header)
            for record in reader:
                if len(record) == 1 and not record[0].strip():
                    continue
                rows.append((record[text].strip(), record[label].strip()))
    return rows


class MT19937:
    """std::mt19937 constructed from one integer."""

    def __init__(self, seed):
        self.mt = [0] * 624
        self.mt[0] = seed & 0xFFFFFFFF
        for i in range(1, 624):
            prev = self.mt[i - 1]
            self.mt[i] = (1812433253 * (prev ^ (prev >> 30)) + i) & 0xFFFFFFFF
        self.index = 624

    def __call__(self):
        if self.index >= 624:
            for i in range(624):
                y = (self.mt[i] & 0x80000000) | (self.mt[(i + 1) % 624] & 0x7FFFFFFF)
                self.mt[i] = self.mt[(i + 397) % 624] ^ (y >> 1) ^ (0x9908B0DF if y & 1 else 0)
            self.index = 0
        y = self.mt[self.index]
        self.index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        y ^= (y << 15) & 0xEFC60000
        y ^= y >> 18
        return y & 0xFFFFFFFF


def label_seed(label, seed):
    h = 2166136261 ^ seed
    units = label.encode("utf-16-le")
    for i in range(0, len(units), 2):
        h ^= units[i] | (units[i + 1] << 8)
        h = (h * 16777619) & 0xFFFFFFFF
    return h


def sample(rows, shots, seed):
    by_label = {}
    for i, (_, label) in enumerate(rows):
        by_label.setdefault(label, []).append(i)
    kept = []
    for label, members in by_label.items():
        rng = MT19937(label_seed(label, seed))
        for i in range(len(members), 1, -1):
            j = rng() % i
            members[i - 1], members[j] = members[j], members[i - 1]
        kept.extend(members[:shots])
    return [rows[i] for i in sorted(kept)]


def fasttext_line(text, label):
    # fastText's own recipe: lower case, punctuation split off, one line per example.
    text = re.sub(r"([.!?,'/()\"])", r" \1 ", text.lower())
    text = " ".join(text.split())
    return "__label__%s %s\n" % (label.replace(" ", "_"), text)


def write(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for text, label in rows:
            f.write(fasttext_line(text, label))


def main():
    train_path, test_path, out, shots, seed = sys.argv[1:6]
    train = load(train_path)
    write(out + "/train.ft", train)
    write(out + "/test.ft", load(test_path))
    write(out + "/train.%s.ft" % shots, sample(train, int(shots), int(seed)))


if __name__ == "__main__":
    main()
