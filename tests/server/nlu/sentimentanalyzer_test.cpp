// SPDX-License-Identifier: LicenseRef-Sportello
// Sentiment, anger and urgency of customer turns in five languages.
#include <gtest/gtest.h>

#include <QFile>
#include <QtConcurrent/QtConcurrent>
#include <QTemporaryDir>

#include "nlu/sentiment/sentimentanalyzer.h"

using sportello::nlu::Polarity;
using sportello::nlu::SentimentAnalyzer;
using sportello::nlu::SentimentResult;

namespace {

struct Labelled
{
    QString text;
    QString lang;
    QString polarity;
    bool angry = false;
    bool urgent = false;
};

// The fixture is RFC 4180 with a text,lang,polarity,angry,urgent header; only the text is
// ever quoted, and the four trailing fields never are.
QList<Labelled> readFixture(const QString &name = QStringLiteral("messages.csv"))
{
    QFile file(QStringLiteral(SPORTELLO_TEST_DATA_DIR "/nlu/sentiment/") + name);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    QList<Labelled> rows;
    bool header = true;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).chopped(1);
        if (header) {
            header = false;
            continue;
        }
        QStringList tail;
        QString rest = line;
        for (int i = 0; i < 4; ++i) {
            const qsizetype comma = rest.lastIndexOf(u',');
            tail.prepend(rest.mid(comma + 1));
            rest.truncate(comma);
        }
        if (rest.startsWith(u'"'))
            rest =
                rest.mid(1, rest.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
        rows.append({rest, tail.at(0), tail.at(1), tail.at(2) == u"1", tail.at(3) == u"1"});
    }
    return rows;
}

const SentimentAnalyzer &analyzer()
{
    static const SentimentAnalyzer instance;
    return instance;
}

SentimentResult analyze(const QString &text, const QString &language)
{
    return analyzer().analyze(text, language);
}

struct Counts
{
    int truePositive = 0;
    int falsePositive = 0;
    int falseNegative = 0;
    void add(bool predicted, bool expected)
    {
        truePositive += predicted && expected ? 1 : 0;
        falsePositive += predicted && !expected ? 1 : 0;
        falseNegative += !predicted && expected ? 1 : 0;
    }
    double precision() const
    {
        return truePositive + falsePositive == 0
                   ? 1.0
                   : double(truePositive) / (truePositive + falsePositive);
    }
    double recall() const
    {
        return truePositive + falseNegative == 0
                   ? 1.0
                   : double(truePositive) / (truePositive + falseNegative);
    }
};

} // namespace

TEST(SentimentAnalyzer, LoadsTheCompiledLexicons)
{
    EXPECT_TRUE(analyzer().isLoaded()) << qPrintable(analyzer().loadError());
    for (const char16_t *code : {u"it", u"en", u"es", u"fr", u"de"})
        EXPECT_TRUE(analyzer().languages().contains(QString::fromUtf16(code)));
}

TEST(SentimentAnalyzer, ItalianComplaintIsNegativeAndAngry)
{
    const SentimentResult result =
        analyze(QStringLiteral("È la terza volta che mi spostate l'appuntamento, è una vergogna!"),
                QStringLiteral("it"));
    EXPECT_EQ(result.polarity, Polarity::Negative);
    EXPECT_TRUE(result.angry);
    EXPECT_FALSE(result.urgent);
    EXPECT_LT(result.score, -0.5);
    EXPECT_TRUE(result.cues.contains(QStringLiteral("vergogna")))
        << qPrintable(result.cues.join(u'|'));
    EXPECT_TRUE(result.cues.contains(QStringLiteral("la terza volta")));
}

