// SPDX-License-Identifier: LicenseRef-Sportello
// DenseRetriever over fastText vectors of a five-language clinic FAQ: read-back, filters
// (business, language, validity, type) and widening past filtered-out neighbours.
#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "knowledge/embedding/embeddingtext.h"
#include "knowledge/embedding/fasttextembedder.h"
#include "knowledge/index/vectorindex.h"
#include "knowledge/retrieval/denseretriever.h"
#include "knowledge/retrieval/knowledgeindexer.h"
#include "storage/knowledgerepository.h"
#include "support/multilingualfaq.h"
#include "support/testdatabase.h"

namespace sportello::knowledge {
namespace {

using test::TestDatabase;

const QString kBusiness = QStringLiteral("100000000000001");
const QString kOther = QStringLiteral("100000000000002");
const QString kDir = QStringLiteral(SPORTELLO_TEST_DATA_DIR "/knowledge/retrieval/");
const QDate kToday(2025, 6, 15);

class DenseRetrieverTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        test::MultilingualFaq::index(m_db.connection(), kBusiness, &m_idOfQuestion);
        // Another business's twin of the Italian opening-hours entry, in the same index.
        ParsedDocument other;
        other.type = QStringLiteral("faq");
        other.chunks.append(
            test::MultilingualFaq::documents().value(QStringLiteral("it")).chunks.value(0));
        KnowledgeIndexer(m_db.connection())
            .index(kOther, QStringLiteral("faq-it.jsonl"), other, QStringLiteral("it"));

        storage::KnowledgeRepository repository(m_db.connection());
        QList<qint64> ids;
        for (const QString &business : {kBusiness, kOther}) {
            for (const auto &document : repository.documents(business)) {
                for (const auto &chunk : repository.chunks(document.id)) {
                    ids.append(chunk.id);
                    m_texts.append(
                        EmbeddingText::forChunk(chunk.section, chunk.question, chunk.text));
                }
            }
        }
        FastTextEmbedderOptions options;
        options.dimensions = 24;
        options.epochs = 20;
        options.buckets = 20000;
        QString error;
        m_embedder = FastTextEmbedder::train(m_texts, options, &error);
        ASSERT_TRUE(m_embedder) << qPrintable(error);
        m_index = std::make_unique<VectorIndex>(m_embedder->dimensions(), m_embedder->modelId());
        const auto vectors = m_embedder->embed(m_texts, &error);
        ASSERT_TRUE(vectors);
        for (qsizetype i = 0; i < ids.size(); ++i)
            ASSERT_TRUE(m_index->add(ids.at(i), vectors->at(i)));
    }

    RetrievalRequest request(const QString &query, int topK = 5) const
    {
        RetrievalRequest r;
        r.phoneNumberId = kBusiness;
        r.query = query;
        r.date = kToday;
        r.topK = topK;
        return r;
    }

    QStringList ids(const QList<RetrievedChunk> &chunks) const
    {
        QStringList result;
        for (const auto &chunk : chunks)
            result.append(m_idOfQuestion.value(chunk.question));
        return result;
    }

    QStringList retrieve(const RetrievalRequest &r)
    {
        DenseRetriever retriever(m_db.connection(), *m_embedder, *m_index);
        QString error;
        const auto found = retriever.retrieve(r, &error);
        EXPECT_TRUE(found) << qPrintable(error);
        return found ? ids(*found) : QStringList{};
    }

    TestDatabase m_db;
    QHash<QString, QString> m_idOfQuestion;
    QStringList m_texts;
    std::unique_ptr<FastTextEmbedder> m_embedder;
    std::unique_ptr<VectorIndex> m_index;
};

TEST_F(DenseRetrieverTest, AChunksOwnTextFindsItFirstWithItsSource)
{
    DenseRetriever retriever(m_db.connection(), *m_embedder, *m_index);
    QString error;
    const auto found = retriever.retrieve(request(m_texts.value(0)), &error);
    ASSERT_TRUE(found) << qPrintable(error);
    ASSERT_EQ(found->size(), 5);
    const RetrievedChunk &first = found->at(0);
    EXPECT_NEAR(first.score, 1.0, 1e-4);
    EXPECT_EQ(EmbeddingText::forChunk(first.section, first.question, first.text), m_texts.value(0));
    EXPECT_EQ(first.documentType, QStringLiteral("faq"));
    EXPECT_TRUE(first.sourceName.startsWith(u"faq-")) << qPrintable(first.sourceName);
    EXPECT_FALSE(first.language.isEmpty());
    EXPECT_GT(first.documentId, 0);
    for (qsizetype i = 1; i < found->size(); ++i)
        EXPECT_GE(found->at(i - 1).score, found->at(i).score);
}

