// SPDX-License-Identifier: LicenseRef-Sportello
// Gives every chunk of a document a language: its own, else detected among the business's.
#include "knowledge/import/chunklanguageresolver.h"

#include <QHash>

#include "nlu/language/languagecontext.h"
#include "nlu/language/languagedetector.h"

namespace sportello::knowledge {

namespace {

// CLD2 and the lexicons have made up their minds long before this; a 100-page PDF chunk
// costs no more to detect than a paragraph.
constexpr qsizetype kDetectChars = 1000;

QString majority(const QHash<QString, int> &votes, const QStringList &order)
{
    const auto rank = [&order](const QString &language) {
        const qsizetype r = order.indexOf(language);
        return r < 0 ? order.size() : r;
    };
    QString best;
    int most = 0;
    for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
        const bool before =
            rank(it.key()) < rank(best) || (rank(it.key()) == rank(best) && it.key() < best);
        if (it.value() > most || (it.value() == most && before)) {
            most = it.value();
            best = it.key();
        }
    }
    return best;
}

} // namespace

ChunkLanguageResolver::ChunkLanguageResolver(const nlu::LanguageDetector &detector,
                                             QStringList allowed, QString defaultLanguage)
    : m_detector(detector)
    , m_allowed(allowed.isEmpty() ? nlu::LanguageDetector::defaultLanguages() : std::move(allowed))
    , m_defaultLanguage(defaultLanguage.isEmpty() ? m_allowed.value(0) : std::move(defaultLanguage))
{
}

QString ChunkLanguageResolver::resolve(QList<ChunkDraft> &chunks) const
{
    nlu::LanguageContext context;
    context.allowed = m_allowed;
    context.defaultLanguage = m_defaultLanguage;

    QHash<QString, int> sure;
    QList<qsizetype> unsure;
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        ChunkDraft &chunk = chunks[i];
        if (!chunk.language.isEmpty())
            continue;
        QString text = chunk.question.isEmpty() ? chunk.text : chunk.question + u'\n' + chunk.text;
        text.truncate(kDetectChars);
        const nlu::LanguageGuess guess = m_detector.detect(text, context);
        if (guess.reliable && !guess.language.isEmpty()) {
            chunk.language = guess.language;
            ++sure[guess.language];
        } else {
            unsure.append(i);
        }
    }
    const QString fallback = sure.isEmpty() ? m_defaultLanguage : majority(sure, m_allowed);
    for (const qsizetype i : std::as_const(unsure))
        chunks[i].language = fallback;

    QHash<QString, int> all;
    for (const ChunkDraft &chunk : std::as_const(chunks))
        ++all[chunk.language];
    return all.isEmpty() ? m_defaultLanguage : majority(all, m_allowed);
}

} // namespace sportello::knowledge
