// SPDX-License-Identifier: LicenseRef-Sportello
// Which of the business's languages a WhatsApp turn is written in.
#include "nlu/language/languagedetector.h"

#include <algorithm>
#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>
#include <cmath>
#include <cstdio>
#include <iterator>

#include <QDir>
#include <QVarLengthArray>

#include "nlu/language/languagecodes.h"
#include "nlu/nlulog.h"
#include "nlu/text/textnormalizer.h"
#include "runtime/commentedlines.h"

namespace sportello::nlu {

namespace {

// Priors are worth less than one unmistakable word (weight 3 in the lexicons) and more than
// a shared or function word, so "merci" in an Italian conversation is French while "ok",
// "si" or "vale" keep the conversation's language.
constexpr double kConversationPrior = 1.4;
constexpr double kContactPrior = 0.9;
constexpr double kPhonePrior = 0.5;
// Only breaks exact ties (e.g. "si" between Italian and Spanish with nothing else known).
constexpr double kDefaultPrior = 0.05;
// One accented letter only some languages use ("ì", "ñ", "ß", "ç") is decent evidence,
// counted once per letter so an accent-heavy word does not swamp the words themselves.
constexpr double kLetterWeight = 1.0;
// CLD2's confidence grows with the letters it saw: on one word it is a coin toss weighted by
// its own unigram statistics, on a sentence it is usually right.
constexpr double kCld2BytesPerUnit = 12.0;
constexpr double kCld2MinWeight = 0.4;
constexpr double kCld2MaxWeight = 4.0;
// Lead of the text evidence over the runner-up at which the text alone is called reliable.
constexpr double kReliableMargin = 2.0;

struct LetterHint
{
    char16_t letter;
    const char16_t *languages; // space separated
};

constexpr LetterHint kLetterHints[] = {
    {u'ì', u"it"},       {u'ò', u"it"}, {u'ù', u"it fr"}, {u'à', u"it fr"}, {u'è', u"it fr"},
    {u'é', u"fr es it"}, {u'ñ', u"es"}, {u'¿', u"es"},    {u'¡', u"es"},    {u'á', u"es"},
    {u'í', u"es"},       {u'ó', u"es"}, {u'ú', u"es"},    {u'ä', u"de"},    {u'ö', u"de"},
    {u'ü', u"de"},       {u'ß', u"de"}, {u'ç', u"fr"},    {u'â', u"fr"},    {u'ê', u"fr"},
    {u'î', u"fr"},       {u'ô', u"fr"}, {u'û', u"fr"},    {u'ë', u"fr"},    {u'ï', u"fr"},
    {u'œ', u"fr"},
};

using Scores = QVarLengthArray<double, 8>;

QStringList normalizedAllowed(const QStringList &allowed)
{
    QStringList result;
    for (const QString &code : allowed) {
        const QString normalized = LanguageCodes::normalize(code);
        if (!normalized.isEmpty() && !result.contains(normalized))
            result.append(normalized);
    }
    return result.isEmpty() ? LanguageDetector::defaultLanguages() : result;
}

void addShared(Scores &scores, const QList<qsizetype> &claimants, double weight)
{
    if (claimants.isEmpty())
        return;
    const double share = weight / double(claimants.size());
    for (const qsizetype index : claimants)
        scores[index] += share;
}

void addLetterEvidence(const QString &text, const QStringList &allowed, Scores &scores)
{
    // One pass over the non-ASCII letters; composed first so "e" + combining grave counts.
    quint32 seen = 0;
    static_assert(std::size(kLetterHints) <= 32);
    for (const QChar c : text.normalized(QString::NormalizationForm_C)) {
        if (c.unicode() < 0x80)
            continue;
        const char16_t lower = c.toLower().unicode();
        for (size_t i = 0; i < std::size(kLetterHints); ++i) {
            if (kLetterHints[i].letter == lower)
                seen |= 1u << i;
        }
    }
    for (size_t i = 0; seen != 0 && i < std::size(kLetterHints); ++i) {
        if (!(seen & (1u << i)))
            continue;
        QList<qsizetype> claimants;
        for (const QString &code : QString::fromUtf16(kLetterHints[i].languages).split(u' ')) {
            if (const qsizetype index = allowed.indexOf(code); index >= 0)
                claimants.append(index);
        }
        addShared(scores, claimants, kLetterWeight);
    }
}

void addCld2Evidence(const QString &text, const QStringList &allowed, Scores &scores)
{
    const QByteArray utf8 = text.toUtf8();
    CLD2::Language languages[3] = {CLD2::UNKNOWN_LANGUAGE, CLD2::UNKNOWN_LANGUAGE,
                                   CLD2::UNKNOWN_LANGUAGE};
    int percents[3] = {0, 0, 0};
    double normalizedScores[3] = {0.0, 0.0, 0.0};
    int textBytes = 0;
    bool reliable = false;
    int validPrefixBytes = 0;
    const CLD2::CLDHints hints{nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
    // Best effort: without it CLD2 answers "unknown" to most WhatsApp-sized texts, and a
    // weak answer weighted as such is more useful than none.
    CLD2::ExtDetectLanguageSummaryCheckUTF8(
        utf8.constData(), int(utf8.size()), true, &hints, CLD2::kCLDFlagBestEffort, languages,
        percents, normalizedScores, nullptr, &textBytes, &reliable, &validPrefixBytes);
    if (textBytes <= 0)
        return;
    const double weight =
        std::clamp(textBytes / kCld2BytesPerUnit, kCld2MinWeight, kCld2MaxWeight) *
        (reliable ? 1.0 : 0.5);
    for (int i = 0; i < 3; ++i) {
        if (languages[i] == CLD2::UNKNOWN_LANGUAGE || percents[i] <= 0)
            continue;
        const QString code = LanguageCodes::fromCld2(languages[i]);
        if (const qsizetype index = allowed.indexOf(code); index >= 0)
            scores[index] += weight * percents[i] / 100.0;
    }
}

qsizetype bestIndex(const Scores &scores, qsizetype *runnerUp = nullptr)
{
    qsizetype best = 0;
    for (qsizetype i = 1; i < scores.size(); ++i) {
        if (scores[i] > scores[best])
            best = i;
    }
    if (runnerUp) {
        *runnerUp = -1;
        for (qsizetype i = 0; i < scores.size(); ++i) {
            if (i != best && (*runnerUp < 0 || scores[i] > scores[*runnerUp]))
                *runnerUp = i;
        }
    }
    return best;
}

} // namespace

LanguageDetector::LanguageDetector(const QString &lexiconDir)
{
    const QDir dir(lexiconDir);
    const QStringList files = dir.entryList({QStringLiteral("*.tsv")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        m_loadError = QStringLiteral("no language lexicons (*.tsv) in %1").arg(lexiconDir);
        qCWarning(lcNlu) << "language detection without lexicons:" << m_loadError;
        return;
    }
    for (const QString &file : files) {
        QString error;
        if (file == u"shared.tsv") {
            if (loadShared(dir.filePath(file), &error))
                continue;
            m_loadError = error;
            qCWarning(lcNlu) << "shared words skipped:" << error;
            continue;
        }
        const QString language = LanguageCodes::normalize(file.chopped(4));
        if (language.isEmpty())
            error = QStringLiteral("%1: the file name is not a language code").arg(file);
        else if (loadLexicon(dir.filePath(file), language, &error))
            continue;
        // One broken lexicon must not cost the others: keep going, remember the reason.
        m_loadError = error;
        qCWarning(lcNlu) << "language lexicon skipped:" << error;
    }
    qCInfo(lcNlu) << "language lexicons loaded:" << m_lexiconLanguages << m_terms.size() << "terms";
}

bool LanguageDetector::loadLexicon(const QString &path, const QString &language, QString *error)
{
    const auto lines = runtime::CommentedLines::read(path, error);
    if (!lines)
        return false;
    qsizetype index = m_lexiconLanguages.indexOf(language);
    if (index < 0) {
        index = m_lexiconLanguages.size();
        m_lexiconLanguages.append(language);
    }
    for (const auto &[lineNumber, line] : *lines) {
        const QStringList fields = line.split(u'\t');
        bool ok = false;
        const double weight = fields.value(1).trimmed().toDouble(&ok);
        const QStringList words = TextNormalizer::foldedWords(fields.at(0));
        if (fields.size() != 2 || !ok || weight <= 0.0 || words.isEmpty()) {
            *error = QStringLiteral("%1:%2: expected \"term<TAB>weight\" with a positive weight")
                         .arg(path)
                         .arg(lineNumber);
            return false;
        }
        QList<Claim> &claims = m_terms[words.join(u' ')];
        const auto existing = std::find_if(claims.begin(), claims.end(),
                                           [index](const Claim &c) { return c.language == index; });
        if (existing != claims.end())
            existing->weight = std::max(existing->weight, weight);
        else
            claims.append({index, weight});
        m_longestTerm = std::max(m_longestTerm, int(words.size()));
    }
    return true;
}

bool LanguageDetector::loadShared(const QString &path, QString *error)
{
    const auto lines = runtime::CommentedLines::read(path, error);
    if (!lines)
        return false;
    for (const auto &line : *lines) {
        for (const QString &word : TextNormalizer::foldedWords(line.text))
            m_shared.insert(word);
    }
    return true;
}

bool LanguageDetector::onlySharedWords(const QStringList &words) const
{
    return std::all_of(words.cbegin(), words.cend(), [this](const QString &word) {
        bool number = false;
        word.toLongLong(&number);
        return number || m_shared.contains(word);
    });
}

QString LanguageDetector::defaultLexiconDir()
{
    return QStringLiteral(":/sportello/server/nlu/language");
}

QStringList LanguageDetector::defaultLanguages()
{
    return {QStringLiteral("it"), QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr"),
            QStringLiteral("de")};
}

LanguageGuess LanguageDetector::detect(const QString &text, const LanguageContext &context) const
{
    const QStringList allowed = normalizedAllowed(context.allowed);
    Scores textScores(allowed.size(), 0.0);

    // Lexicon: every run of up to m_longestTerm words. A term several allowed languages list
    // ("no", "si", "con") is shared among them, so it narrows the choice without deciding it.
    QVarLengthArray<qsizetype, 8> lexiconToAllowed(m_lexiconLanguages.size());
    for (qsizetype i = 0; i < m_lexiconLanguages.size(); ++i)
        lexiconToAllowed[i] = allowed.indexOf(m_lexiconLanguages.at(i));
    const QStringList words = TextNormalizer::foldedWords(text);
    for (qsizetype start = 0; start < words.size(); ++start) {
        QString term;
        for (qsizetype length = 1; length <= m_longestTerm && start + length <= words.size();
             ++length) {
            if (length > 1)
                term.append(u' ');
            term.append(words.at(start + length - 1));
            const auto found = m_terms.constFind(term);
            if (found == m_terms.constEnd())
                continue;
            QList<qsizetype> claimants;
            double weight = 0.0;
            for (const Claim &claim : *found) {
                if (const qsizetype index = lexiconToAllowed[claim.language]; index >= 0) {
                    claimants.append(index);
                    weight = std::max(weight, claim.weight);
                }
            }
            addShared(textScores, claimants, weight);
        }
    }
    addLetterEvidence(text, allowed, textScores);
    // CLD2 calls any lone word it does not know English ("ok", "taxi", "vale"): a text made
    // only of words every language uses is not its business.
    if (!onlySharedWords(words))
        addCld2Evidence(text, allowed, textScores);

    // Priors, strongest first: each one only counts when it names an allowed language.
    const QString defaultLanguage =
        allowed.contains(LanguageCodes::normalize(context.defaultLanguage))
            ? LanguageCodes::normalize(context.defaultLanguage)
            : allowed.first();
    struct Prior
    {
        QString language;
        double weight;
        const char16_t *source;
    };
    const Prior priors[] = {
        {LanguageCodes::normalize(context.conversationLanguage), kConversationPrior,
         u"conversation"},
        {LanguageCodes::normalize(context.contactLanguage), kContactPrior, u"contact"},
        {LanguageCodes::normalize(context.phoneLanguage), kPhonePrior, u"phone"},
        {defaultLanguage, kDefaultPrior, u"default"},
    };
    Scores totals = textScores;
    for (const Prior &prior : priors) {
        if (const qsizetype index = allowed.indexOf(prior.language); index >= 0)
            totals[index] += prior.weight;
    }

    const qsizetype winner = bestIndex(totals);
    qsizetype textRunnerUp = -1;
    const qsizetype textWinner = bestIndex(textScores, &textRunnerUp);
    const bool textDecides = textScores[winner] > 0.0 && winner == textWinner &&
                             (textRunnerUp < 0 || textScores[winner] > textScores[textRunnerUp]);

    LanguageGuess guess;
    guess.language = allowed.at(winner);
    if (textDecides) {
        guess.source = QStringLiteral("text");
    } else {
        guess.source = QStringLiteral("default");
        for (const Prior &prior : priors) {
            if (prior.language == guess.language) {
                guess.source = QString::fromUtf16(prior.source);
                break;
            }
        }
    }
    // Softmax over the total evidence: one unmistakable word against four silent languages
    // gives about 0.8, a sentence close to 1, a bare prior about 0.5.
    double sum = 0.0;
    for (const double score : totals)
        sum += std::exp(score - totals[winner]);
    guess.confidence = 1.0 / sum;
    const double textMargin =
        textRunnerUp < 0 ? textScores[winner] : textScores[winner] - textScores[textRunnerUp];
    guess.reliable = textDecides && textMargin >= kReliableMargin;
    return guess;
}

} // namespace sportello::nlu
