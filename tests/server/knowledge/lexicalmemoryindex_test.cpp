// SPDX-License-Identifier: LicenseRef-Sportello
// The in-memory lexical index against FTS5's bm25(): same ranking and scores, filters, updates.
#include <gtest/gtest.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include "config/serverconfig.h"
#include "knowledge/index/lexicalindexstore.h"
#include "knowledge/index/lexicalmemoryindex.h"
#include "knowledge/knowledgebase.h"
#include "knowledge/retrieval/knowledgeindexer.h"
#include "knowledge/retrieval/lexicalretriever.h"
#include "knowledge/text/knowledgeanalyzer.h"
#include "storage/knowledgerepository.h"
#include "support/multilingualfaq.h"
#include "support/qtapp.h"
#include "support/testdatabase.h"

namespace sportello::knowledge {
namespace {

using test::TestDatabase;

const QString kBusiness = QStringLiteral("100000000000001");
const QString kOther = QStringLiteral("100000000000002");
const QString kDir = QStringLiteral(SPORTELLO_TEST_DATA_DIR "/knowledge/retrieval/");

QList<QJsonObject> readJsonLines(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(path);
    QList<QJsonObject> result;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            result.append(QJsonDocument::fromJson(line).object());
    }
    return result;
}

ParsedDocument faq(const QString &question, const QString &answer)
{
    ParsedDocument document;
    document.type = QStringLiteral("faq");
    ChunkDraft chunk;
    chunk.question = question;
    chunk.text = answer;
    chunk.language = QStringLiteral("it");
    document.chunks = {chunk};
    return document;
}

class LexicalMemoryIndexTest : public ::testing::Test
{
protected:
    void SetUp() override { test::MultilingualFaq::index(m_db.connection(), kBusiness); }

    RetrievalRequest request(const QString &query, const QString &language) const
    {
        RetrievalRequest r;
        r.phoneNumberId = kBusiness;
        r.query = query;
        r.language = language;
        r.date = QDate(2025, 6, 15);
        r.topK = 50;
        return r;
    }

    // Same chunks in the same order with the same scores.
    static void expectSame(const QList<RetrievedChunk> &expected,
                           const QList<RetrievedChunk> &actual, const QString &what)
    {
        ASSERT_EQ(actual.size(), expected.size()) << qPrintable(what);
        for (qsizetype i = 0; i < expected.size(); ++i) {
            EXPECT_EQ(actual[i].chunkId, expected[i].chunkId) << qPrintable(what) << " #" << i;
            EXPECT_NEAR(actual[i].score, expected[i].score, 1e-9) << qPrintable(what) << " #" << i;
            EXPECT_EQ(actual[i].question, expected[i].question);
            EXPECT_EQ(actual[i].sourceName, expected[i].sourceName);
        }
    }

    void index(const QString &business, const QString &source, const ParsedDocument &document)
    {
        KnowledgeIndexer(m_db.connection()).index(business, source, document, QStringLiteral("it"));
    }