TEST(SentimentAnalyzer, NegationFlipsSatisfaction)
{
    const QList<QPair<QString, QString>> negated = {
        {QStringLiteral("Non sono soddisfatto"), QStringLiteral("it")},
        {QStringLiteral("I'm not happy with this"), QStringLiteral("en")},
        {QStringLiteral("Ich bin nicht zufrieden"), QStringLiteral("de")},
        {QStringLiteral("Je ne suis pas content"), QStringLiteral("fr")},
        {QStringLiteral("pas content du tout"), QStringLiteral("fr")},
        {QStringLiteral("No estoy contento"), QStringLiteral("es")},
        {QStringLiteral("Das gefällt mir nicht"), QStringLiteral("de")},
        {QStringLiteral("j'aime pas"), QStringLiteral("fr")},
    };
    for (const auto &[text, language] : negated) {
        const SentimentResult result = analyze(text, language);
        EXPECT_EQ(result.polarity, Polarity::Negative) << qPrintable(text) << " " << result.score;
        EXPECT_FALSE(result.angry) << qPrintable(text);
    }
    // The same words without the negator are positive.
    EXPECT_EQ(analyze(QStringLiteral("Sono soddisfatto"), QStringLiteral("it")).polarity,
              Polarity::Positive);
    EXPECT_EQ(analyze(QStringLiteral("Das gefällt mir"), QStringLiteral("de")).polarity,
              Polarity::Positive);
    // "Without" and "non" never look back: only German "nicht" and spoken French "pas" do.
    const SentimentResult without =
        analyze(QStringLiteral("The tour was cancelled without notice"), QStringLiteral("en"));
    EXPECT_EQ(without.polarity, Polarity::Negative);
    EXPECT_TRUE(without.cues.contains(QStringLiteral("cancelled")))
        << qPrintable(without.cues.join(u'|'));
    // The negated word is named for the agent.
    EXPECT_TRUE(analyze(QStringLiteral("Non sono soddisfatto"), QStringLiteral("it"))
                    .cues.contains(QStringLiteral("non soddisfatto")));
}

TEST(SentimentAnalyzer, NotBadIsMildlyPositive)
{
    for (const auto &[text, language] :
         {QPair{QStringLiteral("non male"), QStringLiteral("it")},
          QPair{QStringLiteral("not bad"), QStringLiteral("en")},
          QPair{QStringLiteral("pas mal"), QStringLiteral("fr")},
          QPair{QStringLiteral("no está mal"), QStringLiteral("es")},
          QPair{QStringLiteral("nicht schlecht"), QStringLiteral("de")}}) {
        const SentimentResult result = analyze(text, language);
        EXPECT_EQ(result.polarity, Polarity::Positive) << qPrintable(text);
        EXPECT_LT(result.score, 0.6) << qPrintable(text);
    }
}

TEST(SentimentAnalyzer, ThanksArePositiveAndPoliteRefusalsAreNot)
{
    for (const auto &[text, language] :
         {QPair{QStringLiteral("grazie mille"), QStringLiteral("it")},
          QPair{QStringLiteral("thanks!"), QStringLiteral("en")},
          QPair{QStringLiteral("muchas gracias"), QStringLiteral("es")},
          QPair{QStringLiteral("merci beaucoup"), QStringLiteral("fr")},
          QPair{QStringLiteral("vielen Dank"), QStringLiteral("de")}})
        EXPECT_EQ(analyze(text, language).polarity, Polarity::Positive) << qPrintable(text);
    EXPECT_NE(analyze(QStringLiteral("no grazie"), QStringLiteral("it")).polarity,
              Polarity::Negative);
    EXPECT_NE(analyze(QStringLiteral("nein danke"), QStringLiteral("de")).polarity,
              Polarity::Negative);
    // "Thanks to you I missed the flight" is not thanks.
    const SentimentResult flight =
        analyze(QStringLiteral("grazie a voi ho perso il volo"), QStringLiteral("it"));
    EXPECT_EQ(flight.polarity, Polarity::Negative);
    EXPECT_TRUE(flight.urgent);
}

TEST(SentimentAnalyzer, IntensifiersAndContrast)
{
    const double plain = analyze(QStringLiteral("soddisfatto"), QStringLiteral("it")).score;
    const double strong = analyze(QStringLiteral("molto soddisfatto"), QStringLiteral("it")).score;
    EXPECT_GT(strong, plain);
    const double sehr = analyze(QStringLiteral("sehr enttäuscht"), QStringLiteral("de")).score;
    EXPECT_LT(sehr, analyze(QStringLiteral("enttäuscht"), QStringLiteral("de")).score);
    EXPECT_GT(analyze(QStringLiteral("très content"), QStringLiteral("fr")).score,
              analyze(QStringLiteral("content"), QStringLiteral("fr")).score);
    EXPECT_LT(analyze(QStringLiteral("muy mal"), QStringLiteral("es")).score,
              analyze(QStringLiteral("mal"), QStringLiteral("es")).score);
    // What follows "but" weighs more than the thanks before it.
    EXPECT_EQ(
        analyze(QStringLiteral("Thanks, but this is really disappointing"), QStringLiteral("en"))
            .polarity,
        Polarity::Negative);
}

