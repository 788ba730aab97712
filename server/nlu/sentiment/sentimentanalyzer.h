// SPDX-License-Identifier: LicenseRef-Sportello
// Lexicon-based sentiment, anger and urgency of a customer's turn in it, en, es, fr, de.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "nlu/sentiment/sentimentresult.h"

namespace sportello::nlu {

// Customer turns are short and domain-bound, so a hand-written lexicon with negation scope,
// intensifiers, contrast ("grazie, ma..."), emoji and shouting is both explainable to agents
// (the cues) and good enough to route angry or urgent customers to a person. Built once (it
// loads the lexicons), then analyze() is const and safe from any thread.
class SentimentAnalyzer
{
public:
    // Reads "<code>.tsv" lexicons and "emoji.tsv" (symbols for every language) from
    // lexiconDir: term<TAB>weight<TAB>flags, '#' comments. A missing or broken file leaves
    // the others working; loadError() says why.
    explicit SentimentAnalyzer(const QString &lexiconDir = defaultLexiconDir());

    // The lexicons compiled into the server.
    static QString defaultLexiconDir();
    // "negative", "neutral", "positive".
    static QString polarityName(Polarity polarity);

    // language is ISO 639-1; one without a lexicon is read with whichever lexicon recognises
    // most of the text's words.
    SentimentResult analyze(const QString &text, const QString &language) const;

    bool isLoaded() const { return m_loadError.isEmpty(); }
    QString loadError() const { return m_loadError; }
    QStringList languages() const { return m_lexicons.keys(); }

private:
    enum Flag : quint8
    {
        Negator = 0x01,
        Intensifier = 0x02, // weight is the multiplier (> 1)
        Downtoner = 0x04,   // weight is the multiplier (< 1)
        Contrast = 0x08,
        Thanks = 0x10,
        Anger = 0x20,
        Urgent = 0x40,
        PostNegator = 0x80, // with nothing to negate ahead, negates the word before it
    };

    struct Entry
    {
        double weight = 0.0;
        quint8 flags = 0;
    };

    struct Lexicon
    {
        QHash<QString, Entry> terms; // folded words joined by one space
        int longestTerm = 1;         // in words
    };

    struct Symbol
    {
        QString text; // folded emoji or emoticon
        Entry entry;
    };

    bool loadFile(const QString &path, bool symbols, const QString &language, QString *error);
    const Lexicon *lexiconFor(const QString &language, const QStringList &words) const;

    QHash<QString, Lexicon> m_lexicons; // by ISO 639-1 code
    QList<Symbol> m_symbols;
    QString m_symbolStarts; // first character of every symbol, to skip plain text quickly
    QString m_loadError;
};

} // namespace sportello::nlu
