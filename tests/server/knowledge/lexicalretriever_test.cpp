// SPDX-License-Identifier: LicenseRef-Sportello
// LexicalRetriever on a five-language clinic FAQ: known answers, validity, filters, and
// customer text that looks like query syntax.
#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "knowledge/retrieval/knowledgeindexer.h"
#include "knowledge/retrieval/lexicalretriever.h"
#include "support/multilingualfaq.h"
#include "support/testdatabase.h"

namespace sportello::knowledge {
namespace {

using test::TestDatabase;

const QString kBusiness = QStringLiteral("100000000000001");
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

// The fixture as one document per language, chunk questions carrying the entry ids.
class LexicalRetrieverTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        test::MultilingualFaq::index(m_db.connection(), kBusiness, &m_idOfQuestion);
    }

    QStringList ids(const QList<RetrievedChunk> &chunks) const
    {
        QStringList result;
        for (const auto &chunk : chunks)
            result.append(m_idOfQuestion.value(chunk.question));
        return result;
    }

    QList<RetrievedChunk> retrieve(const QString &query, const QString &language,
                                   const QDate &date = QDate(2025, 6, 15))
    {
        RetrievalRequest request;
        request.phoneNumberId = kBusiness;
        request.query = query;
        request.language = language;
        request.date = date;
        return m_retriever.retrieve(request);
    }

    TestDatabase m_db;
    LexicalRetriever m_retriever{m_db.connection()};
    QHash<QString, QString> m_idOfQuestion;
};

TEST_F(LexicalRetrieverTest, EveryQueryFindsItsAnswerFirst)
{
    const auto queries = readJsonLines(kDir + u"queries-multilingual.jsonl");
    ASSERT_EQ(queries.size(), 18);
    for (const QJsonObject &query : queries) {
        const QString text = query.value(u"text").toString();
        const auto found = retrieve(text, query.value(u"language").toString());
        ASSERT_FALSE(found.isEmpty()) << qPrintable(text);
        EXPECT_EQ(ids(found).constFirst(), query.value(u"expected").toString())
            << qPrintable(text) << " ranked " << qPrintable(ids(found).join(u' '));
    }
}

TEST_F(LexicalRetrieverTest, ResultsCarryTheirSourceAndAreBestFirst)
{
    RetrievalRequest request;
    request.phoneNumberId = kBusiness;
    request.query = QStringLiteral("quanto costa l'igiene dentale?");
    request.language = QStringLiteral("it");
    request.topK = 3;
    request.date = QDate(2025, 6, 15);
    const auto found = m_retriever.retrieve(request);
    ASSERT_FALSE(found.isEmpty());
    ASSERT_LE(found.size(), 3);
    EXPECT_EQ(found.at(0).sourceName, QStringLiteral("faq-it.jsonl"));
    EXPECT_EQ(found.at(0).section,
              (QStringList{QStringLiteral("Prezzi"), QStringLiteral("Igiene")}));
    EXPECT_EQ(found.at(0).question, QStringLiteral("Quanto costa l'igiene dentale?"));
    EXPECT_TRUE(found.at(0).text.startsWith(QStringLiteral("La seduta")));
    EXPECT_GT(found.at(0).chunkId, 0);
    EXPECT_GT(found.at(0).documentId, 0);
    for (qsizetype i = 1; i < found.size(); ++i)
        EXPECT_GE(found.at(i - 1).score, found.at(i).score);
}

TEST_F(LexicalRetrieverTest, PromotionsOutsideTheirDatesAreNeverReturned)
{
    const auto today =
        ids(retrieve(QStringLiteral("sconto sullo sbiancamento"), QStringLiteral("it")));
    EXPECT_FALSE(today.contains(QStringLiteral("it-promo-scaduta")));
    EXPECT_FALSE(today.contains(QStringLiteral("it-promo-futura")));
    EXPECT_EQ(today.value(0), QStringLiteral("it-sbiancamento"));
    // In March 2020 the promotion was on, and it is the better answer.
    const auto then = ids(retrieve(QStringLiteral("sconto sullo sbiancamento"),
                                   QStringLiteral("it"), QDate(2020, 3, 15)));
    EXPECT_EQ(then.value(0), QStringLiteral("it-promo-scaduta"));
    EXPECT_FALSE(then.contains(QStringLiteral("it-promo-futura")));
}