TEST(SentimentAnalyzer, EmojiShoutingAndExclamations)
{
    const SentimentResult furious = analyze(QStringLiteral("😡😡"), QStringLiteral("it"));
    EXPECT_EQ(furious.polarity, Polarity::Negative);
    EXPECT_TRUE(furious.angry);
    EXPECT_TRUE(furious.cues.contains(QStringLiteral("😡")));
    EXPECT_EQ(analyze(QStringLiteral("👍"), QStringLiteral("en")).polarity, Polarity::Positive);
    EXPECT_EQ(analyze(QStringLiteral("❤️🙏"), QStringLiteral("es")).polarity,
              Polarity::Positive);
    EXPECT_EQ(analyze(QStringLiteral("👎"), QStringLiteral("fr")).polarity, Polarity::Negative);
    EXPECT_EQ(analyze(QStringLiteral("ok :("), QStringLiteral("en")).polarity, Polarity::Negative);

    // Mildly negative in lower case; shouted with "!!!" it is anger.
    const SentimentResult calm = analyze(QStringLiteral("sono deluso"), QStringLiteral("it"));
    EXPECT_FALSE(calm.angry);
    const SentimentResult shouted =
        analyze(QStringLiteral("SONO DELUSO, RIDATEMI I SOLDI!!!"), QStringLiteral("it"));
    EXPECT_TRUE(shouted.angry);
    EXPECT_LT(shouted.score, calm.score);
    EXPECT_TRUE(shouted.cues.contains(QStringLiteral("DELUSO")));
    EXPECT_TRUE(shouted.cues.contains(QStringLiteral("!!!")));
    // Capitals alone are not anger: a happy customer can shout too.
    const SentimentResult happy = analyze(QStringLiteral("GRAZIE MILLE!!!"), QStringLiteral("it"));
    EXPECT_EQ(happy.polarity, Polarity::Positive);
    EXPECT_FALSE(happy.angry);
}

TEST(SentimentAnalyzer, SwearingAndInsultsAreAnger)
{
    for (const auto &[text, language] :
         {QPair{QStringLiteral("siete dei ladri"), QStringLiteral("it")},
          QPair{QStringLiteral("what a scam, useless people"), QStringLiteral("en")},
          QPair{QStringLiteral("sois unos estafadores"), QStringLiteral("es")},
          QPair{QStringLiteral("c'est n'importe quoi, bande d'incompétents"), QStringLiteral("fr")},
          QPair{QStringLiteral("So eine Frechheit, Abzocke!"), QStringLiteral("de")}}) {
        const SentimentResult result = analyze(text, language);
        EXPECT_EQ(result.polarity, Polarity::Negative) << qPrintable(text);
        EXPECT_TRUE(result.angry) << qPrintable(text) << " " << result.score;
    }
}

TEST(SentimentAnalyzer, UrgencyWhateverThePolarity)
{
    for (const auto &[text, language] :
         {QPair{QStringLiteral("è urgente, richiamatemi"), QStringLiteral("it")},
          QPair{QStringLiteral("Ho un forte dolore, posso venire subito?"), QStringLiteral("it")},
          QPair{QStringLiteral("please reply asap, thanks!"), QStringLiteral("en")},
          QPair{QStringLiteral("I have severe pain since last night"), QStringLiteral("en")},
          QPair{QStringLiteral("We lost my passport at the airport"), QStringLiteral("en")},
          QPair{QStringLiteral("Tengo mucho dolor, ¿me atienden inmediatamente?"),
                QStringLiteral("es")},
          QPair{QStringLiteral("C'est urgent, merci"), QStringLiteral("fr")},
          QPair{QStringLiteral("Bitte dringend zurückrufen, danke"), QStringLiteral("de")},
          QPair{QStringLiteral("🚨 emergency"), QStringLiteral("en")}})
        EXPECT_TRUE(analyze(text, language).urgent) << qPrintable(text);
    // Thanks and urgency together: positive yet urgent.
    const SentimentResult politeRush =
        analyze(QStringLiteral("please reply asap, thanks!"), QStringLiteral("en"));
    EXPECT_EQ(politeRush.polarity, Polarity::Positive);
    EXPECT_FALSE(politeRush.angry);
    for (const auto &[text, language] :
         {QPair{QStringLiteral("non è urgente, con calma"), QStringLiteral("it")},
          QPair{QStringLiteral("no rush, whenever you can"), QStringLiteral("en")},
          QPair{QStringLiteral("no es urgente"), QStringLiteral("es")},
          QPair{QStringLiteral("ce n'est pas urgent"), QStringLiteral("fr")},
          QPair{QStringLiteral("nicht dringend"), QStringLiteral("de")},
          QPair{QStringLiteral("Vorrei prenotare una pulizia"), QStringLiteral("it")}})
        EXPECT_FALSE(analyze(text, language).urgent) << qPrintable(text);
    // Pain is urgent distress, not anger at the business.
    const SentimentResult pain =
        analyze(QStringLiteral("Ho un dolore fortissimo al dente!!!"), QStringLiteral("it"));
    EXPECT_TRUE(pain.urgent);
    EXPECT_FALSE(pain.angry);
}

