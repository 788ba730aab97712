// SPDX-License-Identifier: LicenseRef-Sportello
// Which of the business's languages a WhatsApp turn is written in.
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include "nlu/language/languagecontext.h"
#include "nlu/language/languageguess.h"

namespace sportello::nlu {

// CLD2 is good on sentences and poor on what customers mostly send ("ok", "grazie mille",
// "vale", "👍"): it calls "grazie mille" Estonian. So its answer, restricted to the business's
// languages, is one voice among three: a lexicon of short words and phrases that give a
// language away, the accented letters only some languages use, and CLD2. When the text says
// little, the conversation's previous language, then the contact's, then the phone prefix
// decide. Built once (it loads the lexicons), then detect() is const and safe from any thread.
class LanguageDetector
{
public:
    // Reads every "<code>.tsv" in lexiconDir (term<TAB>weight, '#' comments) and
    // "shared.tsv" (one word per line: words of every language, like "ok" or "taxi"). A
    // missing or unreadable directory leaves CLD2 and the priors alone; loadError() says why.
    explicit LanguageDetector(const QString &lexiconDir = defaultLexiconDir());

    // The lexicons compiled into the server.
    static QString defaultLexiconDir();
    // it, en, es, fr, de: what a business serves unless it says otherwise.
    static QStringList defaultLanguages();

    LanguageGuess detect(const QString &text, const LanguageContext &context) const;

    bool isLoaded() const { return m_loadError.isEmpty(); }
    QString loadError() const { return m_loadError; }
    QStringList lexiconLanguages() const { return m_lexiconLanguages; }

private:
    struct Claim
    {
        qsizetype language = 0; // index into m_lexiconLanguages
        double weight = 0.0;
    };

    bool loadLexicon(const QString &path, const QString &language, QString *error);
    bool loadShared(const QString &path, QString *error);
    bool onlySharedWords(const QStringList &words) const;

    QStringList m_lexiconLanguages;
    QHash<QString, QList<Claim>> m_terms; // folded term (words joined by one space)
    int m_longestTerm = 1;                // in words
    QSet<QString> m_shared;               // folded words that say nothing about the language
    QString m_loadError;
};

} // namespace sportello::nlu