    TestDatabase m_db;
    LexicalIndexStore m_store{m_db.database()};
    LexicalRetriever m_fts{m_db.connection()};
    LexicalRetriever m_memory{m_db.connection(), m_store};
};

TEST_F(LexicalMemoryIndexTest, RanksAndScoresEveryQueryAsFts5)
{
    const auto queries = readJsonLines(kDir + u"queries-multilingual.jsonl");
    ASSERT_FALSE(queries.isEmpty());
    for (const QJsonObject &query : queries) {
        const auto r =
            request(query.value(u"text").toString(), query.value(u"language").toString());
        const auto expected = m_fts.retrieve(r);
        ASSERT_FALSE(expected.isEmpty()) << qPrintable(r.query);
        expectSame(expected, m_memory.retrieve(r), r.query);
        // A smaller limit keeps the head of the same ranking.
        RetrievalRequest three = r;
        three.topK = 3;
        expectSame(m_fts.retrieve(three), m_memory.retrieve(three), r.query + u" top 3");
    }
}

TEST_F(LexicalMemoryIndexTest, FiltersAsFts5)
{
    auto r = request(QStringLiteral("orari apertura sabato prenotare visita parcheggio sconto "
                                    "sbiancamento"),
                     QStringLiteral("it"));
    // Outside, inside and after the promotions' windows.
    for (const QDate &date : {QDate(2025, 6, 15), QDate(2020, 3, 15), QDate(2999, 6, 1)}) {
        r.date = date;
        expectSame(m_fts.retrieve(r), m_memory.retrieve(r), date.toString(Qt::ISODate));
    }
    r.onlyLanguage = QStringLiteral("it");
    const auto italian = m_memory.retrieve(r);
    ASSERT_FALSE(italian.isEmpty());
    for (const auto &chunk : italian)
        EXPECT_EQ(chunk.language, QStringLiteral("it"));
    expectSame(m_fts.retrieve(r), italian, QStringLiteral("only it"));
    r.onlyLanguage = QStringLiteral("xx");
    EXPECT_TRUE(m_memory.retrieve(r).isEmpty());
    r.onlyLanguage.clear();
    r.documentType = QStringLiteral("markdown");
    EXPECT_TRUE(m_memory.retrieve(r).isEmpty());
    r.documentType = QStringLiteral("faq");
    expectSame(m_fts.retrieve(r), m_memory.retrieve(r), QStringLiteral("faq"));
}

TEST_F(LexicalMemoryIndexTest, NoSearchableWordFindsNothing)
{
    EXPECT_TRUE(
        m_memory.retrieve(request(QStringLiteral("\" * - ( ) :"), QStringLiteral("it"))).isEmpty());
    EXPECT_TRUE(m_memory.retrieve(request(QString(), QStringLiteral("it"))).isEmpty());
}

TEST_F(LexicalMemoryIndexTest, FollowsImportsAndRemovalsByDiffingChunkIds)
{
    LexicalIndexStore::Sync sync;
    const auto first = m_store.current(kBusiness, &sync);
    EXPECT_TRUE(sync.built);
    const qsizetype before = first->size();
    ASSERT_GT(before, 0);

    // Another writer (here the repository directly, as another process would) adds a
    // document: the next use reads only its rows.
    index(kBusiness, QStringLiteral("extra.jsonl"),
          faq(QStringLiteral("Avete il parcheggio per disabili?"),
              QStringLiteral("Sì, due posti riservati davanti all'ingresso.")));
    sync = {};
    const auto second = m_store.current(kBusiness, &sync);
    EXPECT_FALSE(sync.built);
    EXPECT_EQ(sync.added, 1);
    EXPECT_EQ(sync.removed, 0);
    EXPECT_EQ(second->size(), before + 1);
    EXPECT_EQ(first->size(), before); // a search holding the old index is not disturbed
    const auto r = request(QStringLiteral("parcheggio disabili"), QStringLiteral("it"));
    const auto found = m_memory.retrieve(r);
    ASSERT_FALSE(found.isEmpty());
    EXPECT_EQ(found.first().question, QStringLiteral("Avete il parcheggio per disabili?"));
    expectSame(m_fts.retrieve(r), found, QStringLiteral("after import"));

    // Unchanged knowledge: the same index.
    sync = {};
    EXPECT_EQ(m_store.current(kBusiness, &sync), second);
    EXPECT_EQ(sync.added + sync.removed, 0);

    storage::KnowledgeRepository repository(m_db.connection());
    const auto extra = repository.documentBySource(kBusiness, QStringLiteral("extra.jsonl"));
    ASSERT_TRUE(extra.has_value());
    ASSERT_TRUE(repository.removeDocument(kBusiness, extra->id));
    sync = {};
    const auto third = m_store.current(kBusiness, &sync);
    EXPECT_EQ(sync.removed, 1);
    EXPECT_EQ(third->size(), before);
    expectSame(m_fts.retrieve(r), m_memory.retrieve(r), QStringLiteral("after removal"));

    // A diffed index is the index built anew.
    LexicalIndexStore fresh(m_db.database());
    LexicalRetriever rebuilt(m_db.connection(), fresh);
    const auto q = request(QStringLiteral("orari del sabato prenotazione"), QStringLiteral("it"));
    expectSame(rebuilt.retrieve(q), m_memory.retrieve(q), QStringLiteral("diffed vs built"));
    EXPECT_EQ(fresh.current(kBusiness)->chunkIds(), third->chunkIds());
    EXPECT_DOUBLE_EQ(fresh.current(kBusiness)->averageLength(), third->averageLength());
}

TEST_F(LexicalMemoryIndexTest, StatisticsAreTheBusinessOwn)
{
    const auto r = request(QStringLiteral("orari sabato prenotare visita"), QStringLiteral("it"));
    const auto alone = m_memory.retrieve(r);
    const auto held = m_store.current(kBusiness);
    const QString term =
        KnowledgeAnalyzer(QStringLiteral("it")).terms(QStringLiteral("orari")).value(0);
    const double averageAlone = held->averageLength();
    const qsizetype frequencyAlone =
        held->documentFrequency(LexicalMemoryIndex::Group::Terms, term);
    EXPECT_GT(frequencyAlone, 0);
    ASSERT_FALSE(alone.isEmpty());

    // Another business with many chunks about opening hours: FTS5's statistics change with
    // it, the business's own do not.
    for (int i = 0; i < 20; ++i)
        index(kOther, QStringLiteral("other-%1.jsonl").arg(i),
              faq(QStringLiteral("Quali sono gli orari del sabato %1?").arg(i),
                  QStringLiteral("Il sabato siamo aperti con orari ridotti, orari estivi.")));
    const auto after = m_store.current(kBusiness);
    EXPECT_EQ(after, held); // its knowledge did not change
    EXPECT_DOUBLE_EQ(after->averageLength(), averageAlone);
    EXPECT_EQ(after->documentFrequency(LexicalMemoryIndex::Group::Terms, term), frequencyAlone);
    expectSame(alone, m_memory.retrieve(r), QStringLiteral("with another business"));

    const auto other = m_store.current(kOther);
    EXPECT_EQ(other->size(), 20);
    auto theirs = r;
    theirs.phoneNumberId = kOther;
    for (const auto &chunk : m_memory.retrieve(theirs))
        EXPECT_TRUE(chunk.question.startsWith(u"Quali sono gli orari del sabato"));
}

// The server's KnowledgeBase and the command line's (another instance, here on the same
// database) change the knowledge in turn; each one's searches follow the other's changes.
TEST_F(LexicalMemoryIndexTest, KnowledgeBasesFollowEachOthersChanges)
{
    test::QtApp::ensure();
    config::ServerConfig config;
    config.server.dataDir = m_db.folder();
    config::BusinessConfig business;
    business.phoneNumberId = kBusiness;
    business.name = QStringLiteral("Test");
    business.languages = {QStringLiteral("it")};
    business.defaultLanguage = QStringLiteral("it");
    config.businesses.append(business);
    config.knowledge.mode = config::KnowledgeSection::Mode::Bm25;
    config.knowledge.embedder = config::KnowledgeSection::Embedder::None;
    config.knowledge.minScore = 0;
    KnowledgeBase server(m_db.database(), config);
    KnowledgeBase commandLine(m_db.database(), config);
    QString why;
    ASSERT_TRUE(server.warmUp(kBusiness, &why)) << qPrintable(why);

    auto r = request(QStringLiteral("ciclofficina riparazione bicicletta"), QStringLiteral("it"));
    r.topK = 5;
    const auto before = server.search(r);
    ASSERT_FALSE(commandLine
                     .import(kBusiness,
                             {QStringLiteral(SPORTELLO_TEST_DATA_DIR "/knowledge/ciclofficina.md")})
                     .hasFailures());
    const auto afterImport = server.search(r);
    ASSERT_FALSE(afterImport.isEmpty());
    EXPECT_EQ(afterImport.first().sourceName, QStringLiteral("ciclofficina.md"));
    expectSame(m_fts.retrieve(r), afterImport, QStringLiteral("after the other's import"));

    ASSERT_TRUE(commandLine.remove(kBusiness, QStringLiteral("ciclofficina.md")).has_value());
    const auto afterRemoval = server.search(r);
    for (const auto &chunk : afterRemoval)
        EXPECT_NE(chunk.sourceName, QStringLiteral("ciclofficina.md"));
    expectSame(before, afterRemoval, QStringLiteral("after the other's removal"));
}

} // namespace
} // namespace sportello::knowledge
