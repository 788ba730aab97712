// SPDX-License-Identifier: LicenseRef-Sportello
// `nlu eval-language`: the evaluation and the real command on labelled files.
#include <gtest/gtest.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include "nlu/eval/languageevaluation.h"

using sportello::nlu::LanguageEvaluation;

namespace {

const QString kFixture = QStringLiteral(SPORTELLO_TEST_DATA_DIR "/nlu/language/messages.csv");

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

struct ServerRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

ServerRun runServer(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(SPORTELLO_SERVER_BINARY), arguments);
    EXPECT_TRUE(process.waitForFinished(60000));
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

TEST(LanguageEvaluation, CommandPrintsAccuracyPerLanguageAndLatency)
{
    const ServerRun run = runServer({QStringLiteral("nlu"), QStringLiteral("eval-language"),
                                     kFixture, QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(run.out, &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << run.out.constData();

    // The fixture: 381 messages, 75-77 per language, about 28% of them three words or fewer.
    EXPECT_EQ(json.value(QStringLiteral("messages")).toInt(), 381);
    EXPECT_GE(json.value(QStringLiteral("accuracy")).toDouble(), 0.95);
    EXPECT_LE(json.value(QStringLiteral("accuracy")).toDouble(), 1.0);
    const QJsonObject perLanguage = json.value(QStringLiteral("per_language")).toObject();
    EXPECT_EQ(perLanguage.keys(),
              (QStringList{QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("es"),
                           QStringLiteral("fr"), QStringLiteral("it")}));
    int total = 0;
    for (const QString &code : perLanguage.keys()) {
        const QJsonObject entry = perLanguage.value(code).toObject();
        EXPECT_GE(entry.value(QStringLiteral("messages")).toInt(), 75) << qPrintable(code);
        EXPECT_GE(entry.value(QStringLiteral("accuracy")).toDouble(), 0.90) << qPrintable(code);
        total += entry.value(QStringLiteral("messages")).toInt();
    }
    EXPECT_EQ(total, 381);
    const double p50 = json.value(QStringLiteral("latency_us_p50")).toDouble();
    const double p99 = json.value(QStringLiteral("latency_us_p99")).toDouble();
    EXPECT_GT(p50, 0.0);
    EXPECT_GE(p99, p50);
    EXPECT_LT(p99, 5000.0);
}

TEST(LanguageEvaluation, CommandRejectsUnknownCodesNamingTheLine)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = writeFile(dir, QStringLiteral("bad.csv"),
                                   "text,lang\r\ngrazie mille,it\r\n\"hello, there\",xx\r\n");
    const ServerRun run = runServer(
        {QStringLiteral("nlu"), QStringLiteral("eval-language"), path, QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("bad.csv:3")) << run.err.constData();
    EXPECT_TRUE(run.err.contains("\"xx\"")) << run.err.constData();
    EXPECT_TRUE(run.out.isEmpty());
}

TEST(LanguageEvaluation, NamesAndCodesAreNormalised)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = writeFile(dir, QStringLiteral("names.csv"),
                                   "text,lang\n"
                                   "grazie mille,ITALIAN\n"
                                   "merci beaucoup,French\n"
                                   "\"Hallo, ich möchte einen Termin\",de-DE\n"
                                   "thank you so much,EN\n");
    QString error;
    const auto report = LanguageEvaluation::run(path, {}, &error);
    ASSERT_TRUE(report) << qPrintable(error);
    EXPECT_EQ(report->messages, 4);
    EXPECT_DOUBLE_EQ(report->accuracy, 1.0);
    EXPECT_EQ(report->languages, (QStringList{QStringLiteral("de"), QStringLiteral("en"),
                                              QStringLiteral("fr"), QStringLiteral("it")}));
    ASSERT_EQ(report->perLanguage.size(), 4);
    EXPECT_EQ(report->perLanguage.first().language, QStringLiteral("de"));
    const QJsonObject json = report->toJson();
    for (const char *key :
         {"accuracy", "messages", "latency_us_p50", "latency_us_p99", "per_language"})
        EXPECT_TRUE(json.contains(QLatin1String(key))) << key;
    EXPECT_TRUE(report->toText().contains(QStringLiteral("accuracy")));
}

TEST(LanguageEvaluation, ReadsJsonLines)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = writeFile(dir, QStringLiteral("messages.jsonl"),
                                   "{\"text\": \"gracias, hasta mañana\", \"lang\": \"es\"}\n"
                                   "{\"text\": \"Danke schön!\", \"lang\": \"de\"}\n");
    QString error;
    const auto report = LanguageEvaluation::run(path, {}, &error);
    ASSERT_TRUE(report) << qPrintable(error);
    EXPECT_EQ(report->messages, 2);
    EXPECT_DOUBLE_EQ(report->accuracy, 1.0);
}

TEST(LanguageEvaluation, LanguagesRestrictTheDetector)
{
    QString error;
    const auto report =
        LanguageEvaluation::run(kFixture, {QStringLiteral("it"), QStringLiteral("en")}, &error);
    ASSERT_TRUE(report) << qPrintable(error);
    EXPECT_EQ(report->languages, (QStringList{QStringLiteral("it"), QStringLiteral("en")}));
    // Spanish, French and German messages cannot be answered right: accuracy reflects that.
    for (const auto &entry : report->perLanguage) {
        if (entry.language == u"it" || entry.language == u"en")
            EXPECT_GE(entry.accuracy, 0.9) << qPrintable(entry.language);
        else
            EXPECT_DOUBLE_EQ(entry.accuracy, 0.0) << qPrintable(entry.language);
    }
    EXPECT_FALSE(LanguageEvaluation::run(kFixture, {QStringLiteral("klingon")}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("klingon"))) << qPrintable(error);
}

TEST(LanguageEvaluation, MissingOrEmptyFilesAreErrors)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QString error;
    EXPECT_FALSE(LanguageEvaluation::run(dir.filePath(QStringLiteral("none.csv")), {}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("none.csv"))) << qPrintable(error);
    const QString headerOnly = writeFile(dir, QStringLiteral("empty.csv"), "text,lang\n");
    EXPECT_FALSE(LanguageEvaluation::run(headerOnly, {}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("empty.csv"))) << qPrintable(error);
    const QString noLang = writeFile(dir, QStringLiteral("nolang.csv"), "text,label\nciao,it\n");
    EXPECT_FALSE(LanguageEvaluation::run(noLang, {}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("lang"))) << qPrintable(error);
}
