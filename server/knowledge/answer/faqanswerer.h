// SPDX-License-Identifier: LicenseRef-Sportello
// Decides whether the best retrieved chunk is an FAQ that answers the query by itself.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>

#include <QList>
#include <QString>

#include "knowledge/answer/faqansweroptions.h"
#include "knowledge/answer/faqassessment.h"
#include "knowledge/answer/faqdraft.h"
#include "knowledge/retrievedchunk.h"

namespace sportello::knowledge {

class KnowledgeAnalyzer;

// An extractive answer needs no LLM, so it must be right on its own: only the top chunk is
// considered, only when it is an FAQ in the query's language, and only when the query and its
// question say the same thing. A raw BM25 score cannot tell that (it grows with query length
// and differs between businesses); the confidence instead combines how much of the query the
// question covers (terms weighted by how rare they are among the retrieved chunks, so the
// word every candidate shares counts little), how much of the question the query covers, and
// how far the match leads the best chunk with a different question (several answers to the
// same question are not competitors). Thread-safe.
class FaqAnswerer
{
public:
    explicit FaqAnswerer(FaqAnswerOptions options = {});
    ~FaqAnswerer();
    FaqAnswerer(const FaqAnswerer &) = delete;
    FaqAnswerer &operator=(const FaqAnswerer &) = delete;

    const FaqAnswerOptions &options() const { return m_options; }

    // `chunks` best first, as a retriever returned them for `query`; `language` the query's
    // (ISO 639-1, empty when unknown).
    FaqAssessment assess(const QString &query, const QString &language,
                         const QList<RetrievedChunk> &chunks) const;

    // The draft when the assessment reaches the threshold.
    std::optional<FaqDraft> answer(const QString &query, const QString &language,
                                   const QList<RetrievedChunk> &chunks) const;

    // The model's confidence for these features (the logistic of their weighted sum).
    double confidenceFor(double queryCoverage, double questionCoverage, double margin) const;

    static QString sourceTitle(const RetrievedChunk &chunk);
    // The text's first `chars` characters, cut after a word, with "…" when cut.
    static QString snippet(const QString &text, int chars);

private:
    const KnowledgeAnalyzer &analyzer(const QString &language) const;

    FaqAnswerOptions m_options;
    mutable std::mutex m_analyzersMutex;
    mutable std::map<QString, std::unique_ptr<KnowledgeAnalyzer>> m_analyzers;
};

} // namespace sportello::knowledge