TEST(SentimentAnalyzer, NeutralRequestsStayNeutral)
{
    for (const auto &[text, language] :
         {QPair{QStringLiteral("Quanto costa una pulizia?"), QStringLiteral("it")},
          QPair{QStringLiteral("Can I book for Tuesday at 10?"), QStringLiteral("en")},
          QPair{QStringLiteral("¿Tienen cita el lunes?"), QStringLiteral("es")},
          QPair{QStringLiteral("Vous êtes ouverts samedi ?"), QStringLiteral("fr")},
          QPair{QStringLiteral("Haben Sie morgen Zeit?"), QStringLiteral("de")},
          QPair{QString(), QStringLiteral("it")}}) {
        const SentimentResult result = analyze(text, language);
        EXPECT_EQ(result.polarity, Polarity::Neutral) << qPrintable(text);
        EXPECT_FALSE(result.angry);
        EXPECT_FALSE(result.urgent);
        EXPECT_TRUE(result.cues.isEmpty()) << qPrintable(result.cues.join(u'|'));
    }
}

TEST(SentimentAnalyzer, UnknownLanguageUsesTheBestMatchingLexicon)
{
    const SentimentResult result =
        analyze(QStringLiteral("Servizio pessimo, una vergogna"), QStringLiteral("pt"));
    EXPECT_EQ(result.polarity, Polarity::Negative);
    EXPECT_TRUE(result.angry);
    EXPECT_EQ(analyze(QStringLiteral("merci beaucoup"), QString()).polarity, Polarity::Positive);
}

namespace {

struct FixtureScores
{
    QHash<QString, double> polarityAccuracy; // per language
    double overallAccuracy = 0.0;
    Counts angry;
    Counts urgent;
};

FixtureScores measure(const QList<Labelled> &rows, const char *title)
{
    FixtureScores scores;
    QHash<QString, QPair<int, int>> polarity; // language -> (right, total)
    int right = 0;
    for (const Labelled &row : rows) {
        const SentimentResult result = analyze(row.text, row.lang);
        const bool correct = SentimentAnalyzer::polarityName(result.polarity) == row.polarity;
        right += correct ? 1 : 0;
        polarity[row.lang].first += correct ? 1 : 0;
        polarity[row.lang].second += 1;
        scores.angry.add(result.angry, row.angry);
        scores.urgent.add(result.urgent, row.urgent);
        if (!correct || result.angry != row.angry || result.urgent != row.urgent) {
            std::printf("  %s [%s] expected %s%s%s, got %s%s%s (%.2f: %s)\n", qPrintable(row.text),
                        qPrintable(row.lang), qPrintable(row.polarity), row.angry ? " angry" : "",
                        row.urgent ? " urgent" : "",
                        qPrintable(SentimentAnalyzer::polarityName(result.polarity)),
                        result.angry ? " angry" : "", result.urgent ? " urgent" : "", result.score,
                        qPrintable(result.cues.join(u'|')));
        }
    }
    for (auto it = polarity.cbegin(); it != polarity.cend(); ++it) {
        scores.polarityAccuracy.insert(it.key(), double(it.value().first) / it.value().second);
        std::printf("%s %s: polarity %d/%d\n", title, qPrintable(it.key()), it.value().first,
                    it.value().second);
    }
    scores.overallAccuracy = double(right) / rows.size();
    std::printf("%s overall: polarity %d/%lld; angry P %.2f R %.2f; urgent P %.2f R %.2f\n", title,
                right, static_cast<long long>(rows.size()), scores.angry.precision(),
                scores.angry.recall(), scores.urgent.precision(), scores.urgent.recall());
    return scores;
}

} // namespace

