// SPDX-License-Identifier: LicenseRef-Sportello
// One business's lexical index in memory: BM25 over postings, scored as SQLite FTS5's bm25().
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "storage/lexicalrow.h"
#include "storage/lexicalsearch.h"

namespace sportello::knowledge {

// FTS5's bm25() over a query of common words costs 30-100 ms at 100,000 chunks (it reads every
// match's positions and column sizes); the same ranking from compact postings takes a
// fraction of a millisecond. The score is FTS5's, phrase for phrase: a query token's
// frequency in a chunk is the weighted sum of its hits over the token's columns, IDF is
// log((N - n + 0.5) / (n + 0.5)) floored at 1e-6, k1 1.2, b 0.75, and a chunk's length is
// its tokens in all five columns. Only N, n and the average length differ: they are the
// business's own here, where FTS5 counted every business's chunks.
//
// Immutable once built: searches from any thread share it, and a change builds a new one
// (withChanges) from this one and the changed rows only.
class LexicalMemoryIndex
{
public:
    struct Hit
    {
        qint64 chunkId = 0;
        double score = 0; // higher is better (minus FTS5's bm25())
    };

    // The three token groups a search matches, each on its own columns.
    enum class Group
    {
        Terms,
        Words,
        Pairs
    };

    static std::shared_ptr<const LexicalMemoryIndex> build(const QList<storage::LexicalRow> &rows,
                                                           qint64 knowledgeVersion);

    // This index without the chunks of `removed` and with `added` (new chunk ids).
    std::shared_ptr<const LexicalMemoryIndex> withChanges(const QList<qint64> &removed,
                                                          const QList<storage::LexicalRow> &added,
                                                          qint64 knowledgeVersion) const;

    // Best first (ties by chunk id), at most search.limit, only chunks passing the search's
    // language, date (invalid: today) and document type. search.phoneNumberId is not looked
    // at: the index holds one business.
    QList<Hit> search(const storage::LexicalSearch &search) const;

    qint64 knowledgeVersion() const { return m_version; }
    qsizetype size() const { return qsizetype(m_chunkIds.size()); }
    // Ascending.
    QList<qint64> chunkIds() const;
    // BM25's statistics, for tests and diagnostics.
    double averageLength() const;
    qsizetype documentFrequency(Group group, const QString &token) const;
    // Postings, dictionaries and per-chunk data, roughly.
    std::size_t memoryBytes() const;

private:
    struct Postings
    {
        int columns = 1;               // hit counts kept per posting
        QHash<QString, quint32> terms; // token -> term number
        std::vector<quint32> offsets;  // term t's postings: [offsets[t], offsets[t + 1])
        std::vector<quint32> chunks;   // ascending within a term
        std::vector<quint16> counts;   // `columns` per posting, saturated
    };
    // Postings of rows being added, slot after slot, in as little memory as a build of
    // 100,000 chunks allows (about 10 million of them).
    struct NewPostings
    {
        std::vector<quint32> terms;
        std::vector<quint16> counts; // `columns` per posting
        std::vector<quint32> ends;   // per added slot: the end of its postings
        quint32 firstSlot = 0;
    };

    LexicalMemoryIndex() = default;
    void addRows(const QList<storage::LexicalRow> &rows, NewPostings (&added)[3]);
    static void merge(Postings &target, const Postings *old, const std::vector<quint32> &slotMap,
                      NewPostings &added);
    void finish();

    qint64 m_version = 0;
    Postings m_postings[3]; // by Group
    // Per slot.
    std::vector<qint64> m_chunkIds;
    std::vector<quint32> m_lengths;
    std::vector<double> m_norms; // k1 * (1 - b + b * length / average length)
    std::vector<quint16> m_languages;
    std::vector<quint16> m_types;
    std::vector<qint32> m_validFrom; // Julian days; no bound: the type's extreme
    std::vector<qint32> m_validUntil;
    QStringList m_languageNames; // m_languages' values index these
    QStringList m_typeNames;
    quint64 m_totalLength = 0;
};

} // namespace sportello::knowledge
