// SPDX-License-Identifier: LicenseRef-Sportello
// How well the best retrieved FAQ answers a query: the features and the confidence.
#pragma once

#include <QString>

namespace sportello::knowledge {

struct FaqAssessment
{
    // False when the best chunk cannot be drafted at all (not an FAQ, another language, no
    // searchable word); `reason` says why, the features are then zero.
    bool eligible = false;
    QString reason;
    qsizetype chunkIndex = -1; // in the retrieved list

    // Query terms weighted by their rarity among the retrieved chunks, share found in the
    // FAQ's question, in [0, 1].
    double queryCoverage = 0.0;
    // Share of the question's distinct terms the query has, in [0, 1].
    double questionCoverage = 0.0;
    // (best - runner-up) / best, the runner-up being the best chunk with another question;
    // 1 when there is none. In [0, 1].
    double margin = 0.0;

    // The model's probability that the FAQ's answer is right for the query, in [0, 1].
    double confidence = 0.0;
};

} // namespace sportello::knowledge
