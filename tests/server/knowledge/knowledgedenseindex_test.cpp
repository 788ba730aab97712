// SPDX-License-Identifier: LicenseRef-Sportello
// The per-business dense index: updated incrementally on import and removal, rebuilt from the
// database (and the embedding cache) when its files are gone or damaged, caught up with changes
// made by another process, and never in the way of the lexical import when the provider is down.
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include "config/serverconfig.h"
#include "knowledge/embedding/cachedembedder.h"
#include "knowledge/embedding/openaiembedder.h"
#include "knowledge/index/vectorindex.h"
#include "knowledge/index/vectorindexstore.h"
#include "knowledge/knowledgebase.h"
#include "knowledge/knowledgepaths.h"
#include "storage/knowledgerepository.h"
#include "support/fakeembeddingserver.h"
#include "support/qtapp.h"
#include "support/testdatabase.h"

using namespace Qt::StringLiterals;
using sportello::test::FakeEmbeddingServer;

namespace sportello::knowledge {
namespace {

constexpr int kDimensions = 8;
const QString kBusiness = u"100000000000001"_s;
const QString kFixtures = QStringLiteral(SPORTELLO_TEST_DATA_DIR "/knowledge/");

class DenseIndexTest : public ::testing::Test
{
protected:
    DenseIndexTest()
        : embedder(embedderOptions())
    {
    }

    OpenAiEmbedderOptions embedderOptions()
    {
        test::QtApp::ensure();
        OpenAiEmbedderOptions options;
        options.baseUrl = server.baseUrl();
        options.model = u"fake-embedding"_s;
        options.timeoutMs = 2000;
        options.maxAttempts = 1;
        options.retryBaseDelayMs = 1;
        return options;
    }

    config::ServerConfig config()
    {
        config::ServerConfig config;
        config.server.dataDir = db.folder();
        config.knowledge.mode = config::KnowledgeSection::Mode::Hybrid;
        config.knowledge.embedder = config::KnowledgeSection::Embedder::OpenAi;
        config::BusinessConfig business;
        business.phoneNumberId = kBusiness;
        config.businesses.append(business);
        return config;
    }

    QString indexPath() const
    {
        return KnowledgePaths::vectorIndex(db.folder(), kBusiness, embedder.modelId());
    }
    QList<qint64> chunkIds()
    {
        return storage::KnowledgeRepository(db.connection()).chunkIds(kBusiness);
    }
    qint64 version() { return storage::KnowledgeRepository(db.connection()).version(kBusiness); }
    std::unique_ptr<VectorIndex> savedIndex()
    {
        QString error;
        auto index = VectorIndex::load(indexPath(), kDimensions, embedder.modelId(), &error);
        EXPECT_TRUE(index) << error.toStdString();
        return index;
    }
    // Texts sent to the provider so far.
    QStringList embeddedTexts() const
    {
        QStringList texts;
        for (const auto &request : server.requests())
            texts += request.input;
        return texts;
    }

