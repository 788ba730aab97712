// SPDX-License-Identifier: LicenseRef-Sportello
// Language identification of WhatsApp-sized turns: text evidence, priors, restriction.
#include <gtest/gtest.h>

#include <QFile>
#include <QtConcurrent/QtConcurrent>
#include <QTemporaryDir>

#include "nlu/language/languagecodes.h"
#include "nlu/language/languagedetector.h"
#include "nlu/text/textnormalizer.h"

using sportello::nlu::LanguageCodes;
using sportello::nlu::LanguageContext;
using sportello::nlu::LanguageDetector;
using sportello::nlu::LanguageGuess;
using sportello::nlu::TextNormalizer;

namespace {

struct Labelled
{
    QString text;
    QString lang;
};

// The fixture is plain RFC 4180 with a text,lang header; quoted fields may hold commas.
QList<Labelled> readFixture(const QString &name = QStringLiteral("messages.csv"))
{
    QFile file(QStringLiteral(SPORTELLO_TEST_DATA_DIR "/nlu/language/") + name);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    QList<Labelled> rows;
    bool header = true;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).chopped(1);
        if (header) {
            header = false;
            continue;
        }
        const qsizetype comma = line.lastIndexOf(u',');
        QString text = line.left(comma);
        if (text.startsWith(u'"'))
            text =
                text.mid(1, text.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
        rows.append({text, line.mid(comma + 1)});
    }
    return rows;
}

bool isShort(const QString &text)
{
    return TextNormalizer::foldedWords(text).size() <= 3;
}

const LanguageDetector &detector()
{
    static const LanguageDetector instance;
    return instance;
}

LanguageGuess detect(const QString &text, const QString &conversation = {})
{
    LanguageContext context;
    context.conversationLanguage = conversation;
    return detector().detect(text, context);
}

} // namespace

TEST(LanguageDetector, LoadsTheCompiledLexicons)
{
    EXPECT_TRUE(detector().isLoaded()) << qPrintable(detector().loadError());
    for (const QString &code : LanguageDetector::defaultLanguages())
        EXPECT_TRUE(detector().lexiconLanguages().contains(code)) << qPrintable(code);
}

TEST(LanguageDetector, ShortThanksAndGreetingsFromTextAlone)
{
    const QList<QPair<QString, QString>> cases = {
        {QStringLiteral("grazie mille"), QStringLiteral("it")},
        {QStringLiteral("merci beaucoup"), QStringLiteral("fr")},
        {QStringLiteral("danke schön"), QStringLiteral("de")},
        {QStringLiteral("gracias!"), QStringLiteral("es")},
        {QStringLiteral("thank you"), QStringLiteral("en")},
        {QStringLiteral("perfetto"), QStringLiteral("it")},
        {QStringLiteral("genau"), QStringLiteral("de")},
        {QStringLiteral("oui"), QStringLiteral("fr")},
        {QStringLiteral("sì"), QStringLiteral("it")},
        {QStringLiteral("übermorgen um 10?"), QStringLiteral("de")},
    };
    for (const auto &[text, expected] : cases) {
        const LanguageGuess guess = detect(text);
        EXPECT_EQ(guess.language, expected) << qPrintable(text);
        EXPECT_EQ(guess.source, QStringLiteral("text")) << qPrintable(text);
        EXPECT_GT(guess.confidence, 0.5) << qPrintable(text);
    }
}

TEST(LanguageDetector, ClearTextWinsOverTheConversation)
{
    const LanguageGuess guess = detect(QStringLiteral("merci beaucoup"), QStringLiteral("it"));
    EXPECT_EQ(guess.language, QStringLiteral("fr"));
    EXPECT_EQ(guess.source, QStringLiteral("text"));
    EXPECT_TRUE(guess.reliable);
    const LanguageGuess sentence =
        detect(QStringLiteral("Hallo, ich möchte einen Termin für morgen Nachmittag"),
               QStringLiteral("en"));
    EXPECT_EQ(sentence.language, QStringLiteral("de"));
    EXPECT_TRUE(sentence.reliable);
}

