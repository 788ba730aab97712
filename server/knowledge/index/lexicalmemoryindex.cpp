// SPDX-License-Identifier: LicenseRef-Sportello
// One business's lexical index in memory: BM25 over postings, scored as SQLite FTS5's bm25().
#include "knowledge/index/lexicalmemoryindex.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

#include <QSet>

#include "storage/lexicalindexrepository.h"

namespace sportello::knowledge {

namespace {

// fts5_bm25's constants.
constexpr double kK1 = 1.2;
constexpr double kB = 0.75;
constexpr qint32 kNoStart = std::numeric_limits<qint32>::min();
constexpr qint32 kNoEnd = std::numeric_limits<qint32>::max();
constexpr quint32 kGone = std::numeric_limits<quint32>::max();

// What knowledge_fts's tokenizer (unicode61, tokenchars '_') keeps in a token. The stored
// columns are already folded by KnowledgeAnalyzer, so its case folding changes nothing.
bool isTokenChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

template <typename F>
void forEachToken(const QString &text, F &&f)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && !isTokenChar(text.at(i)))
            ++i;
        const qsizetype start = i;
        while (i < n && isTokenChar(text.at(i)))
            ++i;
        if (i > start)
            f(QStringView(text).mid(start, i - start));
    }
}

qint32 julianDay(const QDate &date, qint32 none)
{
    return date.isValid() ? qint32(date.toJulianDay()) : none;
}

quint16 nameIndex(QStringList &names, const QString &name)
{
    qsizetype index = names.indexOf(name);
    if (index < 0) {
        index = names.size();
        names.append(name);
    }
    return quint16(index);
}

// Scratch space of a search, kept per thread: zeroing a score per chunk for every query
// would cost more than the query.
struct Scratch
{
    std::vector<double> scores;
    std::vector<quint8> marked;
    std::vector<quint32> touched;
};
thread_local Scratch t_scratch;

} // namespace

std::shared_ptr<const LexicalMemoryIndex>
LexicalMemoryIndex::build(const QList<storage::LexicalRow> &rows, qint64 knowledgeVersion)
{
    std::shared_ptr<LexicalMemoryIndex> index(new LexicalMemoryIndex);
    index->m_version = knowledgeVersion;
    index->m_postings[0].columns = 3;
    NewPostings added[3];
    index->addRows(rows, added);
    for (int g = 0; g < 3; ++g)
        merge(index->m_postings[g], nullptr, {}, added[g]);
    index->finish();
    return index;
}

std::shared_ptr<const LexicalMemoryIndex>
LexicalMemoryIndex::withChanges(const QList<qint64> &removed,
                                const QList<storage::LexicalRow> &added,
                                qint64 knowledgeVersion) const
{
    std::shared_ptr<LexicalMemoryIndex> next(new LexicalMemoryIndex);
    next->m_version = knowledgeVersion;
    next->m_languageNames = m_languageNames;
    next->m_typeNames = m_typeNames;
    for (int g = 0; g < 3; ++g) {
        next->m_postings[g].columns = m_postings[g].columns;
        next->m_postings[g].terms = m_postings[g].terms;
    }
    const QSet<qint64> gone(removed.cbegin(), removed.cend());
    std::vector<quint32> slotMap(m_chunkIds.size(), kGone);
    const std::size_t kept = m_chunkIds.size();
    next->m_chunkIds.reserve(kept + std::size_t(added.size()));
    for (std::size_t slot = 0; slot < kept; ++slot) {
        if (gone.contains(m_chunkIds[slot]))
            continue;
        slotMap[slot] = quint32(next->m_chunkIds.size());
        next->m_chunkIds.push_back(m_chunkIds[slot]);
        next->m_lengths.push_back(m_lengths[slot]);
        next->m_languages.push_back(m_languages[slot]);
        next->m_types.push_back(m_types[slot]);
        next->m_validFrom.push_back(m_validFrom[slot]);
        next->m_validUntil.push_back(m_validUntil[slot]);
    }
    NewPostings postings[3];
    next->addRows(added, postings);
    for (int g = 0; g < 3; ++g)
        merge(next->m_postings[g], &m_postings[g], slotMap, postings[g]);
    next->finish();
    return next;
}

