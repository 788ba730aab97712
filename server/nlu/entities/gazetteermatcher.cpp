// SPDX-License-Identifier: LicenseRef-Sportello
// Finds the business's services and staff in a message, longest name first.
#include "nlu/entities/gazetteermatcher.h"

#include <algorithm>

#include <QSet>

#include "nlu/entities/foldedtext.h"
#include "nlu/text/textnormalizer.h"

namespace sportello::nlu {

namespace {

// Function words that customers add or drop freely inside names, in the five languages.
const QSet<QString> &stopWords()
{
    static const QSet<QString> words{
        QStringLiteral("di"),    QStringLiteral("del"), QStringLiteral("dello"),
        QStringLiteral("della"), QStringLiteral("dei"), QStringLiteral("degli"),
        QStringLiteral("delle"), QStringLiteral("il"),  QStringLiteral("lo"),
        QStringLiteral("la"),    QStringLiteral("i"),   QStringLiteral("gli"),
        QStringLiteral("le"),    QStringLiteral("l"),   QStringLiteral("d"),
        QStringLiteral("un"),    QStringLiteral("una"), QStringLiteral("uno"),
        QStringLiteral("the"),   QStringLiteral("of"),  QStringLiteral("a"),
        QStringLiteral("an"),    QStringLiteral("de"),  QStringLiteral("el"),
        QStringLiteral("los"),   QStringLiteral("las"), QStringLiteral("du"),
        QStringLiteral("des"),   QStringLiteral("les"), QStringLiteral("der"),
        QStringLiteral("die"),   QStringLiteral("das"), QStringLiteral("dem"),
        QStringLiteral("den"),   QStringLiteral("von"),
    };
    return words;
}

// Honorifics and titles, folded and split like TextNormalizer splits them ("dott.ssa" is
// "dott" + "ssa"). Any run of them in front of a staff surname belongs to the name.
const QSet<QString> &titleWords()
{
    static const QSet<QString> words{
        QStringLiteral("dr"),        QStringLiteral("dott"),       QStringLiteral("dottor"),
        QStringLiteral("dottore"),   QStringLiteral("dottoressa"), QStringLiteral("ssa"),
        QStringLiteral("dssa"),      QStringLiteral("doctor"),     QStringLiteral("doc"),
        QStringLiteral("dra"),       QStringLiteral("doctora"),    QStringLiteral("prof"),
        QStringLiteral("professor"), QStringLiteral("professore"), QStringLiteral("professoressa"),
        QStringLiteral("sig"),       QStringLiteral("signor"),     QStringLiteral("signore"),
        QStringLiteral("signora"),   QStringLiteral("ra"),         QStringLiteral("mr"),
        QStringLiteral("mrs"),       QStringLiteral("ms"),         QStringLiteral("miss"),
        QStringLiteral("sr"),        QStringLiteral("sra"),        QStringLiteral("senor"),
        QStringLiteral("senora"),    QStringLiteral("m"),          QStringLiteral("mme"),
        QStringLiteral("monsieur"),  QStringLiteral("madame"),     QStringLiteral("herr"),
        QStringLiteral("frau"),      QStringLiteral("avv"),        QStringLiteral("avvocato"),
        QStringLiteral("ing"),       QStringLiteral("arch"),       QStringLiteral("geom"),
        QStringLiteral("rag"),
    };
    return words;
}

bool isVowel(QChar c)
{
    return c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u' || c == u'y';
}

// Plural and gender endings differ between how the business and the customer write a name;
// comparing on this light stem absorbs them without a language-specific stemmer.
QString stemKey(const QString &word)
{
    if (word.size() < 4 || word.at(0).isDigit()) {
        return word;
    }
    QString key = word;
    if (key.size() > 4 && key.endsWith(QLatin1String("es"))) {
        key.chop(2);
    } else if (key.endsWith(u's')) {
        key.chop(1);
    }
    if (key.size() >= 4 && isVowel(key.back())) {
        key.chop(1);
    }
    return key;
}

struct Token
{
    qsizetype start = 0; // folded offsets
    qsizetype end = 0;
    QString word;
};

QList<Token> tokenize(const QString &folded)
{
    QList<Token> tokens;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        const bool wordChar = i < folded.size() && folded.at(i).isLetterOrNumber();
        if (wordChar && start < 0) {
            start = i;
        } else if (!wordChar && start >= 0) {
            tokens.append(Token{start, i, folded.mid(start, i - start)});
            start = -1;
        }
    }
    return tokens;
}

// Words of one name may be separated by spaces and light punctuation ("Dott.ssa", "Jean-Paul",
// "Dr. Rossi"), never by a sentence break: a full stop and a space after a word that is not an
// abbreviation end the name ("pulizia. Denti").
bool isNameGap(const QString &folded, qsizetype from, qsizetype to, const QString &previousWord)
{
    if (to - from > 4) {
        return false;
    }
    for (qsizetype i = from; i < to; ++i) {
        const QChar c = folded.at(i);
        if (c == u'\n' || c == u'\r') {
            return false;
        }
        if (!(c.isSpace() || c == u'.' || c == u'-' || c == u'\'' || c == u'/' || c == u'&')) {
            return false;
        }
        if (c == u'.' && i + 1 < to && folded.at(i + 1).isSpace() && previousWord.size() > 3 &&
            !titleWords().contains(previousWord)) {
            return false;
        }
    }
    return true;
}

} // namespace

