// SPDX-License-Identifier: LicenseRef-Sportello
// Keeps N examples per class, the same N for the same seed, for few-shot evaluation.
#include "nlu/eval/shotsampler.h"

#include <algorithm>
#include <map>
#include <random>
#include <vector>

#include "nlu/intent/seededshuffle.h"

namespace sportello::nlu {

namespace {

// FNV-1a of the label's UTF-16 units: stable across runs and Qt versions, unlike qHash.
quint32 labelSeed(const QString &label, quint32 seed)
{
    quint32 h = 2166136261U ^ seed;
    for (const QChar c : label) {
        h ^= c.unicode();
        h *= 16777619U;
    }
    return h;
}

} // namespace

QList<LabelledRow> ShotSampler::sample(const QList<LabelledRow> &rows, int shots, quint32 seed)
{
    std::map<QString, std::vector<qsizetype>> byLabel;
    for (qsizetype i = 0; i < rows.size(); ++i)
        byLabel[rows.at(i).label].push_back(i);
    std::vector<qsizetype> kept;
    for (auto &[label, members] : byLabel) {
        std::mt19937 rng(labelSeed(label, seed));
        seededShuffle(&members, &rng);
        const auto keep = std::min(members.size(), static_cast<std::size_t>(std::max(0, shots)));
        kept.insert(kept.end(), members.begin(),
                    members.begin() + static_cast<std::ptrdiff_t>(keep));
    }
    std::sort(kept.begin(), kept.end());
    QList<LabelledRow> result;
    result.reserve(static_cast<qsizetype>(kept.size()));
    for (const qsizetype i : kept)
        result.append(rows.at(i));
    return result;
}

} // namespace sportello::nlu