TEST(LanguageDetector, WordsWithoutEvidenceKeepThePriorsInOrder)
{
    for (const QString &text : {QStringLiteral("ok"), QStringLiteral("👍"), QStringLiteral("Ok!!"),
                                QStringLiteral("10:30?"), QStringLiteral("taxi")}) {
        LanguageContext context;
        context.conversationLanguage = QStringLiteral("fr");
        context.contactLanguage = QStringLiteral("de");
        context.phoneLanguage = QStringLiteral("es");
        LanguageGuess guess = detector().detect(text, context);
        EXPECT_EQ(guess.language, QStringLiteral("fr")) << qPrintable(text);
        EXPECT_EQ(guess.source, QStringLiteral("conversation")) << qPrintable(text);
        EXPECT_FALSE(guess.reliable);

        context.conversationLanguage.clear();
        guess = detector().detect(text, context);
        EXPECT_EQ(guess.language, QStringLiteral("de")) << qPrintable(text);
        EXPECT_EQ(guess.source, QStringLiteral("contact")) << qPrintable(text);

        context.contactLanguage.clear();
        guess = detector().detect(text, context);
        EXPECT_EQ(guess.language, QStringLiteral("es")) << qPrintable(text);
        EXPECT_EQ(guess.source, QStringLiteral("phone")) << qPrintable(text);

        context.phoneLanguage.clear();
        context.defaultLanguage = QStringLiteral("en");
        guess = detector().detect(text, context);
        EXPECT_EQ(guess.language, QStringLiteral("en")) << qPrintable(text);
        EXPECT_EQ(guess.source, QStringLiteral("default")) << qPrintable(text);
    }
}

TEST(LanguageDetector, SharedWordsNarrowButPriorsDecide)
{
    // "si" is Italian, Spanish and French; "no" is everyone's: the conversation decides.
    EXPECT_EQ(detect(QStringLiteral("si"), QStringLiteral("es")).language, QStringLiteral("es"));
    EXPECT_EQ(detect(QStringLiteral("si"), QStringLiteral("it")).language, QStringLiteral("it"));
    EXPECT_EQ(detect(QStringLiteral("no"), QStringLiteral("en")).language, QStringLiteral("en"));
    EXPECT_EQ(detect(QStringLiteral("no"), QStringLiteral("es")).language, QStringLiteral("es"));
}

TEST(LanguageDetector, OnlyAnswersAllowedLanguages)
{
    LanguageContext context;
    context.allowed = {QStringLiteral("it"), QStringLiteral("en")};
    const LanguageGuess spanish =
        detector().detect(QStringLiteral("Hola, quisiera reservar una cita para mañana"), context);
    EXPECT_TRUE(context.allowed.contains(spanish.language)) << qPrintable(spanish.language);

    context.allowed = {QStringLiteral("EN"), QStringLiteral("German")};
    const LanguageGuess italian = detector().detect(QStringLiteral("grazie mille"), context);
    EXPECT_TRUE(italian.language == u"en" || italian.language == u"de")
        << qPrintable(italian.language);

    // A prior naming a language the business does not serve is ignored.
    context.allowed = {QStringLiteral("it"), QStringLiteral("en")};
    context.conversationLanguage = QStringLiteral("de");
    context.defaultLanguage = QStringLiteral("en");
    const LanguageGuess ok = detector().detect(QStringLiteral("ok"), context);
    EXPECT_EQ(ok.language, QStringLiteral("en"));
    EXPECT_EQ(ok.source, QStringLiteral("default"));

    // Languages without a lexicon still work through CLD2.
    context.allowed = {QStringLiteral("it"), QStringLiteral("pt")};
    context.conversationLanguage.clear();
    const LanguageGuess portuguese = detector().detect(
        QStringLiteral("Olá, gostaria de marcar uma consulta para amanhã de manhã, obrigado"),
        context);
    EXPECT_EQ(portuguese.language, QStringLiteral("pt"));
}

