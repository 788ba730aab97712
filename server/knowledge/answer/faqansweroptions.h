// SPDX-License-Identifier: LicenseRef-Sportello
// When an FAQ's own answer is proposed as a draft: the confidence model and its threshold.
#pragma once

namespace sportello::knowledge {

// The confidence is a logistic model of three features of the best FAQ match (see
// FaqAnswerer), fitted on the dev split of an English FAQ set's queries with half of its
// questions left out of the index (sportello-faq-draft-bench --fit --holdout), so that it
// reads as the probability that the FAQ answers the query, including queries the FAQ does not
// cover at all.
struct FaqAnswerOptions
{
    // Drafts below this confidence are not proposed. Chosen on the dev split so that at least
    // nine proposed drafts in ten are right.
    double threshold = 0.75;

    double bias = -3.85;
    double queryCoverageWeight = 1.30;    // IDF-weighted share of the query's terms in the question
    double questionCoverageWeight = 4.56; // share of the question's terms in the query
    double marginWeight = 4.59;           // lead of the score over the best other question

    // The cited chunk's snippet, in characters.
    int snippetChars = 160;
};

} // namespace sportello::knowledge
