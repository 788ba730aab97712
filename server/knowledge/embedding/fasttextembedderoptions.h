// SPDX-License-Identifier: LicenseRef-Sportello
// Settings of the embedded fastText embedder: how texts are analysed, weighted and trained on.
#pragma once

#include <QString>

namespace sportello::knowledge {

// The defaults were chosen on the dev split of kb eval's two benchmark sets (an English FAQ
// set, an Italian passage set), never on the reported split.
struct FastTextEmbedderOptions
{
    // ISO 639-1: the KnowledgeAnalyzer (folding, stop words, stemmer) texts go through before
    // they are trained on or embedded; empty: fold and tokenise only.
    QString language;
    // Words or their Snowball stems: stems measured a little better (and train faster).
    bool stem = true;
    // Smooth inverse frequency: a word weighs a / (a + p(word)), p its frequency in the
    // training text, so words every text has say little about any; 0: a plain mean (about
    // the same on the benchmarks).
    double sifWeight = 1e-3;

    // Training (fastText's own names in brackets).
    int dimensions = 50;        // (dim)
    int epochs = 5;             // (epoch): 20 costs minutes on 2,000 passages, for little
    bool skipgram = true;       // else cbow (model)
    int window = 5;             // (ws)
    int minCount = 1;           // (minCount): a business's text is small, every word counts
    int minSubword = 3;         // (minn)
    int maxSubword = 6;         // (maxn)
    int negatives = 5;          // (neg)
    double learningRate = 0.05; // (lr)
    // Hash buckets for subwords (bucket): the model takes (words + buckets) x dimensions
    // floats, 40 MB at the defaults; fastText's 2,000,000 is for web-scale text.
    int buckets = 100000;
    // One training thread with a fixed seed: the same corpus gives the same vectors, so a
    // rebuilt index matches its cached vectors.
    int seed = 1;
};

} // namespace sportello::knowledge
