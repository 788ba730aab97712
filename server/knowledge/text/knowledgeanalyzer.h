// SPDX-License-Identifier: LicenseRef-Sportello
// Language-aware normalisation of knowledge-base text and queries for lexical retrieval.
#pragma once

#include <memory>
#include <mutex>

#include <QSet>
#include <QString>
#include <QStringList>

#include "knowledge/text/analyzedtext.h"

struct sb_stemmer;

namespace sportello::knowledge {

// Lower-cases and folds accents like nlu::TextNormalizer (customers write "perche" for
// "perché"; folding before stemming makes both the same term), splits into letter and digit
// runs, drops elided articles ("l'igiene" gives "igiene", "dell'" goes), single letters and
// the language's stop words (resources/knowledge/stopwords/<lang>.txt), then stems with
// Snowball. A language Snowball does not know still gets folding and tokenising; one without
// a stop-word list keeps every word.
// The stemmer is not thread-safe: calls are serialised by a mutex, so one analyzer may be
// shared, but a thread doing bulk work is better off with its own.
class KnowledgeAnalyzer
{
public:
    // ISO 639-1 code ("it"); empty or unknown: fold and tokenise only.
    explicit KnowledgeAnalyzer(const QString &language);
    ~KnowledgeAnalyzer();
    KnowledgeAnalyzer(const KnowledgeAnalyzer &) = delete;
    KnowledgeAnalyzer &operator=(const KnowledgeAnalyzer &) = delete;

    QString language() const { return m_language; }
    bool stems() const { return m_stemmer != nullptr; }
    bool hasStopWords() const { return !m_stopWords.isEmpty(); }

    AnalyzedText analyze(const QString &text) const;
    QStringList terms(const QString &text) const { return analyze(text).terms; }
    QStringList words(const QString &text) const { return analyze(text).words; }

    // A folded word's stem (the word itself when the language has no stemmer).
    QString stem(const QString &folded) const;
    bool isStopWord(const QString &folded) const { return m_stopWords.contains(folded); }

    // The languages with a stop-word list: it, en, es, fr, de.
    static QStringList stopWordLanguages();

private:
    // Folded text cut into words; apostrophes resolved the way the language elides.
    QStringList tokens(const QString &folded) const;

    QString m_language;
    QSet<QString> m_stopWords;
    sb_stemmer *m_stemmer = nullptr;
    mutable std::mutex m_stemMutex;
};

} // namespace sportello::knowledge
