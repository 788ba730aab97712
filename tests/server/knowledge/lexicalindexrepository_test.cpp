// SPDX-License-Identifier: LicenseRef-Sportello
// LexicalIndexRepository: BM25 field weights, validity, business, language and type filters,
// and query text that looks like FTS5 syntax.
#include <gtest/gtest.h>

#include "storage/knowledgerepository.h"
#include "storage/lexicalindexrepository.h"
#include "support/testdatabase.h"

namespace sportello::storage {
namespace {

using test::TestDatabase;

const QString kBusiness = QStringLiteral("100000000000001");
const QString kOther = QStringLiteral("100000000000002");

struct Entry
{
    QString question; // tokens
    QString body;     // tokens
    std::optional<QDate> validFrom = std::nullopt;
    std::optional<QDate> validUntil = std::nullopt;
    QString language = QStringLiteral("it");
};

QStringList tokens(const QString &text)
{
    return text.split(u' ', Qt::SkipEmptyParts);
}

void store(SqlConnection &connection, const QString &business, const QString &source,
           const QString &type, const QList<Entry> &entries)
{
    KnowledgeDocument document;
    document.phoneNumberId = business;
    document.sourceName = source;
    document.type = type;
    document.contentHash = QStringLiteral("hash");
    QList<IndexedChunk> chunks;
    for (const Entry &entry : entries) {
        IndexedChunk chunk;
        chunk.chunk.ordinal = int(chunks.size());
        chunk.chunk.question = entry.question;
        chunk.chunk.text = entry.body;
        chunk.chunk.language = entry.language;
        chunk.chunk.validFrom = entry.validFrom;
        chunk.chunk.validUntil = entry.validUntil;
        chunk.chunk.contentHash = QStringLiteral("c%1").arg(chunks.size());
        chunk.lexical.question = tokens(entry.question);
        chunk.lexical.body = tokens(entry.body);
        chunk.lexical.exact = chunk.lexical.question + chunk.lexical.body;
        chunks.append(chunk);
    }
    KnowledgeRepository(connection).replaceDocument(document, chunks);
}

LexicalSearch searchFor(const QString &business, const QStringList &terms)
{
    LexicalSearch search;
    search.phoneNumberId = business;
    search.terms = terms;
    search.date = QDate(2025, 6, 15);
    return search;
}

QStringList texts(const QList<LexicalHit> &hits)
{
    QStringList result;
    for (const auto &hit : hits)
        result.append(hit.chunk.text);
    return result;
}

TEST(LexicalIndexRepository, AQuestionMatchOutranksAnAnswerMatch)
{
    TestDatabase db;
    store(db.connection(), kBusiness, QStringLiteral("faq.csv"), QStringLiteral("faq"),
          {{QStringLiteral("parchegg"), QStringLiteral("orar apert lunedi")},
           {QStringLiteral("orar"), QStringLiteral("parchegg gratuit")}});
    LexicalIndexRepository index(db.connection());
    const auto hits = index.search(searchFor(kBusiness, {QStringLiteral("orar")}));
    ASSERT_EQ(hits.size(), 2);
    EXPECT_EQ(hits.at(0).chunk.text, QStringLiteral("parchegg gratuit")); // "orar" is its question
    EXPECT_GT(hits.at(0).score, hits.at(1).score);
    EXPECT_GT(hits.at(1).score, 0.0);
    EXPECT_EQ(hits.at(0).chunk.sourceName, QStringLiteral("faq.csv"));
    EXPECT_EQ(hits.at(0).chunk.documentType, QStringLiteral("faq"));
    EXPECT_EQ(hits.at(0).chunk.question, QStringLiteral("orar"));

    // The limit cuts the ranking; a search without tokens finds nothing and does not fail.
    auto limited = searchFor(kBusiness, {QStringLiteral("orar")});
    limited.limit = 1;
    EXPECT_EQ(index.search(limited).size(), 1);
    EXPECT_TRUE(index.search(searchFor(kBusiness, {})).isEmpty());
    // Words only match the exact forms, pairs only the pairs.
    auto words = searchFor(kBusiness, {});
    words.words = {QStringLiteral("gratuit")};
    EXPECT_EQ(texts(index.search(words)), QStringList{QStringLiteral("parchegg gratuit")});
    auto pairs = searchFor(kBusiness, {});
    pairs.pairs = {QStringLiteral("gratuit_parchegg")};
    EXPECT_TRUE(index.search(pairs).isEmpty());
}

TEST(LexicalIndexRepository, ChunksOutsideTheirValidityAreNeverReturned)
{
    TestDatabase db;
    const QDate day(2025, 6, 15);
    store(db.connection(), kBusiness, QStringLiteral("promo.md"), QStringLiteral("markdown"),
          {{QString(), QStringLiteral("scont sempr")},
           {QString(), QStringLiteral("scont scadut"), QDate(2025, 1, 1), day.addDays(-1)},
           {QString(), QStringLiteral("scont futur"), day.addDays(1), std::nullopt},
           {QString(), QStringLiteral("scont oggi"), day, day},
           {QString(), QStringLiteral("scont giugn"), QDate(2025, 6, 1), QDate(2025, 6, 30)}});
    LexicalIndexRepository index(db.connection());
    QStringList result = texts(index.search(searchFor(kBusiness, {QStringLiteral("scont")})));
    result.sort();
    EXPECT_EQ(result, (QStringList{QStringLiteral("scont giugn"), QStringLiteral("scont oggi"),
                                   QStringLiteral("scont sempr")}));

    auto later = searchFor(kBusiness, {QStringLiteral("scont")});
    later.date = day.addDays(1);
    result = texts(index.search(later));
    result.sort();
    EXPECT_EQ(result, (QStringList{QStringLiteral("scont futur"), QStringLiteral("scont giugn"),
                                   QStringLiteral("scont sempr")}));
}

TEST(LexicalIndexRepository, ABusinessOnlyEverFindsItsOwnChunks)
{
    TestDatabase db;
    store(db.connection(), kBusiness, QStringLiteral("faq.csv"), QStringLiteral("faq"),
          {{QString(), QStringLiteral("orar nostr")}});
    store(db.connection(), kOther, QStringLiteral("faq.csv"), QStringLiteral("faq"),
          {{QString(), QStringLiteral("orar altr")}});
    LexicalIndexRepository index(db.connection());
    EXPECT_EQ(texts(index.search(searchFor(kBusiness, {QStringLiteral("orar")}))),
              QStringList{QStringLiteral("orar nostr")});
    EXPECT_EQ(texts(index.search(searchFor(kOther, {QStringLiteral("orar")}))),
              QStringList{QStringLiteral("orar altr")});
    EXPECT_TRUE(
        index.search(searchFor(QStringLiteral("nobody"), {QStringLiteral("orar")})).isEmpty());
    // An empty business is not a wildcard.
    EXPECT_TRUE(index.search(searchFor(QString(), {QStringLiteral("orar")})).isEmpty());
}

TEST(LexicalIndexRepository, LanguageAndDocumentTypeFilters)
{
    TestDatabase db;
    store(db.connection(), kBusiness, QStringLiteral("faq.csv"), QStringLiteral("faq"),
          {{QString(), QStringLiteral("whatsapp it"), std::nullopt, std::nullopt,
            QStringLiteral("it")},
           {QString(), QStringLiteral("whatsapp en"), std::nullopt, std::nullopt,
            QStringLiteral("en")}});
    store(db.connection(), kBusiness, QStringLiteral("guida.md"), QStringLiteral("markdown"),
          {{QString(), QStringLiteral("whatsapp md"), std::nullopt, std::nullopt,
            QStringLiteral("en")}});
    LexicalIndexRepository index(db.connection());
    auto search = searchFor(kBusiness, {QStringLiteral("whatsapp")});
    EXPECT_EQ(index.search(search).size(), 3);
    search.language = QStringLiteral("en");
    QStringList english = texts(index.search(search));
    english.sort();
    EXPECT_EQ(english, (QStringList{QStringLiteral("whatsapp en"), QStringLiteral("whatsapp md")}));
    search.language.clear();
    search.documentType = QStringLiteral("markdown");
    EXPECT_EQ(texts(index.search(search)), QStringList{QStringLiteral("whatsapp md")});
    search.language = QStringLiteral("it");
    EXPECT_TRUE(index.search(search).isEmpty());
    search.language = QStringLiteral("en");
    EXPECT_EQ(texts(index.search(search)), QStringList{QStringLiteral("whatsapp md")});
}

TEST(LexicalIndexRepository, QuerySyntaxInTokensIsOnlyEverText)
{
    TestDatabase db;
    store(db.connection(), kBusiness, QStringLiteral("faq.csv"), QStringLiteral("faq"),
          {{QString(), QStringLiteral("near orar")}, {QString(), QStringLiteral("and or not")}});
    LexicalIndexRepository index(db.connection());
    const QStringList hostile = {
        QStringLiteral("\""),
        QStringLiteral("\"\""),
        QStringLiteral("*"),
        QStringLiteral("orar*"),
        QStringLiteral("NEAR"),
        QStringLiteral("NEAR(orar near, 2)"),
        QStringLiteral("-"),
        QStringLiteral("-orar"),
        QStringLiteral(":"),
        QStringLiteral("body:orar"),
        QStringLiteral("{question}:"),
        QStringLiteral("^orar"),
        QStringLiteral("AND"),
        QStringLiteral("OR"),
        QStringLiteral("NOT"),
        QStringLiteral("("),
        QStringLiteral(")"),
        QStringLiteral("a\"b"),
        QStringLiteral("+"),
        QStringLiteral(""),
        QStringLiteral("   "),
        QStringLiteral("\\"),
        QStringLiteral("'; DROP TABLE knowledge_chunks; --"),
    };
    for (const QString &token : hostile) {
        auto search = searchFor(kBusiness, {token});
        search.words = {token};
        search.pairs = {token};
        EXPECT_NO_THROW(index.search(search)) << qPrintable(token);
    }
    auto all = searchFor(kBusiness, hostile);
    all.words = hostile;
    all.pairs = hostile;
    EXPECT_NO_THROW(index.search(all));
    // Keywords are plain words once quoted: "NEAR" finds the chunk with the word near.
    EXPECT_EQ(texts(index.search(searchFor(kBusiness, {QStringLiteral("near")}))),
              QStringList{QStringLiteral("near orar")});
    EXPECT_EQ(texts(index.search(searchFor(kBusiness, {QStringLiteral("NOT")}))),
              QStringList{QStringLiteral("and or not")});
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM knowledge_chunks"), 2);

    LexicalSearch quoted;
    quoted.terms = {QStringLiteral("a\"b"), QStringLiteral("*"), QStringLiteral("c")};
    EXPECT_EQ(LexicalIndexRepository::matchExpression(quoted),
              QStringLiteral("{question section body} : (\"a\"\"b\" OR \"c\")"));
    quoted.words = {QStringLiteral("c"), QStringLiteral("c")};
    quoted.pairs = {QStringLiteral("c_d")};
    EXPECT_EQ(LexicalIndexRepository::matchExpression(quoted),
              QStringLiteral("{question section body} : (\"a\"\"b\" OR \"c\") OR {exact} : "
                             "(\"c\") OR {pairs} : (\"c_d\")"));
}

} // namespace
} // namespace sportello::storage
