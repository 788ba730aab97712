// SPDX-License-Identifier: LicenseRef-Sportello
// Turns a message into the sparse TF-IDF vector the intent model scores.
#pragma once

#include <cstdint>
#include <vector>

#include <QDataStream>
#include <QString>
#include <QStringList>

#include "nlu/intent/sparsevector.h"

namespace sportello::nlu {

// Two blocks, each TF-IDF weighted (sublinear tf, smoothed idf) and L2-normalised:
//  - words and word bigrams of the folded text (TextNormalizer), digits folded to 0;
//  - character 2..5-grams inside each word padded with spaces, scaled by charWeight.
// Nothing is language specific: the character block is what lets one model cope with
// Italian inflection, German compounds and customers' typos alike. N-grams are identified by a
// 64-bit hash of their text, so scoring a message builds no strings; the vocabulary is the
// set of n-grams seen in training.
class IntentFeatureExtractor
{
public:
    IntentFeatureExtractor() = default;

    // Learns vocabulary and idf from the training texts, keeping at most maxFeatures of
    // them (the most frequent; ties broken by hash so the result is deterministic).
    void fit(const QStringList &texts, double charWeight, int maxFeatures);

    // Features in the order their n-grams first occur; unknown n-grams are ignored.
    // Thread-safe.
    SparseVector transform(const QString &text) const;

    int featureCount() const { return static_cast<int>(m_keys.size()); }
    double charWeight() const { return m_charWeight; }

    void write(QDataStream &out) const;
    // False when the stream is short or inconsistent.
    bool read(QDataStream &in);

private:
    struct Gram
    {
        std::uint64_t key;
        bool isChar;
    };
    struct Slot
    {
        std::uint32_t check = 0;   // the hash's upper half; the lower half picked the slot
        std::int32_t feature = -1; // -1: empty
    };
    static void collect(const QString &text, std::vector<Gram> *grams);
    void rebuildTable();
    std::int32_t find(std::uint64_t key) const;

    double m_charWeight = 1.0;
    std::vector<std::uint64_t> m_keys; // feature index -> n-gram hash
    std::vector<float> m_idf;
    std::vector<std::uint8_t> m_isChar;
    // Open addressing, linear probing: n-gram hash -> feature index in 8 bytes a slot, so
    // the table of a large model still fits the core's cache. Two 64-bit n-gram hashes that
    // share both halves are as unlikely as any 64-bit collision.
    std::vector<Slot> m_table;
    std::uint64_t m_tableMask = 0;
};

} // namespace sportello::nlu