GazetteerMatcher::GazetteerMatcher(const Gazetteer &gazetteer)
    : m_entries(gazetteer.entries())
{
    for (int i = 0; i < m_entries.size(); ++i) {
        const GazetteerEntry &entry = m_entries.at(i);
        const bool staff = entry.type == EntityType::Staff;
        addPhrase(entry.canonical, i, staff);
        for (const QString &alias : entry.aliases) {
            addPhrase(alias, i, staff);
        }
    }
    for (QList<Phrase> &phrases : m_byFirstKey) {
        std::stable_sort(phrases.begin(), phrases.end(), [](const Phrase &a, const Phrase &b) {
            return a.keys.size() > b.keys.size();
        });
    }
}

void GazetteerMatcher::addPhrase(const QString &name, int entry, bool stripTitle)
{
    const QStringList words = TextNormalizer::foldedWords(name);
    QStringList keys;
    for (const QString &word : words) {
        if (!stopWords().contains(word)) {
            keys.append(stemKey(word));
        }
    }
    if (keys.isEmpty()) {
        for (const QString &word : words) {
            keys.append(stemKey(word));
        }
    }
    if (keys.isEmpty()) {
        return;
    }
    const auto add = [this, entry](const QStringList &phraseKeys, bool needsCapital, bool isCore) {
        QList<Phrase> &bucket = m_byFirstKey[phraseKeys.first()];
        for (const Phrase &existing : bucket) {
            if (existing.keys == phraseKeys) {
                return; // first entry wins a shared spelling
            }
        }
        bucket.append(Phrase{phraseKeys, entry, needsCapital, isCore});
    };
    add(keys, false, false);
    if (!stripTitle) {
        return;
    }
    qsizetype titles = 0;
    while (titles < words.size() && titleWords().contains(words.at(titles))) {
        ++titles;
    }
    QStringList core;
    for (qsizetype i = titles; i < words.size(); ++i) {
        if (!stopWords().contains(words.at(i))) {
            core.append(stemKey(words.at(i)));
        }
    }
    if (core.isEmpty()) {
        return;
    }
    if (core.size() > 1 || titles > 0) {
        add(core, core.size() == 1, true);
    }
    if (core.size() > 1) {
        add(QStringList{core.last()}, true, true); // surname alone
    }
}

QList<Entity> GazetteerMatcher::match(const FoldedText &text) const
{
    QList<Entity> found;
    if (m_byFirstKey.isEmpty()) {
        return found;
    }
    const QString &folded = text.folded();
    const QList<Token> all = tokenize(folded);
    QList<qsizetype> content; // indexes into `all` of the words that are not stop words
    QStringList keys;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (!stopWords().contains(all.at(i).word)) {
            content.append(i);
            keys.append(stemKey(all.at(i).word));
        }
    }
    qsizetype c = 0;
    while (c < content.size()) {
        const auto bucket = m_byFirstKey.constFind(keys.at(c));
        bool matched = false;
        if (bucket != m_byFirstKey.cend()) {
            for (const Phrase &phrase : *bucket) {
                const qsizetype n = phrase.keys.size();
                if (c + n > content.size()) {
                    continue;
                }
                bool ok = true;
                for (qsizetype k = 1; k < n && ok; ++k) {
                    ok = keys.at(c + k) == phrase.keys.at(k);
                    // Stop words may sit between two name words, but nothing else may.
                    for (qsizetype t = content.at(c + k - 1); ok && t < content.at(c + k); ++t) {
                        ok = isNameGap(folded, all.at(t).end, all.at(t + 1).start, all.at(t).word);
                    }
                }
                if (!ok) {
                    continue;
                }
                const Token &first = all.at(content.at(c));
                const Token &last = all.at(content.at(c + n - 1));
                if (phrase.needsCapital) {
                    const qsizetype pos = text.originalStart(first.start);
                    if (pos >= text.original().size() || !text.original().at(pos).isUpper()) {
                        continue;
                    }
                }
                qsizetype startToken = content.at(c);
                if (phrase.isCore) {
                    while (startToken > 0 && titleWords().contains(all.at(startToken - 1).word) &&
                           isNameGap(folded, all.at(startToken - 1).end, all.at(startToken).start,
                                     all.at(startToken - 1).word)) {
                        --startToken;
                    }
                }
                qsizetype foldedStart = all.at(startToken).start;
                qsizetype foldedEnd = last.end;
                // "Dott.ssa" keeps its dot when the abbreviation is the last word before a space.
                if (foldedEnd < folded.size() && folded.at(foldedEnd) == u'.' &&
                    titleWords().contains(last.word)) {
                    ++foldedEnd;
                }
                const GazetteerEntry &entry = m_entries.at(phrase.entry);
                Entity entity;
                entity.type = entry.type;
                entity.start = text.originalStart(foldedStart);
                entity.length = text.originalEnd(foldedEnd) - entity.start;
                entity.text = text.original().mid(entity.start, entity.length);
                entity.value = entry.canonical;
                entity.canonical = entry.canonical;
                found.append(entity);
                c += n;
                matched = true;
                break;
            }
        }
        if (!matched) {
            ++c;
        }
    }
    return found;
}

} // namespace sportello::nlu