TEST(LanguageDetector, EmptyTextFallsBackToPriors)
{
    LanguageContext context;
    context.defaultLanguage = QStringLiteral("es");
    for (const QString &text : {QString(), QStringLiteral("   "), QStringLiteral("?!")}) {
        const LanguageGuess guess = detector().detect(text, context);
        EXPECT_EQ(guess.language, QStringLiteral("es"));
        EXPECT_EQ(guess.source, QStringLiteral("default"));
        EXPECT_FALSE(guess.reliable);
    }
    // A default outside the allowed languages is replaced by the first allowed one.
    context.allowed = {QStringLiteral("fr"), QStringLiteral("de")};
    EXPECT_EQ(detector().detect(QString(), context).language, QStringLiteral("fr"));
    // Nothing configured at all: the default languages, Italian first.
    EXPECT_EQ(detector().detect(QString(), {}).language, QStringLiteral("it"));
}

TEST(LanguageDetector, FixtureAccuracyFromTextAlone)
{
    const QList<Labelled> rows = readFixture();
    ASSERT_GE(rows.size(), 300);
    int longTotal = 0, longRight = 0, shortTotal = 0, shortRight = 0;
    QHash<QString, int> perLanguage;
    for (const Labelled &row : rows) {
        const bool right = detect(row.text).language == row.lang;
        perLanguage[row.lang] += 1;
        if (isShort(row.text)) {
            ++shortTotal;
            shortRight += right ? 1 : 0;
        } else {
            ++longTotal;
            longRight += right ? 1 : 0;
            if (!right)
                std::printf("  misread: %s -> %s\n", qPrintable(row.text),
                            qPrintable(detect(row.text).language));
        }
    }
    for (const QString &code : LanguageDetector::defaultLanguages())
        EXPECT_GE(perLanguage.value(code), 60) << qPrintable(code);
    const double longAccuracy = double(longRight) / longTotal;
    const double shortAccuracy = double(shortRight) / shortTotal;
    std::printf("language fixture, text only: long %d/%d (%.1f%%), short %d/%d (%.1f%%)\n",
                longRight, longTotal, 100 * longAccuracy, shortRight, shortTotal,
                100 * shortAccuracy);
    EXPECT_GE(longAccuracy, 0.90);
    // Short ones include "ok" and "👍": text alone cannot get them all, the priors do.
    EXPECT_GE(shortAccuracy, 0.70);
}

// Written after the lexicons and never used to tune them: the honest number.
TEST(LanguageDetector, HeldOutAccuracyFromTextAlone)
{
    const QList<Labelled> rows = readFixture(QStringLiteral("holdout.csv"));
    ASSERT_EQ(rows.size(), 100);
    int right = 0, shortTotal = 0, shortRight = 0;
    for (const Labelled &row : rows) {
        const QString language = detect(row.text).language;
        right += language == row.lang ? 1 : 0;
        if (isShort(row.text)) {
            ++shortTotal;
            shortRight += language == row.lang ? 1 : 0;
        }
        if (language != row.lang)
            std::printf("  misread: %s -> %s\n", qPrintable(row.text), qPrintable(language));
    }
    std::printf("language held-out, text only: %d/%lld, short %d/%d\n", right,
                static_cast<long long>(rows.size()), shortRight, shortTotal);
    EXPECT_GE(right, 90);
}

TEST(LanguageDetector, PriorsDecideTheAmbiguousShortOnes)
{
    const QStringList languages = LanguageDetector::defaultLanguages();
    int shortTotal = 0, rightWithPrior = 0, ambiguous = 0;
    for (const Labelled &row : readFixture()) {
        if (!isShort(row.text))
            continue;
        ++shortTotal;
        rightWithPrior += detect(row.text, row.lang).language == row.lang ? 1 : 0;
        // Without text evidence the conversation's language must win, whichever it is.
        if (detect(row.text).source != u"text") {
            ++ambiguous;
            for (const QString &conversation : languages) {
                const LanguageGuess guess = detect(row.text, conversation);
                EXPECT_EQ(guess.language, conversation) << qPrintable(row.text);
                EXPECT_EQ(guess.source, QStringLiteral("conversation")) << qPrintable(row.text);
            }
        }
    }
    std::printf("language fixture, short with the conversation's language: %d/%d, "
                "%d without text evidence\n",
                rightWithPrior, shortTotal, ambiguous);
    EXPECT_GE(shortTotal, 75);
    EXPECT_GE(ambiguous, 5);
    EXPECT_GE(double(rightWithPrior) / shortTotal, 0.97);
}