TEST_F(LexicalRetrieverTest, LanguageAndTypeFiltersAndUnknownLanguage)
{
    RetrievalRequest request;
    request.phoneNumberId = kBusiness;
    request.query = QStringLiteral("WhatsApp");
    request.language = QStringLiteral("en");
    request.date = QDate(2025, 6, 15);
    request.topK = 20;
    // Every language's booking answer mentions WhatsApp.
    EXPECT_EQ(m_retriever.retrieve(request).size(), 5);
    request.onlyLanguage = QStringLiteral("de");
    EXPECT_EQ(ids(m_retriever.retrieve(request)), QStringList{QStringLiteral("de-termin")});
    request.onlyLanguage.clear();
    request.documentType = QStringLiteral("markdown");
    EXPECT_TRUE(m_retriever.retrieve(request).isEmpty());

    // Without a language the query is only folded: exact word forms still find the answer.
    EXPECT_EQ(ids(retrieve(QStringLiteral("parcheggio gratuito"), QString())).value(0),
              QStringLiteral("it-parcheggio"));
}

TEST_F(LexicalRetrieverTest, CustomerTextNeverBreaksTheQuery)
{
    const QStringList hostile = {
        QStringLiteral("\"orari"),
        QStringLiteral("orari*"),
        QStringLiteral("NEAR(orari sabato, 2)"),
        QStringLiteral("orari -sabato"),
        QStringLiteral("question: orari"),
        QStringLiteral("{question}: orari AND OR NOT"),
        QStringLiteral("^orari (sabato"),
        QStringLiteral("\"\"\"\""),
        QStringLiteral("* - : ^ ( ) \" +"),
        QStringLiteral("orari_sabato"),
    };
    for (const QString &text : hostile)
        EXPECT_NO_THROW(retrieve(text, QStringLiteral("it"))) << qPrintable(text);
    EXPECT_EQ(ids(retrieve(QStringLiteral("NEAR(orari sabato, 2)"), QStringLiteral("it"))).value(0),
              QStringLiteral("it-orari"));
    // Only stop words or punctuation: nothing to search, no error.
    EXPECT_TRUE(retrieve(QStringLiteral("come e quando?"), QStringLiteral("it")).isEmpty());
    EXPECT_TRUE(retrieve(QStringLiteral("?!"), QStringLiteral("it")).isEmpty());
    EXPECT_TRUE(retrieve(QString(), QStringLiteral("it")).isEmpty());
}

TEST_F(LexicalRetrieverTest, ReimportingReplacesTheBusinessDocument)
{
    ParsedDocument document;
    document.type = QStringLiteral("faq");
    ChunkDraft chunk;
    chunk.question = QStringLiteral("Avete il parcheggio per disabili?");
    chunk.text = QStringLiteral("Sì, due posti riservati davanti all'ingresso.");
    chunk.language = QStringLiteral("it");
    document.chunks = {chunk};
    KnowledgeIndexer(m_db.connection())
        .index(kBusiness, QStringLiteral("faq-it.jsonl"), document, QStringLiteral("it"));
    m_idOfQuestion.insert(chunk.question, QStringLiteral("it-disabili"));
    const auto found = ids(retrieve(QStringLiteral("parcheggio"), QStringLiteral("it")));
    EXPECT_EQ(found.value(0), QStringLiteral("it-disabili"));
    EXPECT_FALSE(found.contains(QStringLiteral("it-parcheggio")));
}

} // namespace
} // namespace sportello::knowledge
