// SPDX-License-Identifier: LicenseRef-Sportello
// `kb import|list|remove|search`: the real binary on a temporary data folder with the embedded
// default configuration (business 100000000000001).
#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include "support/qtapp.h"

using namespace Qt::StringLiterals;

namespace {

const QString kBusiness = u"100000000000001"_s;
const QString kFixtures = QStringLiteral(SPORTELLO_TEST_DATA_DIR "/knowledge/");

struct KbRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

class KbCommandTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        sportello::test::QtApp::ensure();
        ASSERT_TRUE(m_dir.isValid());
        // The machine's own SPORTELLO_* settings must not change what the binary does.
        m_environment = QProcessEnvironment::systemEnvironment();
        for (const QString &name : m_environment.keys()) {
            if (name.startsWith(u"SPORTELLO_"_s))
                m_environment.remove(name);
        }
        m_environment.insert(u"HOME"_s, m_dir.path());
        m_environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"xdg"_s));
    }

    KbRun kb(const QStringList &arguments)
    {
        QProcess process;
        process.setProcessEnvironment(m_environment);
        process.start(QStringLiteral(SPORTELLO_SERVER_BINARY),
                      QStringList{u"kb"_s} + arguments +
                          QStringList{u"--data-dir"_s, m_dir.filePath(u"data"_s)});
        EXPECT_TRUE(process.waitForFinished(30000));
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
    QJsonObject json(const QStringList &arguments, int expectedExit = 0)
    {
        const KbRun run = kb(arguments + QStringList{u"--json"_s});
        EXPECT_EQ(run.exitCode, expectedExit) << run.err.toStdString();
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        EXPECT_EQ(error.error, QJsonParseError::NoError) << run.out.toStdString();
        return object;
    }
    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        return path;
    }

    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
};

TEST_F(KbCommandTest, ImportsListsSearchesAndRemoves)
{
    const QStringList files{kFixtures + u"faq-ristorante.csv"_s,
                            kFixtures + u"studio-dentistico-prezzi.md"_s,
                            kFixtures + u"ciclofficina.md"_s};
    const KbRun imported = kb(QStringList{u"import"_s, u"--business"_s, kBusiness} + files);
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(u"added"_s)) << imported.out.toStdString();
    EXPECT_TRUE(imported.out.contains(u"3 files: 3 added"_s)) << imported.out.toStdString();
    // The parser's warnings name the file and row.
    EXPECT_TRUE(imported.out.contains(u"faq-ristorante.csv:7 (row 6)"_s))
        << imported.out.toStdString();
    EXPECT_TRUE(imported.err.contains(u"3/3"_s)) << imported.err.toStdString(); // progress

    const QJsonObject again = json(QStringList{u"import"_s, u"--business"_s, kBusiness} + files);
    EXPECT_EQ(again.value(u"unchanged").toInt(), 3);
    EXPECT_EQ(again.value(u"added").toInt(), 0);
    EXPECT_EQ(again.value(u"chunks").toInt(), 0);

    const QJsonArray documents =
        json({u"list"_s, u"--business"_s, kBusiness}).value(u"documents").toArray();
    ASSERT_EQ(documents.size(), 3);
    QStringList sources;
    for (const auto &document : documents) {
        sources.append(document[u"source"].toString());
        EXPECT_GT(document[u"chunks"].toInt(), 0);
        EXPECT_GT(document[u"id"].toInteger(), 0);
    }
    EXPECT_TRUE(sources.contains(u"ciclofficina.md"_s));
    const KbRun table = kb({u"list"_s, u"--business"_s, kBusiness});
    EXPECT_EQ(table.exitCode, 0);
    EXPECT_TRUE(table.out.contains(u"SOURCE"_s));
    EXPECT_TRUE(table.out.contains(u"faq-ristorante.csv"_s));

    const QJsonObject search = json({u"search"_s, u"--business"_s, kBusiness,
                                     u"riparate una foratura?"_s, u"--top-k"_s, u"2"_s});
    EXPECT_EQ(search.value(u"mode").toString(), u"bm25"_s);
    const QJsonArray results = search.value(u"results").toArray();
    ASSERT_FALSE(results.isEmpty());
    EXPECT_LE(results.size(), 2);
    const QJsonObject best = results.first().toObject();
    EXPECT_EQ(best.value(u"source").toString(), u"ciclofficina.md"_s);
    EXPECT_EQ(best.value(u"section").toArray().last().toString(), u"Riparazioni"_s);
    EXPECT_GT(best.value(u"score").toDouble(), 0.0);
    EXPECT_EQ(best.value(u"rank").toInt(), 1);

    const KbRun text = kb({u"search"_s, u"--business"_s, kBusiness, u"cane"_s});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(u"faq-ristorante.csv"_s) || text.out.contains(u"no chunk"_s))
        << text.out.toStdString();

    // dense without an embedder: BM25 answers, and says so.
    const KbRun dense =
        kb({u"search"_s, u"--business"_s, kBusiness, u"foratura"_s, u"--mode"_s, u"dense"_s});
    EXPECT_EQ(dense.exitCode, 0);
    EXPECT_TRUE(dense.err.contains(u"BM25"_s)) << dense.err.toStdString();
    EXPECT_TRUE(dense.out.contains(u"ciclofficina.md"_s)) << dense.out.toStdString();

    const QJsonObject removed =
        json({u"remove"_s, u"--business"_s, kBusiness, u"ciclofficina.md"_s});
    EXPECT_EQ(removed.value(u"source").toString(), u"ciclofficina.md"_s);
    qint64 faqId = 0;
    for (const auto &document : documents) {
        if (document[u"source"].toString() == u"faq-ristorante.csv"_s)
            faqId = document[u"id"].toInteger();
    }
    const KbRun byId = kb({u"remove"_s, u"--business"_s, kBusiness, QString::number(faqId)});
    EXPECT_EQ(byId.exitCode, 0) << byId.err.toStdString();
    EXPECT_TRUE(byId.out.startsWith(u"removed "_s)) << byId.out.toStdString();
    EXPECT_EQ(json({u"list"_s, u"--business"_s, kBusiness}).value(u"documents").toArray().size(),
              1);

    const KbRun missing = kb({u"remove"_s, u"--business"_s, kBusiness, u"ciclofficina.md"_s});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains(u"no document \"ciclofficina.md\""_s))
        << missing.err.toStdString();
}

