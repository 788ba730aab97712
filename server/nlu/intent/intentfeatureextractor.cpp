// SPDX-License-Identifier: LicenseRef-Sportello
// Turns a message into the sparse TF-IDF vector the intent model scores.
#include "nlu/intent/intentfeatureextractor.h"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_map>

#include "nlu/text/textnormalizer.h"

namespace sportello::nlu {

namespace {

constexpr std::uint64_t kFnvOffset = 14695981039346656037ULL;
constexpr std::uint64_t kFnvPrime = 1099511628211ULL;
constexpr int kMinCharGram = 2;
constexpr int kMaxCharGram = 5;
// Far above any real vocabulary; guards the reader against absurd counts in a damaged file.
constexpr qint32 kMaxStoredFeatures = 50'000'000;

inline std::uint64_t mix(std::uint64_t h, char16_t c)
{
    h ^= c;
    return h * kFnvPrime;
}

// FNV alone clusters in the low bits the table indexes by; a splitmix64 finaliser spreads them.
inline std::uint64_t finish(std::uint64_t h)
{
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebULL;
    h ^= h >> 31;
    return h;
}

std::uint64_t hashUnits(char16_t kind, const char16_t *begin, qsizetype length)
{
    std::uint64_t h = mix(kFnvOffset, kind);
    for (qsizetype i = 0; i < length; ++i)
        h = mix(h, begin[i]);
    return finish(h);
}

} // namespace

void IntentFeatureExtractor::collect(const QString &text, std::vector<Gram> *grams)
{
    QStringList words = TextNormalizer::foldedWords(text);
    // Order numbers, prices and phone numbers differ in every message; their shape is what
    // generalises ("0000" for a four-digit code), not their digits.
    for (QString &word : words) {
        for (QChar &c : word) {
            if (c.isDigit())
                c = QLatin1Char('0');
        }
    }
    std::vector<char16_t> padded;
    for (qsizetype w = 0; w < words.size(); ++w) {
        const QString &word = words.at(w);
        const auto *units = reinterpret_cast<const char16_t *>(word.utf16());
        grams->push_back({hashUnits(u'W', units, word.size()), false});
        if (w + 1 < words.size()) {
            std::uint64_t h = mix(kFnvOffset, u'B');
            for (const char16_t c : std::u16string_view(units, word.size()))
                h = mix(h, c);
            h = mix(h, u' ');
            const QString &next = words.at(w + 1);
            for (const QChar c : next)
                h = mix(h, c.unicode());
            grams->push_back({finish(h), false});
        }
        padded.assign(1, u' ');
        padded.insert(padded.end(), units, units + word.size());
        padded.push_back(u' ');
        const auto length = static_cast<qsizetype>(padded.size());
        for (qsizetype n = kMinCharGram; n <= kMaxCharGram; ++n) {
            for (qsizetype i = 0; i + n <= length; ++i)
                grams->push_back({hashUnits(u'C', padded.data() + i, n), true});
        }
    }
}

void IntentFeatureExtractor::fit(const QStringList &texts, double charWeight, int maxFeatures)
{
    m_charWeight = charWeight;
    struct Count
    {
        int df = 0;
        bool isChar = false;
    };
    std::unordered_map<std::uint64_t, Count> counts;
    std::vector<Gram> grams;
    for (const QString &text : texts) {
        grams.clear();
        collect(text, &grams);
        std::sort(grams.begin(), grams.end(),
                  [](const Gram &a, const Gram &b) { return a.key < b.key; });
        for (std::size_t i = 0; i < grams.size(); ++i) {
            if (i > 0 && grams[i].key == grams[i - 1].key)
                continue;
            Count &count = counts[grams[i].key];
            ++count.df;
            count.isChar = grams[i].isChar;
        }
    }
    // Most frequent first: it decides which n-grams survive the size cap, and it packs the
    // weight rows most messages touch together in memory, which is what makes training and
    // scoring fast (a row per n-gram, read at random otherwise).
    std::vector<std::pair<std::uint64_t, Count>> chosen(counts.begin(), counts.end());
    std::sort(chosen.begin(), chosen.end(), [](const auto &a, const auto &b) {
        return a.second.df != b.second.df ? a.second.df > b.second.df : a.first < b.first;
    });
    if (maxFeatures > 0 && chosen.size() > static_cast<std::size_t>(maxFeatures))
        chosen.resize(static_cast<std::size_t>(maxFeatures));
    const double documents = static_cast<double>(texts.size());
    m_keys.clear();
    m_idf.clear();
    m_isChar.clear();
    for (const auto &[key, count] : chosen) {
        m_keys.push_back(key);
        // scikit-learn's smoothed idf, so the research figures carry over.
        m_idf.push_back(static_cast<float>(std::log((1.0 + documents) / (1.0 + count.df)) + 1.0));
        m_isChar.push_back(count.isChar ? 1 : 0);
    }
    rebuildTable();
}

void IntentFeatureExtractor::rebuildTable()
{
    std::uint64_t capacity = 16;
    while (capacity < 2 * m_keys.size())
        capacity <<= 1;
    m_tableMask = capacity - 1;
    m_table.assign(capacity, Slot{});
    for (std::size_t i = 0; i < m_keys.size(); ++i) {
        std::uint64_t slot = m_keys[i] & m_tableMask;
        while (m_table[slot].feature >= 0)
            slot = (slot + 1) & m_tableMask;
        m_table[slot] = {static_cast<std::uint32_t>(m_keys[i] >> 32), static_cast<std::int32_t>(i)};
    }
}

std::int32_t IntentFeatureExtractor::find(std::uint64_t key) const
{
    if (m_table.empty())
        return -1;
    std::uint64_t slot = key & m_tableMask;
    const auto check = static_cast<std::uint32_t>(key >> 32);
    while (m_table[slot].feature >= 0) {
        if (m_table[slot].check == check)
            return m_table[slot].feature;
        slot = (slot + 1) & m_tableMask;
    }
    return -1;
}

SparseVector IntentFeatureExtractor::transform(const QString &text) const
{
    std::vector<Gram> grams;
    grams.reserve(static_cast<std::size_t>(text.size()) * 5);
    collect(text, &grams);
    // Known n-grams only, counted per feature in first-seen order. A small local hash set
    // instead of sorting: a message has a few hundred n-grams and this runs per message.
    std::uint32_t mask = 255;
    while (mask < 2 * grams.size())
        mask = mask * 2 + 1;
    std::vector<std::int32_t> position(mask + 1, -1); // slot -> index in `row`
    SparseVector row;
    row.index.reserve(grams.size());
    row.value.reserve(grams.size());
    // The table is read at random; asking for slots a few n-grams ahead overlaps the misses.
    constexpr std::size_t kAhead = 8;
    for (std::size_t g = 0; g < grams.size(); ++g) {
#if defined(__GNUC__)
        if (g + kAhead < grams.size() && !m_table.empty())
            __builtin_prefetch(&m_table[grams[g + kAhead].key & m_tableMask]);
#endif
        const std::int32_t feature = find(grams[g].key);
        if (feature < 0)
            continue;
        auto slot = static_cast<std::uint32_t>(feature) * 2654435761U & mask;
        while (position[slot] >= 0 &&
               row.index[static_cast<std::size_t>(position[slot])] != feature)
            slot = (slot + 1) & mask;
        if (position[slot] < 0) {
            position[slot] = static_cast<std::int32_t>(row.size());
            row.index.push_back(feature);
            row.value.push_back(0.0F);
        }
        row.value[static_cast<std::size_t>(position[slot])] += 1.0F; // raw count for now
    }
    double norm2[2] = {0.0, 0.0};
    for (std::size_t i = 0; i < row.size(); ++i) {
        const auto feature = static_cast<std::size_t>(row.index[i]);
        const double v = (1.0 + std::log(static_cast<double>(row.value[i]))) * m_idf[feature];
        norm2[m_isChar[feature]] += v * v;
        row.value[i] = static_cast<float>(v);
    }
    const double scale[2] = {norm2[0] > 0.0 ? 1.0 / std::sqrt(norm2[0]) : 0.0,
                             norm2[1] > 0.0 ? m_charWeight / std::sqrt(norm2[1]) : 0.0};
    for (std::size_t i = 0; i < row.size(); ++i) {
        const auto feature = static_cast<std::size_t>(row.index[i]);
        row.value[i] = static_cast<float>(row.value[i] * scale[m_isChar[feature]]);
    }
    return row;
}

void IntentFeatureExtractor::write(QDataStream &out) const
{
    out << m_charWeight << static_cast<qint32>(m_keys.size());
    for (std::size_t i = 0; i < m_keys.size(); ++i)
        out << static_cast<quint64>(m_keys[i]) << m_idf[i] << static_cast<quint8>(m_isChar[i]);
}

bool IntentFeatureExtractor::read(QDataStream &in)
{
    qint32 count = 0;
    in >> m_charWeight >> count;
    if (in.status() != QDataStream::Ok || count < 0 || count > kMaxStoredFeatures)
        return false;
    m_keys.resize(static_cast<std::size_t>(count));
    m_idf.resize(static_cast<std::size_t>(count));
    m_isChar.resize(static_cast<std::size_t>(count));
    for (std::size_t i = 0; i < m_keys.size(); ++i) {
        quint64 key = 0;
        float idf = 0.0F;
        quint8 isChar = 0;
        in >> key >> idf >> isChar;
        m_keys[i] = key;
        m_idf[i] = idf;
        m_isChar[i] = isChar ? 1 : 0;
    }
    if (in.status() != QDataStream::Ok)
        return false;
    rebuildTable();
    return true;
}

} // namespace sportello::nlu
