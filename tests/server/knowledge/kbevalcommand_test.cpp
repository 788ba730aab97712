// SPDX-License-Identifier: LicenseRef-Sportello
// `kb eval`: the real command on a six-document BEIR fixture ranked by hand, and its errors.
#include <gtest/gtest.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

const QString kDir = QStringLiteral(SPORTELLO_TEST_DATA_DIR "/knowledge/beir/");

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

QStringList evalArguments(const QString &corpus, const QString &queries, const QString &qrels)
{
    return {QStringLiteral("kb"),        QStringLiteral("eval"),
            QStringLiteral("--corpus"),  corpus,
            QStringLiteral("--queries"), queries,
            QStringLiteral("--qrels"),   qrels};
}

QStringList fixtureArguments()
{
    return evalArguments(kDir + u"corpus.jsonl", kDir + u"queries.jsonl", kDir + u"qrels.tsv");
}

QJsonObject runJson(const QStringList &extra)
{
    const ServerRun run =
        runServer(fixtureArguments() + QStringList{QStringLiteral("--json")} + extra);
    EXPECT_EQ(run.exitCode, 0) << run.err.constData();
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(run.out, &error).object();
    EXPECT_EQ(error.error, QJsonParseError::NoError) << run.out.constData();
    return json;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

} // namespace

TEST(KbEvalCommand, PrintsTheNumbersWorkedOutByHand)
{
    // See tests/fixtures/knowledge/beir/README.md for the ranking of each query.
    const QJsonObject json = runJson({QStringLiteral("--language"), QStringLiteral("en")});
    EXPECT_EQ(json.value(u"queries").toInt(), 5); // q6 has no judgement
    EXPECT_EQ(json.value(u"corpus").toInt(), 6);
    EXPECT_EQ(json.value(u"mode").toString(), QStringLiteral("bm25"));
    EXPECT_EQ(json.value(u"language").toString(), QStringLiteral("en"));
    EXPECT_FALSE(json.value(u"language_detected").toBool());
    EXPECT_DOUBLE_EQ(json.value(u"recall@1").toDouble(), 0.5);
    EXPECT_DOUBLE_EQ(json.value(u"recall@5").toDouble(), 0.8);
    EXPECT_DOUBLE_EQ(json.value(u"recall@10").toDouble(), 0.8);
    EXPECT_DOUBLE_EQ(json.value(u"hit@1").toDouble(), 0.6);
    EXPECT_DOUBLE_EQ(json.value(u"mrr@10").toDouble(), 0.7);
    EXPECT_DOUBLE_EQ(json.value(u"ndcg@10").toDouble(), 0.7262);
    EXPECT_GT(json.value(u"latency_ms_p50").toDouble(), 0.0);
    EXPECT_GE(json.value(u"latency_ms_p99").toDouble(), json.value(u"latency_ms_p50").toDouble());
    EXPECT_GE(json.value(u"index_seconds").toDouble(), 0.0);
}

TEST(KbEvalCommand, DetectsTheLanguageAndPrintsText)
{
    const ServerRun run = runServer(fixtureArguments());
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    const QString out = QString::fromUtf8(run.out);
    EXPECT_TRUE(out.contains(QStringLiteral("language en (detected)"))) << qPrintable(out);
    EXPECT_TRUE(out.contains(QStringLiteral("mrr@10      0.7000"))) << qPrintable(out);
    EXPECT_TRUE(out.contains(QStringLiteral("recall@5    0.8000"))) << qPrintable(out);
    EXPECT_TRUE(out.contains(QStringLiteral("queries     5 (split all)"))) << qPrintable(out);
}

