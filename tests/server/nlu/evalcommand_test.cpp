// SPDX-License-Identifier: LicenseRef-Sportello
// `nlu eval`: the real command on the five-language fixture, checked against the library.
#include <cmath>

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include "nlu/eval/intentevaluation.h"

using sportello::nlu::IntentEvalOptions;
using sportello::nlu::IntentEvaluation;

namespace {

const QString kTrain = QStringLiteral(SPORTELLO_TEST_DATA_DIR "/nlu/eval/train.csv");
const QString kTest = QStringLiteral(SPORTELLO_TEST_DATA_DIR "/nlu/eval/test.jsonl");

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
    EXPECT_TRUE(process.waitForFinished(120000));
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QJsonObject runJson(const QStringList &extra)
{
    const ServerRun run = runServer(
        QStringList{QStringLiteral("nlu"), QStringLiteral("eval"), QStringLiteral("--train"),
                    kTrain, QStringLiteral("--test"), kTest, QStringLiteral("--json")} +
        extra);
    EXPECT_EQ(run.exitCode, 0) << run.err.constData();
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(run.out, &error).object();
    EXPECT_EQ(error.error, QJsonParseError::NoError) << run.out.constData();
    return json;
}

} // namespace

TEST(EvalCommand, PrintsTheNumbersTheLibraryMeasures)
{
    const QJsonObject json = runJson({});
    // The fixture: 140 training messages (25 per intent, 15 out of scope) and 60 test
    // messages (10 per label), in Italian, English, Spanish, French and German.
    EXPECT_EQ(json.value(QStringLiteral("train_examples")).toInt(), 140);
    EXPECT_EQ(json.value(QStringLiteral("test_examples")).toInt(), 60);
    EXPECT_EQ(json.value(QStringLiteral("classes")).toInt(), 6);
    EXPECT_EQ(json.value(QStringLiteral("shots")).toInt(), 0);
    EXPECT_EQ(json.value(QStringLiteral("out_of_scope_label")).toString(),
              QStringLiteral("out_of_scope"));

    // Training is deterministic: the command prints what the library computes here.
    IntentEvalOptions options;
    options.trainPath = kTrain;
    options.testPath = kTest;
    QString error;
    const auto report = IntentEvaluation::run(options, &error);
    ASSERT_TRUE(report) << qPrintable(error);
    EXPECT_EQ(json.value(QStringLiteral("accuracy")).toDouble(), report->accuracy);
    EXPECT_EQ(json.value(QStringLiteral("macro_f1")).toDouble(), report->macroF1);
    EXPECT_EQ(json.value(QStringLiteral("oos_recall")).toDouble(), report->oosRecall);
    EXPECT_EQ(json.value(QStringLiteral("in_scope_accuracy")).toDouble(), report->inScopeAccuracy);
    EXPECT_EQ(json.value(QStringLiteral("threshold")).toDouble(), report->threshold);
    EXPECT_EQ(json.value(QStringLiteral("model_bytes")).toInteger(), report->modelBytes);

    // The parts add up: 50 in-scope and 10 out-of-scope test messages.
    const double accuracy = json.value(QStringLiteral("accuracy")).toDouble();
    const double inScope = json.value(QStringLiteral("in_scope_accuracy")).toDouble();
    const double oosRecall = json.value(QStringLiteral("oos_recall")).toDouble();
    EXPECT_NEAR(accuracy * 60.0, inScope * 50.0 + oosRecall * 10.0, 1e-9);
    EXPECT_NEAR(inScope * 50.0, std::round(inScope * 50.0), 1e-9);
    EXPECT_GE(accuracy, 0.7);
    EXPECT_GE(oosRecall, 0.5);
    EXPECT_GT(json.value(QStringLiteral("macro_f1")).toDouble(), 0.6);

    const QJsonArray worst = json.value(QStringLiteral("worst_classes")).toArray();
    ASSERT_EQ(worst.size(), 6);
    int support = 0;
    for (qsizetype i = 0; i < worst.size(); ++i) {
        const QJsonObject entry = worst.at(i).toObject();
        support += entry.value(QStringLiteral("support")).toInt();
        if (i > 0) {
            EXPECT_LE(worst.at(i - 1).toObject().value(QStringLiteral("f1")).toDouble(),
                      entry.value(QStringLiteral("f1")).toDouble());
        }
    }
    EXPECT_EQ(support, 60);

    const double p50 = json.value(QStringLiteral("latency_us_p50")).toDouble();
    const double p99 = json.value(QStringLiteral("latency_us_p99")).toDouble();
    EXPECT_GT(p50, 0.0);
    EXPECT_GE(p99, p50);
    EXPECT_GT(json.value(QStringLiteral("train_seconds")).toDouble(), 0.0);
    EXPECT_GT(json.value(QStringLiteral("model_bytes")).toInteger(), 0);
}

TEST(EvalCommand, ShotsKeepNPerClassAndThresholdIsApplied)
{
    const QJsonObject shots = runJson({QStringLiteral("--shots"), QStringLiteral("3")});
    EXPECT_EQ(shots.value(QStringLiteral("train_examples")).toInt(), 18);
    EXPECT_EQ(shots.value(QStringLiteral("shots")).toInt(), 3);

    // Refusing nothing catches only what the model files under out_of_scope itself;
    // refusing everything catches every out-of-scope message and answers nothing.
    const QJsonObject none = runJson({QStringLiteral("--threshold"), QStringLiteral("0")});
    const QJsonObject all = runJson({QStringLiteral("--threshold"), QStringLiteral("1")});
    EXPECT_EQ(none.value(QStringLiteral("threshold")).toDouble(), 0.0);
    EXPECT_EQ(all.value(QStringLiteral("oos_recall")).toDouble(), 1.0);
    EXPECT_EQ(all.value(QStringLiteral("in_scope_accuracy")).toDouble(), 0.0);
    EXPECT_LE(none.value(QStringLiteral("oos_recall")).toDouble(),
              runJson({}).value(QStringLiteral("oos_recall")).toDouble());
}

TEST(EvalCommand, PrintsTextByDefault)
{
    const ServerRun run =
        runServer({QStringLiteral("nlu"), QStringLiteral("eval"), QStringLiteral("--train"), kTrain,
                   QStringLiteral("--test"), kTest});
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    const QString text = QString::fromUtf8(run.out);
    EXPECT_TRUE(text.contains(QStringLiteral("accuracy"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("oos recall"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("worst classes"))) << qPrintable(text);
    // Progress goes to stderr, never into the results.
    EXPECT_TRUE(run.err.contains("training")) << run.err.constData();
}

TEST(EvalCommand, BadInputExitsWithTheFileLineAndField)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    QFile file(bad);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("text,intent\nciao,greeting\n\"unterminated,greeting\n");
    file.close();
    const ServerRun run =
        runServer({QStringLiteral("nlu"), QStringLiteral("eval"), QStringLiteral("--train"), bad,
                   QStringLiteral("--test"), kTest, QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 2);
    const QString err = QString::fromUtf8(run.err);
    EXPECT_TRUE(err.contains(bad + QStringLiteral(":3:"))) << qPrintable(err);
    EXPECT_TRUE(err.contains(QStringLiteral("\"text\""))) << qPrintable(err);
    EXPECT_TRUE(run.out.isEmpty());
}
