// SPDX-License-Identifier: LicenseRef-Sportello
// Lexicon-based sentiment, anger and urgency of a customer's turn in it, en, es, fr, de.
#include "nlu/sentiment/sentimentanalyzer.h"

#include <algorithm>
#include <cmath>

#include <QDir>
#include <QRegularExpression>
#include <QVarLengthArray>

#include "nlu/language/languagecodes.h"
#include "nlu/nlulog.h"
#include "nlu/text/textnormalizer.h"
#include "runtime/commentedlines.h"

namespace sportello::nlu {

namespace {

// A negator reaches this many words ahead ("non sono molto soddisfatto").
constexpr int kNegationScope = 3;
// An intensifier reaches this many words ahead ("molto poco gentile" stays within reach).
constexpr int kIntensifierReach = 2;
// "Not happy" is clearly negative; "not bad" is only mildly positive.
constexpr double kNegatedPositive = -0.8;
constexpr double kNegatedNegative = -0.3;
// What came before "but" counts half: "grazie, ma è la terza volta..." is a complaint.
constexpr double kBeforeContrast = 0.5;
// The same emoji three times is emphasis, not three opinions.
constexpr int kMaxSymbolRepeats = 3;
constexpr double kShoutingBoost = 1.3;
constexpr double kEmphasisBoost = 1.2;
// Sum of cue weights at which the score reaches tanh(1) = 0.76.
constexpr double kScoreScale = 3.0;
constexpr double kPolarityThreshold = 0.2;
constexpr double kAngryThreshold = -0.5;

// Acronyms customers write in capitals without raising their voice.
bool isAcronym(const QString &word)
{
    static const QStringList acronyms = {
        QStringLiteral("IVA"),  QStringLiteral("PDF"),  QStringLiteral("SMS"),
        QStringLiteral("USA"),  QStringLiteral("IBAN"), QStringLiteral("CAP"),
        QStringLiteral("SPA"),  QStringLiteral("ASAP"), QStringLiteral("SOS"),
        QStringLiteral("TV"),   QStringLiteral("WIFI"), QStringLiteral("GPS"),
        QStringLiteral("CV"),   QStringLiteral("NIE"),  QStringLiteral("DNI"),
        QStringLiteral("TVA"),  QStringLiteral("RDV"),  QStringLiteral("SVP"),
        QStringLiteral("OK"),   QStringLiteral("OKAY"), QStringLiteral("MWST"),
        QStringLiteral("GMBH"), QStringLiteral("SRL"),  QStringLiteral("CEO"),
    };
    return acronyms.contains(word);
}

// Words of three letters or more written entirely in capitals, as written.
QStringList shoutedWords(const QString &text)
{
    QStringList shouted;
    int longWords = 0;
    for (const QString &word : TextNormalizer::words(text)) {
        int letters = 0;
        bool upper = true;
        for (const QChar c : word) {
            if (!c.isLetter())
                continue;
            ++letters;
            upper = upper && c.isUpper();
        }
        if (letters < 3)
            continue;
        ++longWords;
        if (upper && !isAcronym(word))
            shouted.append(word);
    }
    // One capitalised word in a sentence is emphasis or a name; most of the message in
    // capitals is shouting ("GRAZIE", "VERGOGNA" alone count: the whole message is shouted).
    if (shouted.isEmpty() || shouted.size() * 2 < longWords)
        return {};
    if (shouted.size() == 1 && shouted.first().size() < 4)
        return {};
    return shouted;
}

QString emphasisCue(const QString &text)
{
    static const QRegularExpression runs(QStringLiteral("!{2,}|\\?!|!\\?|\u203C"));
    const auto match = runs.match(text);
    return match.hasMatch() ? match.captured(0) : QString();
}

} // namespace

SentimentAnalyzer::SentimentAnalyzer(const QString &lexiconDir)
{
    const QDir dir(lexiconDir);
    const QStringList files = dir.entryList({QStringLiteral("*.tsv")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        m_loadError = QStringLiteral("no sentiment lexicons (*.tsv) in %1").arg(lexiconDir);
        qCWarning(lcNlu) << "sentiment without lexicons:" << m_loadError;
        return;
    }
    for (const QString &file : files) {
        const QString base = file.chopped(4);
        const bool symbols = base == u"emoji";
        const QString language = symbols ? QString() : LanguageCodes::normalize(base);
        QString error;
        if (!symbols && language.isEmpty())
            error = QStringLiteral("%1: the file name is not a language code").arg(file);
        else if (loadFile(dir.filePath(file), symbols, language, &error))
            continue;
        // One broken lexicon must not cost the others: keep going, remember the reason.
        m_loadError = error;
        qCWarning(lcNlu) << "sentiment lexicon skipped:" << error;
    }
    qCInfo(lcNlu) << "sentiment lexicons loaded:" << m_lexicons.keys() << m_symbols.size()
                  << "symbols";
}

bool SentimentAnalyzer::loadFile(const QString &path, bool symbols, const QString &language,
                                 QString *error)
{
    const auto lines = runtime::CommentedLines::read(path, error);
    if (!lines)
        return false;
    Lexicon lexicon = m_lexicons.value(language);
    QList<Symbol> newSymbols;
    for (const auto &[lineNumber, line] : *lines) {
        const QStringList fields = line.split(u'\t');
        bool ok = fields.size() >= 2 && fields.size() <= 3;
        Entry entry;
        entry.weight = fields.value(1).trimmed().toDouble(&ok);
        const QStringList flagNames = fields.value(2).split(u',', Qt::SkipEmptyParts);
        for (const QString &raw : flagNames) {
            const QString flag = raw.trimmed();
            if (flag == u"neg")
                entry.flags |= Negator;
            else if (flag == u"int")
                entry.flags |= Intensifier;
            else if (flag == u"dim")
                entry.flags |= Downtoner;
            else if (flag == u"but")
                entry.flags |= Contrast;
            else if (flag == u"thanks")
                entry.flags |= Thanks;
            else if (flag == u"anger")
                entry.flags |= Anger;
            else if (flag == u"urgent")
                entry.flags |= Urgent;
            else if (flag == u"post")
                entry.flags |= PostNegator;
            else
                ok = false;
        }
        const QString folded = TextNormalizer::fold(fields.at(0)).trimmed();
        const QStringList words = TextNormalizer::words(folded);
        if (!ok || folded.isEmpty() || (!symbols && words.isEmpty())) {
            *error = QStringLiteral("%1:%2: expected \"term<TAB>weight<TAB>flags\" with flags "
                                    "among neg, post, int, dim, but, thanks, anger, urgent")
                         .arg(path)
                         .arg(lineNumber);
            return false;
        }
        if (symbols) {
            newSymbols.append({folded, entry});
        } else {
            lexicon.terms.insert(words.join(u' '), entry);
            lexicon.longestTerm = std::max(lexicon.longestTerm, int(words.size()));
        }
    }
    if (symbols) {
        m_symbols += newSymbols;
        for (const Symbol &symbol : std::as_const(newSymbols)) {
            if (!m_symbolStarts.contains(symbol.text.front()))
                m_symbolStarts.append(symbol.text.front());
        }
    } else
        m_lexicons.insert(language, lexicon);
    return true;
}

QString SentimentAnalyzer::defaultLexiconDir()
{
    return QStringLiteral(":/sportello/server/nlu/sentiment");
}

QString SentimentAnalyzer::polarityName(Polarity polarity)
{
    switch (polarity) {
    case Polarity::Negative:
        return QStringLiteral("negative");
    case Polarity::Positive:
        return QStringLiteral("positive");
    case Polarity::Neutral:
        break;
    }
    return QStringLiteral("neutral");
}

const SentimentAnalyzer::Lexicon *SentimentAnalyzer::lexiconFor(const QString &language,
                                                                const QStringList &words) const
{
    const auto exact = m_lexicons.constFind(LanguageCodes::normalize(language));
    if (exact != m_lexicons.constEnd())
        return &*exact;
    const Lexicon *best = nullptr;
    int bestHits = 0;
    for (auto it = m_lexicons.constBegin(); it != m_lexicons.constEnd(); ++it) {
        int hits = 0;
        for (const QString &word : words)
            hits += it->terms.contains(word) ? 1 : 0;
        if (hits > bestHits) {
            best = &*it;
            bestHits = hits;
        }
    }
    return best;
}

SentimentResult SentimentAnalyzer::analyze(const QString &text, const QString &language) const
{
    SentimentResult result;
    const QString folded = TextNormalizer::fold(text);
    const Lexicon *lexicon = lexiconFor(language, TextNormalizer::words(folded));

    double sum = 0.0;
    // Pain or a lost passport is distress, not anger at the business: kept apart so that only
    // the rest of the negativity can make a customer "angry".
    double distress = 0.0;
    int angerCues = 0;
    int urgentCues = 0;
    auto addCue = [&result](const QString &cue) {
        if (!result.cues.contains(cue))
            result.cues.append(cue);
    };

    struct Contribution
    {
        qsizetype endToken = 0;
        double value = 0.0;
        quint8 flags = 0;
        QString cue;
        bool negated = false;
    };
    auto applyTerm = [&](Contribution &term, double sign) {
        sum += sign * term.value;
        if (term.flags & Urgent)
            distress += sign * term.value;
        if (!term.negated) {
            angerCues += (term.flags & Anger) ? int(sign) : 0;
            urgentCues += (term.flags & Urgent) ? int(sign) : 0;
        }
    };
    auto negate = [](double value) {
        return value > 0 ? kNegatedPositive * value : kNegatedNegative * value;
    };

    // Negation and intensity stop at punctuation: "no, grazie" is not a negated thanks.
    static const QRegularExpression clauseBreak(QStringLiteral("[.,;:!?()\\n\u00BF\u00A1]+"));
    if (lexicon) {
        for (const QString &clause : folded.split(clauseBreak, Qt::SkipEmptyParts)) {
            const QStringList words = TextNormalizer::words(clause);
            QList<Contribution> terms;
            int negationLeft = 0;
            QString negator;
            qsizetype negatorToken = -1;
            bool negatorLooksBack = false;
            double multiplier = 1.0;
            int multiplierLeft = 0;
            qsizetype i = 0;
            while (i < words.size()) {
                // Longest term first: "non male" must win over "non" then "male".
                const Entry *entry = nullptr;
                QString term;
                qsizetype length = 0;
                QString candidate;
                const qsizetype longest =
                    std::min<qsizetype>(lexicon->longestTerm, words.size() - i);
                for (qsizetype n = 1; n <= longest; ++n) {
                    if (n > 1)
                        candidate.append(u' ');
                    candidate.append(words.at(i + n - 1));
                    const auto found = lexicon->terms.constFind(candidate);
                    if (found != lexicon->terms.constEnd()) {
                        entry = &*found;
                        term = candidate;
                        length = n;
                    }
                }
                if (!entry) {
                    ++i;
                    negationLeft = std::max(0, negationLeft - 1);
                    if (--multiplierLeft <= 0)
                        multiplier = 1.0;
                    continue;
                }
                i += length;
                if (entry->flags & Negator) {
                    // "ne ... pas", "non ... mai": a second negator inside the scope extends
                    // it instead of cancelling it.
                    if (negationLeft == 0) {
                        negator = term;
                        negatorToken = i - length;
                        negatorLooksBack = entry->flags & PostNegator;
                    }
                    negationLeft = kNegationScope;
                    continue;
                }
                if (entry->flags & (Intensifier | Downtoner)) {
                    multiplier *= entry->weight;
                    multiplierLeft = kIntensifierReach;
                    continue;
                }
                if (entry->flags & Contrast) {
                    sum *= kBeforeContrast;
                    distress *= kBeforeContrast;
                    negationLeft = 0;
                    multiplier = 1.0;
                    continue;
                }
                Contribution contribution;
                contribution.endToken = i;
                contribution.flags = entry->flags;
                contribution.value = entry->weight * multiplier;
                contribution.cue = term;
                multiplier = 1.0;
                multiplierLeft = 0;
                // Thanks stay thanks: "no grazie" is a polite refusal.
                if (negationLeft > 0 && !(entry->flags & Thanks)) {
                    contribution.negated = true;
                    contribution.value = negate(contribution.value);
                    contribution.cue = negator + u' ' + term;
                    negationLeft = 0;
                    negator.clear();
                    negatorToken = -1;
                }
                applyTerm(contribution, 1.0);
                terms.append(contribution);
            }
            // Some negators that found nothing ahead negate the word just before them: German
            // puts "nicht" last ("das gefällt mir nicht"), spoken French drops "ne" ("j'aime
            // pas"). "Without" or "non" never look back.
            if (negationLeft > 0 && negatorLooksBack && negatorToken >= 0 && !terms.isEmpty()) {
                Contribution &last = terms.last();
                if (!last.negated && !(last.flags & Thanks) && negatorToken - last.endToken <= 1) {
                    applyTerm(last, -1.0);
                    last.negated = true;
                    last.value = negate(last.value);
                    last.cue = last.cue + u' ' + negator;
                    applyTerm(last, 1.0);
                }
            }
            for (const Contribution &term : std::as_const(terms)) {
                if (term.value != 0.0 || (term.flags & (Urgent | Anger)))
                    addCue(term.cue);
            }
        }
    }

    // Emoji and emoticons: one pass, trying the symbols only where one could start.
    QVarLengthArray<int, 16> symbolCounts(m_symbols.size(), 0);
    for (qsizetype at = 0; at < folded.size(); ++at) {
        if (!m_symbolStarts.contains(folded.at(at)))
            continue;
        const QStringView rest = QStringView(folded).mid(at);
        for (qsizetype s = 0; s < m_symbols.size(); ++s) {
            if (rest.startsWith(m_symbols.at(s).text)) {
                ++symbolCounts[s];
                at += m_symbols.at(s).text.size() - 1;
                break;
            }
        }
    }
    for (qsizetype s = 0; s < m_symbols.size(); ++s) {
        const int count = std::min(symbolCounts[s], kMaxSymbolRepeats);
        if (count == 0)
            continue;
        const Symbol &symbol = m_symbols.at(s);
        const double value = symbol.entry.weight * (1.0 + 0.5 * (count - 1));
        sum += value;
        if (symbol.entry.flags & Urgent) {
            distress += value;
            ++urgentCues;
        }
        if (symbol.entry.flags & Anger)
            ++angerCues;
        addCue(symbol.text);
    }

    // Shouting and "!!!" make whatever was said stronger; with negativity they are anger.
    const QStringList shouted = shoutedWords(text);
    if (!shouted.isEmpty()) {
        sum *= kShoutingBoost;
        distress *= kShoutingBoost;
        if (sum < 0.0) {
            ++angerCues;
            for (const QString &word : shouted)
                addCue(word);
        }
    }
    const QString emphasis = emphasisCue(text);
    if (!emphasis.isEmpty()) {
        sum *= kEmphasisBoost;
        distress *= kEmphasisBoost;
        if (sum < 0.0 && (emphasis.size() >= 3 || emphasis == u"\u203C")) {
            ++angerCues;
            addCue(emphasis);
        }
    }

    result.score = std::tanh(sum / kScoreScale);
    result.polarity = result.score <= -kPolarityThreshold  ? Polarity::Negative
                      : result.score >= kPolarityThreshold ? Polarity::Positive
                                                           : Polarity::Neutral;
    result.angry = angerCues > 0 && std::tanh((sum - distress) / kScoreScale) <= kAngryThreshold;
    result.urgent = urgentCues > 0;
    return result;
}

} // namespace sportello::nlu