// The fixture the lexicons were written against: a regression guard more than a measurement.
TEST(SentimentAnalyzer, FixtureAccuracyPerLanguage)
{
    const QList<Labelled> rows = readFixture();
    ASSERT_GE(rows.size(), 200);
    const FixtureScores scores = measure(rows, "sentiment fixture");
    for (const char16_t *code : {u"it", u"en", u"es", u"fr", u"de"}) {
        EXPECT_GE(scores.polarityAccuracy.value(QString::fromUtf16(code)), 0.90)
            << qPrintable(QString::fromUtf16(code));
    }
    EXPECT_GE(scores.angry.precision(), 0.80);
    EXPECT_GE(scores.angry.recall(), 0.75);
    EXPECT_GE(scores.urgent.precision(), 0.90);
    EXPECT_GE(scores.urgent.recall(), 0.90);
}

// Written after the lexicons and never used to tune them: the honest number.
TEST(SentimentAnalyzer, HeldOutAccuracy)
{
    const QList<Labelled> rows = readFixture(QStringLiteral("holdout.csv"));
    ASSERT_EQ(rows.size(), 100);
    const FixtureScores scores = measure(rows, "sentiment held-out");
    // Measured: 87/100 polarity (17-18 of 20 per language), angry P 1.00 R 0.85, urgent
    // P 1.00 R 0.80. The misses are words no lexicon has (leaks, compliments, falls).
    EXPECT_GE(scores.overallAccuracy, 0.85);
    for (auto it = scores.polarityAccuracy.cbegin(); it != scores.polarityAccuracy.cend(); ++it)
        EXPECT_GE(it.value(), 0.80) << qPrintable(it.key());
    EXPECT_GE(scores.angry.precision(), 0.90);
    EXPECT_GE(scores.angry.recall(), 0.80);
    EXPECT_GE(scores.urgent.precision(), 0.90);
    EXPECT_GE(scores.urgent.recall(), 0.75);
}

TEST(SentimentAnalyzer, ConstAnalyzeIsSafeFromManyThreads)
{
    const QList<Labelled> rows = readFixture();
    QList<double> expected;
    for (const Labelled &row : rows)
        expected.append(analyze(row.text, row.lang).score);
    QList<int> indexes;
    for (int round = 0; round < 8; ++round) {
        for (int i = 0; i < rows.size(); ++i)
            indexes.append(i);
    }
    const QList<bool> same = QtConcurrent::blockingMapped(indexes, [&](int i) {
        return analyze(rows.at(i).text, rows.at(i).lang).score == expected.at(i);
    });
    EXPECT_FALSE(same.contains(false));
}

TEST(SentimentAnalyzer, ExplicitLexiconDirectoryAndBrokenFiles)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    {
        QFile it(dir.filePath(QStringLiteral("it.tsv")));
        ASSERT_TRUE(it.open(QIODevice::WriteOnly));
        it.write("# test\nnon\t0\tneg\nzorblat\t2\t\n");
    }
    const SentimentAnalyzer custom(dir.path());
    EXPECT_TRUE(custom.isLoaded()) << qPrintable(custom.loadError());
    EXPECT_EQ(custom.analyze(QStringLiteral("zorblat"), QStringLiteral("it")).polarity,
              Polarity::Positive);
    EXPECT_EQ(custom.analyze(QStringLiteral("non zorblat"), QStringLiteral("it")).polarity,
              Polarity::Negative);
    {
        QFile fr(dir.filePath(QStringLiteral("fr.tsv")));
        ASSERT_TRUE(fr.open(QIODevice::WriteOnly));
        fr.write("merci\t1.5\tthanks\nnul\t-2\tfurious\n");
    }
    const SentimentAnalyzer broken(dir.path());
    EXPECT_FALSE(broken.isLoaded());
    EXPECT_TRUE(broken.loadError().contains(QStringLiteral("fr.tsv:2")))
        << qPrintable(broken.loadError());
    EXPECT_EQ(broken.analyze(QStringLiteral("zorblat"), QStringLiteral("it")).polarity,
              Polarity::Positive);
}