TEST(KbEvalCommand, SplitsMeasureOnlyTheirQueries)
{
    // Of q1..q5 only q4 falls in dev (see RetrievalEvaluation.QuerySplit...): it finds nothing.
    const QJsonObject dev = runJson({QStringLiteral("--split"), QStringLiteral("dev"),
                                     QStringLiteral("--language"), QStringLiteral("en")});
    EXPECT_EQ(dev.value(u"queries").toInt(), 1);
    EXPECT_DOUBLE_EQ(dev.value(u"mrr@10").toDouble(), 0.0);
    const QJsonObject test = runJson({QStringLiteral("--split"), QStringLiteral("test"),
                                      QStringLiteral("--language"), QStringLiteral("en")});
    EXPECT_EQ(test.value(u"queries").toInt(), 4);
    EXPECT_DOUBLE_EQ(test.value(u"mrr@10").toDouble(), (1.0 + 1.0 + 0.5 + 1.0) / 4.0);
}

TEST(KbEvalCommand, UnknownModesAreRefused)
{
    const ServerRun run = runServer(fixtureArguments() +
                                    QStringList{QStringLiteral("--mode"), QStringLiteral("magic")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("--mode must be bm25, dense or hybrid")) << run.err.constData();
}

TEST(KbEvalCommand, BadInputNamesTheFileLineAndField)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString corpus = kDir + u"corpus.jsonl";
    const QString queries = kDir + u"queries.jsonl";
    const QString qrels = kDir + u"qrels.tsv";
    struct Case
    {
        QStringList arguments;
        const char *message;
    };
    const QList<Case> cases = {
        {evalArguments(writeFile(dir, QStringLiteral("c1.jsonl"),
                                 "{\"_id\": \"d1\", \"text\": \"ok\"}\n{\"_id\": \"d2\"}\n"),
                       queries, qrels),
         "c1.jsonl:2: missing field \"text\""},
        {evalArguments(writeFile(dir, QStringLiteral("c2.jsonl"),
                                 "{\"_id\": \"d1\", \"text\": \"ok\"}\n\n{\"_id\": \"d2\", \n"),
                       queries, qrels),
         "c2.jsonl:3: not JSON"},
        {evalArguments(writeFile(dir, QStringLiteral("c3.jsonl"),
                                 "{\"_id\": \"d1\", \"text\": \"a\"}\n{\"_id\": \"d1\", "
                                 "\"text\": \"b\"}\n"),
                       queries, qrels),
         "c3.jsonl:2: duplicate _id \"d1\" (first on line 1)"},
        {evalArguments(
             corpus, writeFile(dir, QStringLiteral("q1.jsonl"), "{\"_id\": \"q1\", \"text\": 5}\n"),
             qrels),
         "q1.jsonl:1: field \"text\" is not a string"},
        {evalArguments(corpus, queries,
                       writeFile(dir, QStringLiteral("r1.tsv"),
                                 "query-id\tcorpus-id\tscore\nq1\td1\t1\nq2\td2\tmany\n")),
         "r1.tsv:3: score \"many\" is not a whole number"},
        {evalArguments(corpus, queries, writeFile(dir, QStringLiteral("r2.tsv"), "q1\td1\n")),
         "r2.tsv:1: expected query-id, corpus-id and score"},
        {evalArguments(corpus, queries, dir.filePath(QStringLiteral("missing.tsv"))),
         "missing.tsv"},
        {{QStringLiteral("kb"), QStringLiteral("eval"), QStringLiteral("--corpus"), corpus},
         "needs --queries"},
        {fixtureArguments() + QStringList{QStringLiteral("--top-k"), QStringLiteral("0")},
         "--top-k must be a whole number of at least 1"},
        {fixtureArguments() + QStringList{QStringLiteral("--split"), QStringLiteral("half")},
         "--split must be all, dev or test"},
        {{QStringLiteral("kb"), QStringLiteral("index")}, "expected eval"},
    };
    for (const Case &c : cases) {
        const ServerRun run = runServer(c.arguments);
        EXPECT_EQ(run.exitCode, 2) << c.message;
        EXPECT_TRUE(run.err.contains(c.message)) << c.message << " / " << run.err.constData();
    }
}