void LexicalMemoryIndex::addRows(const QList<storage::LexicalRow> &rows, NewPostings (&added)[3])
{
    for (NewPostings &postings : added)
        postings.firstSlot = quint32(m_chunkIds.size());
    std::vector<std::pair<quint32, int>> hits; // (term, column) of one row's group
    for (const storage::LexicalRow &row : rows) {
        m_chunkIds.push_back(row.chunkId);
        m_languages.push_back(nameIndex(m_languageNames, row.language));
        m_types.push_back(nameIndex(m_typeNames, row.documentType));
        m_validFrom.push_back(julianDay(row.validFrom, kNoStart));
        m_validUntil.push_back(julianDay(row.validUntil, kNoEnd));
        quint32 length = 0;
        const std::pair<int, const QString *> columns[3][3] = {
            {{0, &row.question}, {1, &row.section}, {2, &row.body}},
            {{0, &row.exact}, {-1, nullptr}, {-1, nullptr}},
            {{0, &row.pairs}, {-1, nullptr}, {-1, nullptr}}};
        for (int g = 0; g < 3; ++g) {
            Postings &postings = m_postings[g];
            hits.clear();
            for (const auto &[column, text] : columns[g]) {
                if (!text)
                    continue;
                forEachToken(*text, [&](QStringView token) {
                    ++length;
                    const QString key = token.toString();
                    auto it = postings.terms.constFind(key);
                    if (it == postings.terms.cend())
                        it = postings.terms.insert(key, quint32(postings.terms.size()));
                    hits.emplace_back(it.value(), column);
                });
            }
            std::sort(hits.begin(), hits.end());
            NewPostings &target = added[g];
            for (std::size_t i = 0; i < hits.size();) {
                const quint32 term = hits[i].first;
                quint16 counts[3] = {0, 0, 0};
                for (; i < hits.size() && hits[i].first == term; ++i) {
                    quint16 &count = counts[hits[i].second];
                    if (count < std::numeric_limits<quint16>::max())
                        ++count;
                }
                target.terms.push_back(term);
                target.counts.insert(target.counts.end(), counts, counts + postings.columns);
            }
            target.ends.push_back(quint32(target.terms.size()));
        }
        m_lengths.push_back(length);
    }
}

void LexicalMemoryIndex::merge(Postings &target, const Postings *old,
                               const std::vector<quint32> &slotMap, NewPostings &added)
{
    const std::size_t termCount = std::size_t(target.terms.size());
    const std::size_t oldTerms = old && !old->offsets.empty() ? old->offsets.size() - 1 : 0;
    const int columns = target.columns;
    std::vector<quint32> sizes(termCount, 0);
    for (std::size_t t = 0; t < oldTerms; ++t) {
        for (quint32 p = old->offsets[t]; p < old->offsets[t + 1]; ++p)
            sizes[t] += slotMap[old->chunks[p]] != kGone ? 1 : 0;
    }
    for (const quint32 term : added.terms)
        ++sizes[term];
    target.offsets.assign(termCount + 1, 0);
    quint32 total = 0;
    for (std::size_t t = 0; t < termCount; ++t) {
        target.offsets[t] = total;
        total += sizes[t];
    }
    target.offsets[termCount] = total;
    target.chunks.assign(total, 0);
    target.counts.assign(std::size_t(total) * std::size_t(columns), 0);
    std::vector<quint32> cursor(target.offsets.begin(), target.offsets.end() - 1);
    // Old chunks keep their order (the slot map is increasing) and new ones come after them,
    // so every term's postings stay in slot order.
    for (std::size_t t = 0; t < oldTerms; ++t) {
        for (quint32 p = old->offsets[t]; p < old->offsets[t + 1]; ++p) {
            const quint32 slot = slotMap[old->chunks[p]];
            if (slot == kGone)
                continue;
            const quint32 at = cursor[t]++;
            target.chunks[at] = slot;
            std::copy_n(old->counts.begin() + std::ptrdiff_t(p) * columns, columns,
                        target.counts.begin() + std::ptrdiff_t(at) * columns);
        }
    }
    // New slots in order, so each term's postings stay in slot order without sorting.
    std::size_t posting = 0;
    for (std::size_t row = 0; row < added.ends.size(); ++row) {
        const auto slot = quint32(added.firstSlot + row);
        for (; posting < added.ends[row]; ++posting) {
            const quint32 at = cursor[added.terms[posting]]++;
            target.chunks[at] = slot;
            std::copy_n(added.counts.begin() + std::ptrdiff_t(posting) * columns, columns,
                        target.counts.begin() + std::ptrdiff_t(at) * columns);
        }
    }
    added = {};
}

void LexicalMemoryIndex::finish()
{
    m_totalLength = 0;
    for (const quint32 length : m_lengths)
        m_totalLength += length;
    m_norms.resize(m_lengths.size());
    const double average = averageLength();
    for (std::size_t slot = 0; slot < m_lengths.size(); ++slot) {
        const auto length = double(m_lengths[slot]);
        // The very expression fts5_bm25 evaluates, so the scores are the same to the bit.
        m_norms[slot] = kK1 * (1 - kB + kB * length / average);
    }
}

double LexicalMemoryIndex::averageLength() const
{
    return m_chunkIds.empty() ? 0.0 : double(m_totalLength) / double(m_chunkIds.size());
}

QList<qint64> LexicalMemoryIndex::chunkIds() const
{
    QList<qint64> ids(m_chunkIds.cbegin(), m_chunkIds.cend());
    std::sort(ids.begin(), ids.end());
    return ids;
}