TEST(LanguageDetector, ConstDetectIsSafeFromManyThreads)
{
    const QList<Labelled> rows = readFixture();
    QStringList expected;
    for (const Labelled &row : rows)
        expected.append(detect(row.text).language);
    QList<int> indexes;
    for (int round = 0; round < 8; ++round) {
        for (int i = 0; i < rows.size(); ++i)
            indexes.append(i);
    }
    const QList<bool> same = QtConcurrent::blockingMapped(
        indexes, [&](int i) { return detect(rows.at(i).text).language == expected.at(i); });
    EXPECT_FALSE(same.contains(false));
}

TEST(LanguageDetector, ExplicitLexiconDirectoryAndBrokenFiles)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    {
        QFile it(dir.filePath(QStringLiteral("it.tsv")));
        ASSERT_TRUE(it.open(QIODevice::WriteOnly));
        it.write("# test lexicon\nzorblat\t3\n");
    }
    const LanguageDetector custom(dir.path());
    EXPECT_TRUE(custom.isLoaded()) << qPrintable(custom.loadError());
    EXPECT_EQ(custom.lexiconLanguages(), QStringList{QStringLiteral("it")});
    EXPECT_EQ(custom.detect(QStringLiteral("zorblat"), {}).source, QStringLiteral("text"));
    EXPECT_EQ(custom.detect(QStringLiteral("zorblat"), {}).language, QStringLiteral("it"));
    {
        QFile de(dir.filePath(QStringLiteral("de.tsv")));
        ASSERT_TRUE(de.open(QIODevice::WriteOnly));
        de.write("danke\t3\nbitte three\n");
    }
    const LanguageDetector broken(dir.path());
    EXPECT_FALSE(broken.isLoaded());
    EXPECT_TRUE(broken.loadError().contains(QStringLiteral("de.tsv:2")))
        << qPrintable(broken.loadError());
    // The good lexicon is still there.
    EXPECT_EQ(broken.detect(QStringLiteral("zorblat"), {}).language, QStringLiteral("it"));

    const LanguageDetector missing(dir.filePath(QStringLiteral("nowhere")));
    EXPECT_FALSE(missing.isLoaded());
    EXPECT_EQ(missing.detect(QStringLiteral("Bonjour, je voudrais prendre rendez-vous demain"), {})
                  .language,
              QStringLiteral("fr"));
}

TEST(LanguageCodes, NormalisesCodesAndNames)
{
    EXPECT_EQ(LanguageCodes::normalize(QStringLiteral("it")), QStringLiteral("it"));
    EXPECT_EQ(LanguageCodes::normalize(QStringLiteral(" IT ")), QStringLiteral("it"));
    EXPECT_EQ(LanguageCodes::normalize(QStringLiteral("de-DE")), QStringLiteral("de"));
    EXPECT_EQ(LanguageCodes::normalize(QStringLiteral("ITALIAN")), QStringLiteral("it"));
    EXPECT_EQ(LanguageCodes::normalize(QStringLiteral("Spanish")), QStringLiteral("es"));
    EXPECT_EQ(LanguageCodes::normalize(QStringLiteral("français")), QStringLiteral("fr"));
    EXPECT_EQ(LanguageCodes::normalize(QStringLiteral("Deutsch")), QStringLiteral("de"));
    EXPECT_EQ(LanguageCodes::normalize(QStringLiteral("iw")), QStringLiteral("he"));
    EXPECT_EQ(LanguageCodes::normalize(QStringLiteral("pt-BR")), QStringLiteral("pt"));
    EXPECT_TRUE(LanguageCodes::normalize(QStringLiteral("un")).isEmpty());
    EXPECT_TRUE(LanguageCodes::normalize(QStringLiteral("xx")).isEmpty());
    EXPECT_TRUE(LanguageCodes::normalize(QStringLiteral("notalanguage")).isEmpty());
    EXPECT_TRUE(LanguageCodes::normalize(QString()).isEmpty());
}
