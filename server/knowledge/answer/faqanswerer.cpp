// SPDX-License-Identifier: LicenseRef-Sportello
// Decides whether the best retrieved chunk is an FAQ that answers the query by itself.
#include "knowledge/answer/faqanswerer.h"

#include <algorithm>
#include <cmath>

#include <QSet>

#include "knowledge/text/knowledgeanalyzer.h"

namespace sportello::knowledge {

namespace {

bool isFaq(const RetrievedChunk &chunk)
{
    return !chunk.question.trimmed().isEmpty() && !chunk.text.trimmed().isEmpty() &&
           (chunk.documentType.isEmpty() || chunk.documentType == u"faq");
}

QSet<QString> termSet(const QStringList &terms)
{
    return QSet<QString>(terms.cbegin(), terms.cend());
}

} // namespace

FaqAnswerer::FaqAnswerer(FaqAnswerOptions options)
    : m_options(options)
{
}

FaqAnswerer::~FaqAnswerer() = default;

const KnowledgeAnalyzer &FaqAnswerer::analyzer(const QString &language) const
{
    const std::lock_guard lock(m_analyzersMutex);
    auto &slot = m_analyzers[language];
    if (!slot)
        slot = std::make_unique<KnowledgeAnalyzer>(language);
    return *slot;
}

double FaqAnswerer::confidenceFor(double queryCoverage, double questionCoverage,
                                  double margin) const
{
    const double z = m_options.bias + m_options.queryCoverageWeight * queryCoverage +
                     m_options.questionCoverageWeight * questionCoverage +
                     m_options.marginWeight * margin;
    return 1.0 / (1.0 + std::exp(-z));
}

FaqAssessment FaqAnswerer::assess(const QString &query, const QString &language,
                                  const QList<RetrievedChunk> &chunks) const
{
    FaqAssessment result;
    if (chunks.isEmpty()) {
        result.reason = QStringLiteral("nothing retrieved");
        return result;
    }
    const RetrievedChunk &top = chunks.first();
    if (!isFaq(top)) {
        result.reason = QStringLiteral("the best match is not an FAQ");
        return result;
    }
    // An Italian answer to a customer writing English is no answer, however well it matches.
    if (!language.isEmpty() && !top.language.isEmpty() && top.language != language) {
        result.reason =
            QStringLiteral("the best FAQ is in %1, the query in %2").arg(top.language, language);
        return result;
    }
    // A query of unknown language is read as the FAQ's: that is how it was found.
    const QString effective = language.isEmpty() ? top.language : language;
    const KnowledgeAnalyzer &queryAnalyzer = analyzer(effective);
    const KnowledgeAnalyzer &chunkAnalyzer =
        analyzer(top.language.isEmpty() ? effective : top.language);
    const QSet<QString> queryTerms = termSet(queryAnalyzer.terms(query));
    const QSet<QString> questionTerms = termSet(chunkAnalyzer.terms(top.question));
    if (queryTerms.isEmpty() || questionTerms.isEmpty()) {
        result.reason = QStringLiteral("no searchable word");
        return result;
    }
    result.eligible = true;
    result.chunkIndex = 0;

    // Rarity among the candidates (BM25's IDF over the retrieved list): a term every
    // candidate has does not tell them apart; a query term none has weighs most.
    const double n = double(chunks.size());
    QHash<QString, int> documentFrequency;
    QSet<QString> topQuestion;
    for (const RetrievedChunk &chunk : chunks) {
        const KnowledgeAnalyzer &own =
            analyzer(chunk.language.isEmpty() ? effective : chunk.language);
        QSet<QString> terms = termSet(own.terms(chunk.question));
        terms.unite(termSet(own.terms(chunk.section.join(u' '))));
        terms.unite(termSet(own.terms(chunk.text)));
        for (const QString &term : std::as_const(queryTerms)) {
            if (terms.contains(term))
                ++documentFrequency[term];
        }
    }
    double total = 0.0;
    double covered = 0.0;
    for (const QString &term : std::as_const(queryTerms)) {
        const double df = documentFrequency.value(term);
        const double weight = std::log(1.0 + (n - df + 0.5) / (df + 0.5));
        total += weight;
        if (questionTerms.contains(term))
            covered += weight;
    }
    result.queryCoverage = total > 0.0 ? covered / total : 0.0;
    qsizetype shared = 0;
    for (const QString &term : questionTerms)
        shared += queryTerms.contains(term) ? 1 : 0;
    result.questionCoverage = double(shared) / double(questionTerms.size());

    // Several answers to one question are one candidate: the runner-up is the best chunk
    // asking something else.
    result.margin = 1.0;
    for (qsizetype i = 1; i < chunks.size(); ++i) {
        const RetrievedChunk &other = chunks.at(i);
        const KnowledgeAnalyzer &own =
            analyzer(other.language.isEmpty() ? effective : other.language);
        if (!other.question.isEmpty() && termSet(own.terms(other.question)) == questionTerms)
            continue;
        if (top.score > 0.0)
            result.margin = std::clamp((top.score - other.score) / top.score, 0.0, 1.0);
        break;
    }
    result.confidence = confidenceFor(result.queryCoverage, result.questionCoverage, result.margin);
    return result;
}

std::optional<FaqDraft> FaqAnswerer::answer(const QString &query, const QString &language,
                                            const QList<RetrievedChunk> &chunks) const
{
    const FaqAssessment assessment = assess(query, language, chunks);
    if (!assessment.eligible || assessment.confidence < m_options.threshold)
        return std::nullopt;
    const RetrievedChunk &chunk = chunks.at(assessment.chunkIndex);
    FaqDraft draft;
    draft.text = chunk.text.trimmed();
    draft.confidence = assessment.confidence;
    draft.source = chunk;
    draft.sourceTitle = sourceTitle(chunk);
    draft.snippet = snippet(draft.text, m_options.snippetChars);
    return draft;
}

QString FaqAnswerer::sourceTitle(const RetrievedChunk &chunk)
{
    QStringList parts;
    if (!chunk.sourceName.isEmpty())
        parts.append(chunk.sourceName);
    for (const QString &heading : chunk.section) {
        if (!heading.trimmed().isEmpty())
            parts.append(heading.trimmed());
    }
    if (!chunk.question.trimmed().isEmpty())
        parts.append(chunk.question.trimmed());
    return parts.join(QStringLiteral(" › "));
}

QString FaqAnswerer::snippet(const QString &text, int chars)
{
    const QString simplified = text.simplified();
    if (chars <= 0 || simplified.size() <= chars)
        return simplified;
    qsizetype cut = simplified.lastIndexOf(u' ', chars);
    if (cut <= chars / 2)
        cut = chars;
    return simplified.left(cut).trimmed() + QStringLiteral("…");
}

} // namespace sportello::knowledge