    FakeEmbeddingServer server{kDimensions};
    test::TestDatabase db;
    OpenAiEmbedder embedder;
};

TEST_F(DenseIndexTest, ImportAndRemovalUpdateTheSavedIndexIncrementally)
{
    KnowledgeBase knowledge(db.database(), config(), embedder);
    const ImportReport first = knowledge.import(kBusiness, {kFixtures + u"faq-ristorante.csv"_s});
    ASSERT_EQ(first.count(ImportedFile::Outcome::Added), 1);
    EXPECT_TRUE(first.warnings.isEmpty()) << first.warnings.join(u'\n').toStdString();
    ASSERT_TRUE(QFileInfo::exists(indexPath()));
    ASSERT_TRUE(QFileInfo::exists(indexPath() + u".meta"_s));
    EXPECT_EQ(savedIndex()->ids(), chunkIds());
    EXPECT_EQ(savedIndex()->knowledgeVersion(), version());
    const qsizetype sentAfterFirst = embeddedTexts().size();
    EXPECT_EQ(sentAfterFirst, first.files[0].chunks);

    // Only the new document's chunks are embedded.
    const ImportReport second = knowledge.import(kBusiness, {kFixtures + u"ciclofficina.md"_s});
    ASSERT_EQ(second.count(ImportedFile::Outcome::Added), 1);
    EXPECT_EQ(embeddedTexts().size() - sentAfterFirst, second.files[0].chunks);
    EXPECT_EQ(savedIndex()->ids(), chunkIds());
    EXPECT_EQ(savedIndex()->knowledgeVersion(), version());

    // An unchanged re-import embeds nothing and writes nothing.
    const QString meta = indexPath() + u".meta"_s;
    const QDateTime metaWritten = QFileInfo(meta).lastModified();
    const qsizetype sent = embeddedTexts().size();
    EXPECT_EQ(knowledge.import(kBusiness, {kFixtures + u"ciclofficina.md"_s})
                  .count(ImportedFile::Outcome::Unchanged),
              1);
    EXPECT_EQ(embeddedTexts().size(), sent);
    EXPECT_EQ(QFileInfo(meta).lastModified(), metaWritten);

    // Removal drops the document's vectors without embedding anything.
    ASSERT_TRUE(knowledge.remove(kBusiness, u"faq-ristorante.csv"_s));
    EXPECT_EQ(embeddedTexts().size(), sent);
    const auto afterRemoval = savedIndex();
    EXPECT_EQ(afterRemoval->ids(), chunkIds());
    EXPECT_EQ(afterRemoval->size(), second.files[0].chunks);
    EXPECT_EQ(afterRemoval->knowledgeVersion(), version());
}

TEST_F(DenseIndexTest, DeletedIndexFilesAreRebuiltFromTheCacheWithoutTheProvider)
{
    {
        KnowledgeBase knowledge(db.database(), config(), embedder);
        ASSERT_FALSE(knowledge
                         .import(kBusiness, {kFixtures + u"faq-ristorante.csv"_s,
                                             kFixtures + u"ciclofficina.md"_s})
                         .hasFailures());
    }
    ASSERT_TRUE(QFile::remove(indexPath()));
    ASSERT_TRUE(QFile::remove(indexPath() + u".meta"_s));
    const qsizetype sent = embeddedTexts().size();

    // A restarted server: nothing in memory.
    CachedEmbedder cached(embedder, db.database());
    VectorIndexStore store(db.database(), db.folder());
    VectorIndexStore::Sync sync;
    QString error;
    const auto index = store.current(kBusiness, cached, &error, &sync);
    ASSERT_TRUE(index) << error.toStdString();
    EXPECT_TRUE(sync.rebuilt);
    EXPECT_TRUE(sync.saved);
    EXPECT_EQ(index->ids(), chunkIds());
    EXPECT_EQ(index->knowledgeVersion(), version());
    EXPECT_EQ(embeddedTexts().size(), sent) << "the rebuild asked the provider again";
    EXPECT_TRUE(QFileInfo::exists(indexPath()));
    EXPECT_EQ(savedIndex()->ids(), chunkIds());
}

TEST_F(DenseIndexTest, WarmingUpAtStartRebuildsLostFilesBeforeTheFirstSearch)
{
    {
        KnowledgeBase knowledge(db.database(), config(), embedder);
        ASSERT_FALSE(
            knowledge.import(kBusiness, {kFixtures + u"faq-ristorante.csv"_s}).hasFailures());
    }
    ASSERT_TRUE(QFile::remove(indexPath()));
    ASSERT_TRUE(QFile::remove(indexPath() + u".meta"_s));
    const qsizetype sent = embeddedTexts().size();

    KnowledgeBase restarted(db.database(), config(), embedder);
    QString error;
    EXPECT_TRUE(restarted.warmUp(kBusiness, &error)) << error.toStdString();
    EXPECT_TRUE(QFileInfo::exists(indexPath()));
    EXPECT_EQ(savedIndex()->ids(), chunkIds());
    EXPECT_EQ(embeddedTexts().size(), sent) << "the rebuild asked the provider again";
    // A business without documents has nothing to warm up, and that is not a failure.
    EXPECT_TRUE(restarted.warmUp(u"100000000000009"_s, &error)) << error.toStdString();
}

TEST_F(DenseIndexTest, CorruptIndexFilesAreRebuilt)
{
    {
        KnowledgeBase knowledge(db.database(), config(), embedder);
        ASSERT_FALSE(
            knowledge.import(kBusiness, {kFixtures + u"faq-ristorante.csv"_s}).hasFailures());
    }
    for (const QString &path : QStringList{indexPath(), indexPath() + u".meta"_s}) {
        // First the payload, then the .meta: both kinds of damage are detected.
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        file.seek(file.size() / 2);
        file.write("garbage");
        file.close();

        CachedEmbedder cached(embedder, db.database());
        VectorIndexStore store(db.database(), db.folder());
        VectorIndexStore::Sync sync;
        const auto index = store.current(kBusiness, cached, nullptr, &sync);
        ASSERT_TRUE(index);
        EXPECT_TRUE(sync.rebuilt) << path.toStdString();
        EXPECT_FALSE(sync.rebuildReason.isEmpty());
        EXPECT_EQ(index->ids(), chunkIds());
        EXPECT_EQ(savedIndex()->ids(), chunkIds());
    }
}

TEST_F(DenseIndexTest, AnIndexInMemoryCatchesUpWithAnotherProcess)
{
    CachedEmbedder cached(embedder, db.database());
    VectorIndexStore running(db.database(), db.folder()); // the running server's
    KnowledgeBase commandLine(db.database(), config(), embedder);
    const ImportReport first = commandLine.import(kBusiness, {kFixtures + u"faq-ristorante.csv"_s});
    ASSERT_FALSE(first.hasFailures());
    ASSERT_TRUE(running.current(kBusiness, cached));

    // The command line imports one document and removes the other behind the server's back.
    const ImportReport second = commandLine.import(kBusiness, {kFixtures + u"ciclofficina.md"_s});
    ASSERT_FALSE(second.hasFailures());
    ASSERT_TRUE(commandLine.remove(kBusiness, u"faq-ristorante.csv"_s));

    VectorIndexStore::Sync sync;
    const auto index = running.current(kBusiness, cached, nullptr, &sync);
    ASSERT_TRUE(index);
    EXPECT_FALSE(sync.rebuilt);
    EXPECT_FALSE(sync.saved); // the process that changed the knowledge saved it
    EXPECT_EQ(sync.added, second.files[0].chunks);
    EXPECT_EQ(sync.removed, first.files[0].chunks);
    EXPECT_EQ(index->ids(), chunkIds());
    EXPECT_EQ(index->knowledgeVersion(), version());

    // Up to date: the next use changes nothing.
    VectorIndexStore::Sync again;
    running.current(kBusiness, cached, nullptr, &again);
    EXPECT_EQ(again.added + again.removed, 0);
}

TEST_F(DenseIndexTest, AProviderDownKeepsTheLexicalImportAndCatchesUpLater)
{
    KnowledgeBase knowledge(db.database(), config(), embedder);
    server.misbehave(FakeEmbeddingServer::Mode::ServerError);
    const ImportReport report = knowledge.import(kBusiness, {kFixtures + u"ciclofficina.md"_s});
    EXPECT_EQ(report.count(ImportedFile::Outcome::Added), 1);
    ASSERT_EQ(report.warnings.size(), 1);
    EXPECT_TRUE(report.warnings.first().contains(u"dense index"_s))
        << report.warnings.first().toStdString();

    RetrievalRequest request;
    request.phoneNumberId = kBusiness;
    request.query = u"riparazione foratura"_s;
    request.language = u"it"_s;
    QString note;
    const auto found = knowledge.search(request, {}, &note);
    ASSERT_FALSE(found.isEmpty()); // BM25 answers
    EXPECT_EQ(found.first().section.value(1), u"Riparazioni"_s);

    server.misbehave(FakeEmbeddingServer::Mode::Normal);
    CachedEmbedder cached(embedder, db.database());
    VectorIndexStore store(db.database(), db.folder());
    const auto index = store.current(kBusiness, cached);
    ASSERT_TRUE(index);
    EXPECT_EQ(index->ids(), chunkIds());
}

TEST_F(DenseIndexTest, DenseSearchFindsTheChunkWhoseTextIsTheQuery)
{
    KnowledgeBase knowledge(db.database(), config(), embedder);
    // One line, no heading: the chunk is embedded from exactly this text, and so is the query,
    // so the fake provider's hash vectors put it first at cosine 1.
    const QByteArray line = "Il martedi consegniamo le biciclette riparate entro le diciotto.";
    QTemporaryDir dir;
    const QString path = dir.filePath(u"consegne.txt"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(line);
    file.close();
    ASSERT_FALSE(knowledge
                     .import(kBusiness, {kFixtures + u"faq-ristorante.csv"_s,
                                         kFixtures + u"ciclofficina.md"_s, path})
                     .hasFailures());
    RetrievalRequest request;
    request.phoneNumberId = kBusiness;
    request.query = QString::fromUtf8(line);
    request.language = u"it"_s;
    KnowledgeBase::SearchOptions dense;
    dense.mode = config::KnowledgeSection::Mode::Dense;
    QString note;
    const auto found = knowledge.search(request, dense, &note);
    EXPECT_TRUE(note.isEmpty()) << note.toStdString();
    ASSERT_FALSE(found.isEmpty());
    EXPECT_EQ(found.first().sourceName, u"consegne.txt"_s);
    EXPECT_NEAR(found.first().score, 1.0, 1e-4);

    // Hybrid (the configured mode) has it first too.
    const auto hybrid = knowledge.search(request);
    ASSERT_FALSE(hybrid.isEmpty());
    EXPECT_EQ(hybrid.first().sourceName, u"consegne.txt"_s);
}

} // namespace
} // namespace sportello::knowledge