TEST_F(DenseRetrieverTest, OtherBusinessesAreNeverReturned)
{
    storage::KnowledgeRepository repository(m_db.connection());
    const qint64 otherDocument = repository.documents(kOther).value(0).id;
    DenseRetriever retriever(m_db.connection(), *m_embedder, *m_index);
    const auto found =
        retriever.retrieve(request(QStringLiteral("orari di apertura"), 30), nullptr);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->size(), 18); // the business's 20 entries but the two out of their dates
    for (const auto &chunk : *found)
        EXPECT_NE(chunk.documentId, otherDocument);
}

TEST_F(DenseRetrieverTest, ChunksOutsideTheirDatesAreNeverReturned)
{
    const QString expiredText = QStringLiteral(
        "C'è uno sconto sullo sbiancamento?\nPromozioni\nSconto del 30% sullo sbiancamento per "
        "tutto marzo 2020.");
    const QStringList today = retrieve(request(expiredText, 30));
    EXPECT_FALSE(today.contains(QStringLiteral("it-promo-scaduta")));
    EXPECT_FALSE(today.contains(QStringLiteral("it-promo-futura")));
    RetrievalRequest then = request(expiredText);
    then.date = QDate(2020, 3, 15);
    EXPECT_EQ(retrieve(then).value(0), QStringLiteral("it-promo-scaduta"));
}

TEST_F(DenseRetrieverTest, LanguageAndTypeFiltersWidenUntilTopKPass)
{
    // Sixty more English chunks, so the first round of candidates (32) cannot hold every
    // chunk and the three German ones must be found by widening.
    ParsedDocument catalogue;
    catalogue.type = QStringLiteral("text");
    for (int i = 0; i < 60; ++i) {
        ChunkDraft chunk;
        chunk.ordinal = i;
        chunk.text = QStringLiteral("Item %1 of the catalogue costs %2 euro and ships in %3 days.")
                         .arg(i)
                         .arg(10 + i)
                         .arg(i % 7 + 1);
        chunk.language = QStringLiteral("en");
        catalogue.chunks.append(chunk);
    }
    KnowledgeIndexer(m_db.connection())
        .index(kBusiness, QStringLiteral("catalogue.txt"), catalogue, QStringLiteral("en"));
    storage::KnowledgeRepository repository(m_db.connection());
    const auto stored = repository.documentBySource(kBusiness, QStringLiteral("catalogue.txt"));
    ASSERT_TRUE(stored);
    for (const auto &chunk : repository.chunks(stored->id)) {
        ASSERT_TRUE(m_index->add(chunk.id, m_embedder->embedOne(EmbeddingText::forChunk(
                                               chunk.section, chunk.question, chunk.text))));
    }
    ASSERT_EQ(m_index->size(), 81);

    RetrievalRequest german =
        request(QStringLiteral("What does item 12 of the catalogue cost?"), 3);
    german.onlyLanguage = QStringLiteral("de");
    const QStringList found = retrieve(german);
    ASSERT_EQ(found.size(), 3);
    for (const QString &id : found)
        EXPECT_TRUE(id.startsWith(u"de-")) << qPrintable(id);

    RetrievalRequest markdown = request(m_texts.value(0));
    markdown.documentType = QStringLiteral("markdown");
    EXPECT_TRUE(retrieve(markdown).isEmpty());
    RetrievalRequest faq = request(m_texts.value(0));
    faq.documentType = QStringLiteral("faq");
    EXPECT_EQ(retrieve(faq).size(), 5);
}

TEST_F(DenseRetrieverTest, QueriesWithoutWordsAndEmptyIndexesFindNothing)
{
    EXPECT_TRUE(retrieve(request(QStringLiteral("?!"))).isEmpty());
    const VectorIndex empty(m_embedder->dimensions(), m_embedder->modelId());
    DenseRetriever retriever(m_db.connection(), *m_embedder, empty);
    const auto found = retriever.retrieve(request(QStringLiteral("orari")), nullptr);
    ASSERT_TRUE(found);
    EXPECT_TRUE(found->isEmpty());
}

} // namespace
} // namespace sportello::knowledge