TEST_F(KbCommandTest, ABadFileIsNamedAndTheRestGoesIn)
{
    const QString bad = write(u"broken.json"_s, "[{\"question\": \"Orari?\",\n \"answer\": ]");
    const QJsonObject report = json(
        {u"import"_s, u"--business"_s, kBusiness, bad, kFixtures + u"politica-cancelacion.txt"_s},
        2);
    EXPECT_EQ(report.value(u"failed").toInt(), 1);
    EXPECT_EQ(report.value(u"added").toInt(), 1);
    const QJsonObject failed = report.value(u"files").toArray().first().toObject();
    EXPECT_EQ(failed.value(u"outcome").toString(), u"failed"_s);
    EXPECT_TRUE(failed.value(u"error").toString().contains(u"broken.json:2:"_s))
        << failed.value(u"error").toString().toStdString();

    const KbRun text = kb({u"import"_s, u"--business"_s, kBusiness, bad});
    EXPECT_EQ(text.exitCode, 2);
    EXPECT_TRUE(text.err.contains(u"broken.json:2:"_s)) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(u"1 failed"_s)) << text.out.toStdString();
}

TEST_F(KbCommandTest, BadInvocationsExitTwoSayingWhy)
{
    struct Case
    {
        QStringList arguments;
        QString message;
    };
    const QString config = write(u"dense.json"_s, R"({"knowledge": {"mode": "dense"}})");
    const QList<Case> cases = {
        {{u"import"_s, u"--business"_s, u"199999999999999"_s, kFixtures + u"ciclofficina.md"_s},
         u"unknown business 199999999999999"_s},
        {{u"list"_s, u"--business"_s, u"199999999999999"_s}, u"unknown business 199999999999999"_s},
        {{u"search"_s, u"orari"_s}, u"needs --business"_s},
        {{u"import"_s, u"--business"_s, kBusiness}, u"needs at least one FILE"_s},
        {{u"remove"_s, u"--business"_s, kBusiness}, u"needs a DOCUMENT"_s},
        {{u"search"_s, u"--business"_s, kBusiness}, u"needs a query"_s},
        {{u"search"_s, u"--business"_s, kBusiness, u"orari"_s, u"--mode"_s, u"magic"_s},
         u"--mode expects bm25, dense or hybrid"_s},
        {{u"search"_s, u"--business"_s, kBusiness, u"orari"_s, u"--top-k"_s, u"0"_s}, u"--top-k"_s},
        {{u"import"_s, u"--business"_s, kBusiness, u"--type"_s, u"docx"_s, u"a.docx"_s},
         u"--type expects"_s},
        {{u"list"_s, u"--business"_s, kBusiness, u"--config"_s, config}, u"knowledge.mode"_s},
    };
    for (const Case &c : cases) {
        const KbRun run = kb(c.arguments);
        EXPECT_EQ(run.exitCode, 2) << c.message.toStdString();
        EXPECT_TRUE(run.err.contains(c.message))
            << c.message.toStdString() << " / " << run.err.toStdString();
    }
}

TEST_F(KbCommandTest, HelpDocumentsTheActions)
{
    const KbRun help = kb({u"--help"_s});
    EXPECT_EQ(help.exitCode, 0);
    for (const QString &word : {u"import"_s, u"list"_s, u"remove"_s, u"search"_s, u"eval"_s,
                                u"--business"_s, u"--data-dir"_s, u"--config"_s})
        EXPECT_TRUE(help.out.contains(word)) << word.toStdString();
}

} // namespace
