// SPDX-License-Identifier: LicenseRef-Sportello
// KnowledgeRepository: documents and chunks replaced all at once, removed, kept per business.
#include <gtest/gtest.h>

#include "storage/knowledgerepository.h"
#include "storage/lexicalindexrepository.h"
#include "storage/sqlconnection.h"
#include "storage/storageerror.h"
#include "support/testdatabase.h"

namespace sportello::storage {
namespace {

using test::TestDatabase;

const QString kBusiness = QStringLiteral("100000000000001");
const QString kOther = QStringLiteral("100000000000002");

KnowledgeDocument document(const QString &business, const QString &source, qint64 at = 1000)
{
    KnowledgeDocument result;
    result.phoneNumberId = business;
    result.sourceName = source;
    result.type = QStringLiteral("faq");
    result.title = QStringLiteral("FAQ");
    result.contentHash = QStringLiteral("abc");
    result.language = QStringLiteral("it");
    result.createdBy = QStringLiteral("anna");
    result.createdAt = at;
    result.updatedAt = at;
    return result;
}

// A chunk whose body is these (already analysed) tokens.
IndexedChunk chunk(int ordinal, const QString &text)
{
    IndexedChunk result;
    result.chunk.ordinal = ordinal;
    result.chunk.text = text;
    result.chunk.language = QStringLiteral("it");
    result.chunk.contentHash = QStringLiteral("hash-%1").arg(ordinal);
    result.lexical.body = text.split(u' ', Qt::SkipEmptyParts);
    return result;
}

QStringList found(SqlConnection &connection, const QString &business, const QString &term)
{
    LexicalSearch search;
    search.phoneNumberId = business;
    search.terms = QStringList{term};
    QStringList texts;
    for (const auto &hit : LexicalIndexRepository(connection).search(search))
        texts.append(hit.chunk.text);
    return texts;
}

TEST(KnowledgeRepository, StoresTheDocumentItsChunksAndTheirIndexRows)
{
    TestDatabase db;
    KnowledgeRepository repository(db.connection());
    IndexedChunk first = chunk(0, QStringLiteral("orar apert"));
    first.chunk.section = {QStringLiteral("Informazioni"), QStringLiteral("Orari > estate")};
    first.chunk.question = QStringLiteral("Quando siete aperti?");
    first.chunk.validFrom = QDate(2025, 6, 1);
    first.chunk.validUntil = QDate(2025, 9, 30);
    const qint64 id = repository.replaceDocument(
        document(kBusiness, QStringLiteral("faq.csv")),
        {first, chunk(1, QStringLiteral("prenot")), chunk(2, QStringLiteral("prezz"))});
    ASSERT_GT(id, 0);

    const auto documents = repository.documents(kBusiness);
    ASSERT_EQ(documents.size(), 1);
    EXPECT_EQ(documents.at(0).id, id);
    EXPECT_EQ(documents.at(0).sourceName, QStringLiteral("faq.csv"));
    EXPECT_EQ(documents.at(0).type, QStringLiteral("faq"));
    EXPECT_EQ(documents.at(0).chunkCount, 3);
    EXPECT_EQ(documents.at(0).createdBy, QStringLiteral("anna"));
    EXPECT_EQ(documents.at(0).language, QStringLiteral("it"));

    const auto chunks = repository.chunks(id);
    ASSERT_EQ(chunks.size(), 3);
    EXPECT_EQ(chunks.at(0).ordinal, 0);
    EXPECT_EQ(chunks.at(0).documentId, id);
    EXPECT_EQ(chunks.at(0).phoneNumberId, kBusiness);
    // The heading path comes back as it went in, even with the separator in a heading.
    EXPECT_EQ(chunks.at(0).section,
              (QStringList{QStringLiteral("Informazioni"), QStringLiteral("Orari > estate")}));
    EXPECT_EQ(chunks.at(0).question, QStringLiteral("Quando siete aperti?"));
    EXPECT_EQ(chunks.at(0).validFrom, QDate(2025, 6, 1));
    EXPECT_EQ(chunks.at(0).validUntil, QDate(2025, 9, 30));
    EXPECT_FALSE(chunks.at(1).validFrom);
    EXPECT_TRUE(chunks.at(1).section.isEmpty());
    EXPECT_EQ(chunks.at(2).text, QStringLiteral("prezz"));
    EXPECT_EQ(chunks.at(2).contentHash, QStringLiteral("hash-2"));

    const auto byId = repository.chunk(chunks.at(1).id);
    ASSERT_TRUE(byId);
    EXPECT_EQ(byId->text, QStringLiteral("prenot"));
    EXPECT_FALSE(repository.chunk(999999));
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM knowledge_fts"), 3);
    EXPECT_EQ(found(db.connection(), kBusiness, QStringLiteral("prenot")),
              QStringList{QStringLiteral("prenot")});
}

TEST(KnowledgeRepository, ReplacingKeepsTheIdAndLeavesNothingOfTheOldVersion)
{
    TestDatabase db;
    KnowledgeRepository repository(db.connection());
    const qint64 id = repository.replaceDocument(
        document(kBusiness, QStringLiteral("faq.csv"), 1000),
        {chunk(0, QStringLiteral("vecc uno")), chunk(1, QStringLiteral("vecc due")),
         chunk(2, QStringLiteral("vecc tre"))});
    const qint64 oldChunk = repository.chunks(id).at(0).id;

    const qint64 again = repository.replaceDocument(
        document(kBusiness, QStringLiteral("faq.csv"), 2000),
        {chunk(0, QStringLiteral("nuov uno")), chunk(1, QStringLiteral("nuov due"))});
    EXPECT_EQ(again, id);
    const auto stored = repository.document(kBusiness, id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->chunkCount, 2);
    EXPECT_EQ(stored->createdAt, 1000); // when it first came in
    EXPECT_EQ(stored->updatedAt, 2000);
    EXPECT_EQ(repository.chunks(id).size(), 2);
    EXPECT_FALSE(repository.chunk(oldChunk));
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM knowledge_chunks"), 2);
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM knowledge_fts"), 2);
    EXPECT_TRUE(found(db.connection(), kBusiness, QStringLiteral("vecc")).isEmpty());
    EXPECT_EQ(found(db.connection(), kBusiness, QStringLiteral("nuov")).size(), 2);
}

TEST(KnowledgeRepository, AFailedReplaceLeavesThePreviousVersionWhole)
{
    TestDatabase db;
    KnowledgeRepository repository(db.connection());
    const qint64 id = repository.replaceDocument(
        document(kBusiness, QStringLiteral("faq.csv")),
        {chunk(0, QStringLiteral("vecc uno")), chunk(1, QStringLiteral("vecc due"))});

    // Two chunks with the same ordinal: the second insert fails after the old rows are gone.
    EXPECT_THROW(repository.replaceDocument(
                     document(kBusiness, QStringLiteral("faq.csv")),
                     {chunk(0, QStringLiteral("nuov uno")), chunk(0, QStringLiteral("nuov due"))}),
                 StorageError);
    EXPECT_FALSE(db.connection().inTransaction());
    EXPECT_EQ(repository.chunks(id).size(), 2);
    EXPECT_EQ(repository.document(kBusiness, id)->chunkCount, 2);
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM knowledge_fts"), 2);
    EXPECT_EQ(found(db.connection(), kBusiness, QStringLiteral("vecc")).size(), 2);
    EXPECT_TRUE(found(db.connection(), kBusiness, QStringLiteral("nuov")).isEmpty());
}

TEST(KnowledgeRepository, RemovingADocumentTakesItsChunksAndIndexRowsOnlyForItsBusiness)
{
    TestDatabase db;
    KnowledgeRepository repository(db.connection());
    const qint64 mine = repository.replaceDocument(
        document(kBusiness, QStringLiteral("faq.csv")),
        {chunk(0, QStringLiteral("orar")), chunk(1, QStringLiteral("prezz"))});
    const qint64 theirs = repository.replaceDocument(document(kOther, QStringLiteral("faq.csv")),
                                                     {chunk(0, QStringLiteral("orar"))});
    EXPECT_NE(mine, theirs);

    // Another business cannot remove it by id.
    EXPECT_FALSE(repository.removeDocument(kOther, mine));
    EXPECT_EQ(repository.chunks(mine).size(), 2);

    EXPECT_TRUE(repository.removeDocument(kBusiness, mine));
    EXPECT_FALSE(repository.removeDocument(kBusiness, mine));
    EXPECT_TRUE(repository.documents(kBusiness).isEmpty());
    EXPECT_TRUE(repository.chunks(mine).isEmpty());
    EXPECT_TRUE(found(db.connection(), kBusiness, QStringLiteral("orar")).isEmpty());
    // The other business's document of the same name is untouched.
    EXPECT_EQ(repository.documents(kOther).size(), 1);
    EXPECT_EQ(found(db.connection(), kOther, QStringLiteral("orar")).size(), 1);
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM knowledge_fts"), 1);
}

TEST(KnowledgeRepository, DocumentsAreKeptPerBusiness)
{
    TestDatabase db;
    KnowledgeRepository repository(db.connection());
    repository.replaceDocument(document(kBusiness, QStringLiteral("b.md")), {});
    repository.replaceDocument(document(kBusiness, QStringLiteral("a.md")), {});
    repository.replaceDocument(document(kOther, QStringLiteral("a.md")), {});
    const auto documents = repository.documents(kBusiness);
    ASSERT_EQ(documents.size(), 2);
    EXPECT_EQ(documents.at(0).sourceName, QStringLiteral("a.md"));
    EXPECT_EQ(documents.at(1).sourceName, QStringLiteral("b.md"));
    EXPECT_EQ(documents.at(0).chunkCount, 0);
    EXPECT_TRUE(repository.documentBySource(kBusiness, QStringLiteral("b.md")));
    EXPECT_FALSE(repository.documentBySource(kOther, QStringLiteral("b.md")));
    const qint64 otherId = repository.documentBySource(kOther, QStringLiteral("a.md"))->id;
    EXPECT_FALSE(repository.document(kBusiness, otherId));
}

} // namespace
} // namespace sportello::storage