qsizetype LexicalMemoryIndex::documentFrequency(Group group, const QString &token) const
{
    const Postings &postings = m_postings[int(group)];
    const auto it = postings.terms.constFind(token);
    if (it == postings.terms.cend())
        return 0;
    return qsizetype(postings.offsets[it.value() + 1] - postings.offsets[it.value()]);
}

std::size_t LexicalMemoryIndex::memoryBytes() const
{
    std::size_t bytes = m_chunkIds.capacity() * sizeof(qint64) +
                        m_lengths.capacity() * sizeof(quint32) +
                        m_norms.capacity() * sizeof(double) +
                        (m_languages.capacity() + m_types.capacity()) * sizeof(quint16) +
                        (m_validFrom.capacity() + m_validUntil.capacity()) * sizeof(qint32);
    for (const Postings &postings : m_postings) {
        bytes += postings.offsets.capacity() * sizeof(quint32) +
                 postings.chunks.capacity() * sizeof(quint32) +
                 postings.counts.capacity() * sizeof(quint16);
        // A hash node, the key's header and its characters.
        for (auto it = postings.terms.cbegin(); it != postings.terms.cend(); ++it)
            bytes += 48 + std::size_t(it.key().size()) * 2;
    }
    return bytes;
}

QList<LexicalMemoryIndex::Hit>
LexicalMemoryIndex::search(const storage::LexicalSearch &search) const
{
    QList<Hit> result;
    const std::size_t count = m_chunkIds.size();
    if (search.limit <= 0 || count == 0)
        return result;
    int language = -1;
    if (!search.language.isEmpty()) {
        language = int(m_languageNames.indexOf(search.language));
        if (language < 0)
            return result;
    }
    int type = -1;
    if (!search.documentType.isEmpty()) {
        type = int(m_typeNames.indexOf(search.documentType));
        if (type < 0)
            return result;
    }
    const auto day =
        qint32((search.date.isValid() ? search.date : QDate::currentDate()).toJulianDay());

    Scratch &scratch = t_scratch;
    if (scratch.scores.size() < count) {
        scratch.scores.resize(count, 0.0);
        scratch.marked.resize(count, 0);
    }
    scratch.touched.clear();
    const auto &w = search.weights;
    const double weights[3][3] = {
        {w.question, w.section, w.body}, {w.exact, 0, 0}, {w.pairs, 0, 0}};
    const QStringList *tokens[3] = {&search.terms, &search.words, &search.pairs};
    const auto documents = double(count);
    // Term at a time, phrase by phrase in the order of FTS5's query, so every chunk's score
    // is summed in the same order as bm25() sums it.
    for (int g = 0; g < 3; ++g) {
        const Postings &postings = m_postings[g];
        const int columns = postings.columns;
        for (const QString &token : storage::LexicalIndexRepository::usableTokens(*tokens[g])) {
            const auto it = postings.terms.constFind(token);
            if (it == postings.terms.cend())
                continue;
            const quint32 begin = postings.offsets[it.value()];
            const quint32 end = postings.offsets[it.value() + 1];
            if (begin == end)
                continue;
            const auto hits = double(end - begin);
            double idf = std::log((documents - hits + 0.5) / (hits + 0.5));
            if (idf <= 0.0)
                idf = 1e-6;
            for (quint32 p = begin; p < end; ++p) {
                const quint32 slot = postings.chunks[p];
                // bm25() adds a column's weight once per hit, column by column.
                double frequency = 0.0;
                for (int c = 0; c < columns; ++c) {
                    const quint16 n =
                        postings.counts[std::size_t(p) * std::size_t(columns) + std::size_t(c)];
                    for (quint16 k = 0; k < n; ++k)
                        frequency += weights[g][c];
                }
                if (!scratch.marked[slot]) {
                    scratch.marked[slot] = 1;
                    scratch.touched.push_back(slot);
                }
                scratch.scores[slot] +=
                    idf * ((frequency * (kK1 + 1.0)) / (frequency + m_norms[slot]));
            }
        }
    }

    std::vector<Hit> passing;
    passing.reserve(scratch.touched.size());
    for (const quint32 slot : scratch.touched) {
        const bool passes = (language < 0 || m_languages[slot] == language) &&
                            (type < 0 || m_types[slot] == type) && m_validFrom[slot] <= day &&
                            m_validUntil[slot] >= day;
        if (passes)
            passing.push_back({m_chunkIds[slot], scratch.scores[slot]});
        scratch.scores[slot] = 0.0;
        scratch.marked[slot] = 0;
    }
    const auto better = [](const Hit &a, const Hit &b) {
        return a.score != b.score ? a.score > b.score : a.chunkId < b.chunkId;
    };
    const std::size_t keep = std::min(passing.size(), std::size_t(search.limit));
    std::partial_sort(passing.begin(), passing.begin() + std::ptrdiff_t(keep), passing.end(),
                      better);
    result.reserve(qsizetype(keep));
    for (std::size_t i = 0; i < keep; ++i)
        result.append(passing[i]);
    return result;
}

} // namespace sportello::knowledge
