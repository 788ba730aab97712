// SPDX-License-Identifier: LicenseRef-Sportello
// Language-aware normalisation of knowledge-base text and queries for lexical retrieval.
#include "knowledge/text/knowledgeanalyzer.h"

#include <libstemmer.h>

#include <QFile>

#include "knowledge/knowledgelog.h"
#include "nlu/text/textnormalizer.h"

namespace sportello::knowledge {

namespace {

const QStringList kStopWordLanguages = {QStringLiteral("it"), QStringLiteral("en"),
                                        QStringLiteral("es"), QStringLiteral("fr"),
                                        QStringLiteral("de")};

QSet<QString> loadStopWords(const QString &language)
{
    QSet<QString> words;
    if (!kStopWordLanguages.contains(language))
        return words;
    QFile file(QStringLiteral(":/sportello/server/knowledge/stopwords/%1.txt").arg(language));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcKnowledge, "stop words for %s missing from the resources: %s",
                  qUtf8Printable(language), qUtf8Printable(file.errorString()));
        return words;
    }
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (!line.isEmpty() && !line.startsWith(u'#'))
            words.insert(nlu::TextNormalizer::fold(line));
    }
    return words;
}

enum class Elision
{
    // English, German: the apostrophe ends the word ("john's", "don't", "geht's").
    Suffix,
    // Romance languages: a short article or preposition is elided before it ("l'igiene",
    // "dell'acqua", "qu'il"); longer first parts are one word ("aujourd'hui").
    Prefix,
    // Unknown language: keep every part.
    Split,
};

Elision elisionOf(const QString &language)
{
    if (language == u"en" || language == u"de" || language == u"nl")
        return Elision::Suffix;
    if (language == u"it" || language == u"fr" || language == u"es" || language == u"pt" ||
        language == u"ca")
        return Elision::Prefix;
    return Elision::Split;
}

// The longest elided form worth dropping: "quell'", "nessun'" are 5 and 6 letters.
constexpr qsizetype kLongestElidedPrefix = 6;
// "'s", "'t", "'ll", "'re": what English and German put after an apostrophe.
constexpr qsizetype kLongestSuffix = 2;

bool isWordChar(char32_t c)
{
    return QChar::isLetterOrNumber(c);
}

} // namespace

KnowledgeAnalyzer::KnowledgeAnalyzer(const QString &language)
    : m_language(language.trimmed().toLower())
    , m_stopWords(loadStopWords(m_language))
{
    if (!m_language.isEmpty())
        m_stemmer = sb_stemmer_new(m_language.toUtf8().constData(), "UTF_8");
    if (!m_language.isEmpty() && !m_stemmer)
        qCDebug(lcKnowledge, "no stemmer for language \"%s\": folding only",
                qUtf8Printable(m_language));
}

KnowledgeAnalyzer::~KnowledgeAnalyzer()
{
    if (m_stemmer)
        sb_stemmer_delete(m_stemmer);
}

QStringList KnowledgeAnalyzer::stopWordLanguages()
{
    return kStopWordLanguages;
}

QString KnowledgeAnalyzer::stem(const QString &folded) const
{
    if (!m_stemmer)
        return folded;
    const QByteArray utf8 = folded.toUtf8();
    const std::lock_guard lock(m_stemMutex);
    const sb_symbol *stemmed = sb_stemmer_stem(
        m_stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
    if (!stemmed) // out of memory: the word is still a usable term
        return folded;
    return QString::fromUtf8(reinterpret_cast<const char *>(stemmed), sb_stemmer_length(m_stemmer));
}

QStringList KnowledgeAnalyzer::tokens(const QString &folded) const
{
    const Elision elision = elisionOf(m_language);
    const QList<uint> text = folded.toUcs4();
    QStringList result;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        // One word: runs of letters and digits joined by single apostrophes.
        QStringList parts;
        qsizetype start = i;
        while (true) {
            while (i < n && isWordChar(text.at(i)))
                ++i;
            parts.append(QString::fromUcs4(
                reinterpret_cast<const char32_t *>(text.constData()) + start, i - start));
            if (i + 1 < n && text.at(i) == U'\'' && isWordChar(text.at(i + 1))) {
                start = ++i;
                continue;
            }
            break;
        }
        if (parts.size() == 1) {
            result.append(parts.constFirst());
            continue;
        }
        switch (elision) {
        case Elision::Suffix:
            if (parts.constLast().size() <= kLongestSuffix)
                parts.removeLast();
            result.append(parts.join(QString()));
            break;
        case Elision::Prefix:
            while (parts.size() > 1 && parts.constFirst().size() <= kLongestElidedPrefix)
                parts.removeFirst();
            result.append(parts.join(QString()));
            break;
        case Elision::Split:
            result.append(parts);
            break;
        }
    }
    return result;
}

AnalyzedText KnowledgeAnalyzer::analyze(const QString &text) const
{
    AnalyzedText result;
    for (const QString &word : tokens(nlu::TextNormalizer::fold(text))) {
        // Single letters are elided articles, initials and list markers; digits stay ("5").
        if (word.size() == 1 && !word.at(0).isDigit())
            continue;
        if (m_stopWords.contains(word))
            continue;
        result.words.append(word);
        result.terms.append(stem(word));
    }
    return result;
}

} // namespace sportello::knowledge
