// SPDX-License-Identifier: LicenseRef-Sportello
// KnowledgeBase: import of every format into a real database, languages, re-import, removal,
// search.
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "config/serverconfig.h"
#include "knowledge/knowledgebase.h"
#include "knowledge/parsers/documentparser.h"
#include "storage/knowledgerepository.h"
#include "support/qtapp.h"
#include "support/testdatabase.h"

using namespace Qt::StringLiterals;

namespace sportello::knowledge {
namespace {

const QString kBusiness = u"100000000000001"_s;
const QString kFixtures = QStringLiteral(SPORTELLO_TEST_DATA_DIR "/knowledge/");

config::ServerConfig testConfig(const QString &dataDir)
{
    config::ServerConfig config;
    config.server.dataDir = dataDir;
    config::BusinessConfig business;
    business.phoneNumberId = kBusiness;
    business.name = u"Test"_s;
    config.businesses.append(business);
    return config;
}

int chunksOf(const QString &path)
{
    QString error;
    const auto parsed = DocumentParser::parse(path, {}, &error);
    EXPECT_TRUE(parsed.has_value()) << error.toStdString();
    return parsed ? int(parsed->chunks.size()) : -1;
}

class KnowledgeBaseTest : public ::testing::Test
{
protected:
    void SetUp() override { test::QtApp::ensure(); }

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = QDir(m_files.path()).filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        return path;
    }
    qint64 version() { return storage::KnowledgeRepository(db.connection()).version(kBusiness); }
    QList<qint64> chunkIds()
    {
        return storage::KnowledgeRepository(db.connection()).chunkIds(kBusiness);
    }

    test::TestDatabase db;
    QTemporaryDir m_files;
};

TEST_F(KnowledgeBaseTest, ImportsEveryFormatIntoTheDatabase)
{
    KnowledgeBase knowledge(db.database(), testConfig(db.folder()));
    const QStringList names{
        u"studio-dentistico-prezzi.md"_s, u"faq-ristorante.csv"_s,       u"faq-hotel.json"_s,
        u"faq-palestra.jsonl"_s,          u"politica-cancelacion.txt"_s, u"ottica-listino.pdf"_s};
    QStringList paths;
    for (const QString &name : names)
        paths.append(kFixtures + name);
    QList<ImportProgress::Stage> stages;
    const ImportReport report = knowledge.import(
        kBusiness, paths, {}, [&](const ImportProgress &p) { stages.append(p.stage); });

    ASSERT_EQ(report.files.size(), names.size());
    EXPECT_EQ(report.count(ImportedFile::Outcome::Added), names.size());
    EXPECT_FALSE(report.hasFailures());
    EXPECT_TRUE(stages.contains(ImportProgress::Stage::Parsing));
    EXPECT_EQ(stages.last(), ImportProgress::Stage::Done);
    int total = 0;
    for (const ImportedFile &file : report.files) {
        EXPECT_EQ(file.chunks, chunksOf(file.path)) << file.path.toStdString();
        EXPECT_GT(file.documentId, 0);
        total += file.chunks;
    }
    EXPECT_EQ(report.chunksStored(), total);
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM knowledge_chunks"), total);
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM knowledge_fts"), total);

    const auto documents = knowledge.documents(kBusiness);
    ASSERT_EQ(documents.size(), names.size());
    QStringList types;
    for (const auto &document : documents)
        types.append(document.sourceName + u'=' + document.type);
    EXPECT_TRUE(types.contains(u"faq-ristorante.csv=faq"_s));
    EXPECT_TRUE(types.contains(u"ottica-listino.pdf=pdf"_s));
    EXPECT_TRUE(types.contains(u"politica-cancelacion.txt=text"_s));
    EXPECT_TRUE(types.contains(u"studio-dentistico-prezzi.md=markdown"_s));

    // The parsers' warnings come back with the file, naming it and the row.
    const ImportedFile &csv = report.files[1];
    ASSERT_FALSE(csv.warnings.isEmpty());
    EXPECT_TRUE(csv.warnings.first().contains(u"faq-ristorante.csv"_s))
        << csv.warnings.first().toStdString();
    // The Spanish policy's chunks were detected as Spanish.
    EXPECT_EQ(report.files[4].language, u"es"_s);
    const auto chunks = knowledge.chunks(kBusiness, report.files[4].documentId);
    ASSERT_FALSE(chunks.isEmpty());
    for (const auto &chunk : chunks)
        EXPECT_EQ(chunk.language, u"es"_s);
    EXPECT_TRUE(knowledge.chunks(u"100000000000002"_s, report.files[4].documentId).isEmpty());
}

TEST_F(KnowledgeBaseTest, DetectsTheLanguageOfEachChunkThatDoesNotSayIt)
{
    KnowledgeBase knowledge(db.database(), testConfig(db.folder()));
    const ImportReport report = knowledge.import(kBusiness, {kFixtures + u"ciclofficina.md"_s});
    ASSERT_EQ(report.count(ImportedFile::Outcome::Added), 1)
        << report.files.value(0).error.toStdString();
    EXPECT_EQ(report.files[0].language, u"it"_s); // two sections of three
    QStringList languages;
    for (const auto &chunk : knowledge.chunks(kBusiness, report.files[0].documentId))
        languages.append(chunk.section.last() + u'=' + chunk.language);
    EXPECT_EQ(languages, (QStringList{u"Orari di apertura=it"_s, u"Information for tourists=en"_s,
                                      u"Riparazioni=it"_s}));
    EXPECT_EQ(knowledge.documents(kBusiness).value(0).language, u"it"_s);

    // --language: chunks that do not state theirs take it, no detection.
    ImportOptions english;
    english.parse.language = u"en"_s;
    const ImportReport again =
        knowledge.import(kBusiness, {kFixtures + u"ciclofficina.md"_s}, english);
    ASSERT_EQ(again.files.size(), 1);
    EXPECT_EQ(again.files[0].outcome,
              ImportedFile::Outcome::Replaced); // same text, other languages
    for (const auto &chunk : knowledge.chunks(kBusiness, again.files[0].documentId))
        EXPECT_EQ(chunk.language, u"en"_s);
}

TEST_F(KnowledgeBaseTest, ReimportingAnUnchangedFileWritesNothing)
{
    KnowledgeBase knowledge(db.database(), testConfig(db.folder()));
    const QString path = kFixtures + u"faq-ristorante.csv"_s;
    const ImportReport first = knowledge.import(kBusiness, {path});
    ASSERT_EQ(first.count(ImportedFile::Outcome::Added), 1);
    const qint64 versionAfterFirst = version();
    const QList<qint64> ids = chunkIds();
    const qint64 updatedAt = knowledge.documents(kBusiness).value(0).updatedAt;

    const ImportReport second = knowledge.import(kBusiness, {path});
    ASSERT_EQ(second.files.size(), 1);
    EXPECT_EQ(second.files[0].outcome, ImportedFile::Outcome::Unchanged);
    EXPECT_EQ(second.files[0].documentId, first.files[0].documentId);
    EXPECT_EQ(second.chunksStored(), 0);
    EXPECT_EQ(version(), versionAfterFirst);
    EXPECT_EQ(chunkIds(), ids);
    EXPECT_EQ(knowledge.documents(kBusiness).value(0).updatedAt, updatedAt);
}

TEST_F(KnowledgeBaseTest, ReimportingAChangedFileReplacesItsChunks)
{
    KnowledgeBase knowledge(db.database(), testConfig(db.folder()));
    const QString path = write(u"orari.md"_s, "# Orari\n\nAperti dalle nove alle tredici, dal "
                                              "lunedi al venerdi.\n\n## Sabato\n\nChiuso.\n");
    const ImportReport first = knowledge.import(kBusiness, {path});
    ASSERT_EQ(first.count(ImportedFile::Outcome::Added), 1);
    const QList<qint64> before = chunkIds();
    const qint64 versionBefore = version();

    write(u"orari.md"_s, "# Orari\n\nAperti dalle otto alle quattordici, dal lunedi al "
                         "venerdi.\n\n## Sabato\n\nAperti la mattina.\n\n## Domenica\n\nChiuso.\n");
    const ImportReport second = knowledge.import(kBusiness, {path});
    ASSERT_EQ(second.files.size(), 1);
    EXPECT_EQ(second.files[0].outcome, ImportedFile::Outcome::Replaced);
    EXPECT_EQ(second.files[0].documentId, first.files[0].documentId);
    EXPECT_GT(version(), versionBefore);
    const QList<qint64> after = chunkIds();
    EXPECT_EQ(after.size(), 3);
    for (const qint64 id : before)
        EXPECT_FALSE(after.contains(id)) << "old chunk " << id << " survived";
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM knowledge_fts"), 3);
    EXPECT_EQ(knowledge.documents(kBusiness).size(), 1);
}

TEST_F(KnowledgeBaseTest, AFileThatCannotBeParsedKeepsWhatWasStored)
{
    KnowledgeBase knowledge(db.database(), testConfig(db.folder()));
    const QString faq = write(u"faq.json"_s, R"([{"question": "Avete il parcheggio?",
                                                   "answer": "Sì, gratuito per i clienti."}])");
    ASSERT_EQ(knowledge.import(kBusiness, {faq}).count(ImportedFile::Outcome::Added), 1);
    const QList<qint64> stored = chunkIds();

    write(u"faq.json"_s, "[{\"question\": \"Avete il parcheggio?\",\n  \"answer\": }]");
    const QString other = write(u"note.txt"_s, "Il negozio resta chiuso ad agosto per ferie.");
    const QString missing = QDir(m_files.path()).filePath(u"missing.md"_s);
    const ImportReport report = knowledge.import(kBusiness, {faq, other, missing});
    ASSERT_EQ(report.files.size(), 3);
    EXPECT_EQ(report.files[0].outcome, ImportedFile::Outcome::Failed);
    EXPECT_TRUE(report.files[0].error.contains(u"faq.json"_s))
        << report.files[0].error.toStdString();
    EXPECT_TRUE(report.files[0].error.contains(u"faq.json:2:"_s))
        << report.files[0].error.toStdString();
    EXPECT_EQ(report.files[1].outcome, ImportedFile::Outcome::Added);
    EXPECT_EQ(report.files[2].outcome, ImportedFile::Outcome::Failed);
    EXPECT_TRUE(report.files[2].error.contains(u"missing.md"_s))
        << report.files[2].error.toStdString();
    EXPECT_TRUE(report.hasFailures());

    // The old faq.json is still there, whole.
    const QList<qint64> now = chunkIds();
    for (const qint64 id : stored)
        EXPECT_TRUE(now.contains(id));
    EXPECT_EQ(knowledge.documents(kBusiness).size(), 2);

    // An empty file does not wipe the stored document either.
    write(u"faq.json"_s, "[]");
    const ImportReport empty = knowledge.import(kBusiness, {faq});
    EXPECT_EQ(empty.files.value(0).outcome, ImportedFile::Outcome::Failed);
    EXPECT_TRUE(chunkIds().contains(stored.first()));
}

TEST_F(KnowledgeBaseTest, AnUnknownBusinessImportsNothing)
{
    KnowledgeBase knowledge(db.database(), testConfig(db.folder()));
    const ImportReport report =
        knowledge.import(u"199999999999999"_s, {kFixtures + u"faq-ristorante.csv"_s});
    ASSERT_EQ(report.files.size(), 1);
    EXPECT_EQ(report.files[0].outcome, ImportedFile::Outcome::Failed);
    EXPECT_TRUE(report.files[0].error.contains(u"199999999999999"_s));
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM knowledge_documents"), 0);
}

TEST_F(KnowledgeBaseTest, RemovesByIdOrSourceName)
{
    KnowledgeBase knowledge(db.database(), testConfig(db.folder()));
    const ImportReport report =
        knowledge.import(kBusiness, {kFixtures + u"faq-ristorante.csv"_s,
                                     kFixtures + u"politica-cancelacion.txt"_s});
    ASSERT_EQ(report.count(ImportedFile::Outcome::Added), 2);
    const qint64 before = version();

    const auto byId = knowledge.remove(kBusiness, QString::number(report.files[0].documentId));
    ASSERT_TRUE(byId.has_value());
    EXPECT_EQ(byId->sourceName, u"faq-ristorante.csv"_s);
    EXPECT_GT(version(), before);
    EXPECT_FALSE(knowledge.remove(kBusiness, u"faq-ristorante.csv"_s).has_value());
    EXPECT_FALSE(knowledge.remove(u"100000000000002"_s, u"politica-cancelacion.txt"_s));

    const auto byName = knowledge.remove(kBusiness, u"politica-cancelacion.txt"_s);
    ASSERT_TRUE(byName.has_value());
    EXPECT_EQ(byName->id, report.files[1].documentId);
    EXPECT_TRUE(knowledge.documents(kBusiness).isEmpty());
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM knowledge_chunks"), 0);
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM knowledge_fts"), 0);
}

TEST_F(KnowledgeBaseTest, SearchNeverReturnsChunksOutsideTheirValidity)
{
    KnowledgeBase knowledge(db.database(), testConfig(db.folder()));
    ASSERT_FALSE(
        knowledge.import(kBusiness, {kFixtures + u"studio-dentistico-prezzi.md"_s}).hasFailures());
    RetrievalRequest request;
    request.phoneNumberId = kBusiness;
    request.query = u"quanto costa lo sbiancamento?"_s;
    request.language = u"it"_s;

    const auto sections = [&](const QDate &date) {
        request.date = date;
        QStringList result;
        for (const RetrievedChunk &chunk : knowledge.search(request))
            result.append(chunk.section.value(chunk.section.size() - 1));
        return result;
    };
    EXPECT_TRUE(sections(QDate(2026, 3, 1)).contains(u"Sbiancamento"_s));
    // The section ends on 30 June, the document on 31 December, neither starts before 2026.
    EXPECT_FALSE(sections(QDate(2026, 7, 15)).contains(u"Sbiancamento"_s));
    EXPECT_TRUE(sections(QDate(2025, 12, 31)).isEmpty());
    EXPECT_TRUE(sections(QDate(2027, 1, 1)).isEmpty());
}

TEST_F(KnowledgeBaseTest, SearchUsesTheBusinessTopKAndMinScore)
{
    config::ServerConfig config = testConfig(db.folder());
    config.businesses[0].knowledgeTopK = 2;
    KnowledgeBase knowledge(db.database(), config);
    ASSERT_FALSE(knowledge
                     .import(kBusiness,
                             {kFixtures + u"faq-hotel.json"_s, kFixtures + u"faq-ristorante.csv"_s,
                              kFixtures + u"ciclofficina.md"_s})
                     .hasFailures());
    RetrievalRequest request;
    request.phoneNumberId = kBusiness;
    request.query = u"orari apertura domenica riparazioni prezzi"_s; // matches many chunks
    request.topK = 0;
    EXPECT_EQ(knowledge.topK(kBusiness), 2);
    const auto two = knowledge.search(request);
    EXPECT_EQ(two.size(), 2);
    request.topK = 10;
    const auto more = knowledge.search(request);
    EXPECT_GT(more.size(), 2);
    for (qsizetype i = 1; i < more.size(); ++i)
        EXPECT_GE(more[i - 1].score, more[i].score);
    EXPECT_FALSE(more.first().sourceName.isEmpty());

    KnowledgeBase::SearchOptions strict;
    strict.minScore = more.first().score + 1;
    EXPECT_TRUE(knowledge.search(request, strict).isEmpty());
    strict.minScore = more.first().score;
    EXPECT_EQ(knowledge.search(request, strict).size(), 1);

    // Not configured: nothing, and no exception.
    request.phoneNumberId = u"199999999999999"_s;
    EXPECT_TRUE(knowledge.search(request).isEmpty());
}

TEST_F(KnowledgeBaseTest, DenseModesFallBackToBm25WithoutAnEmbedder)
{
    KnowledgeBase knowledge(db.database(), testConfig(db.folder()));
    ASSERT_FALSE(knowledge.import(kBusiness, {kFixtures + u"ciclofficina.md"_s}).hasFailures());
    RetrievalRequest request;
    request.phoneNumberId = kBusiness;
    request.query = u"noleggio bici elettriche"_s;
    const auto bm25 = knowledge.search(request);
    for (const auto mode :
         {config::KnowledgeSection::Mode::Dense, config::KnowledgeSection::Mode::Hybrid}) {
        KnowledgeBase::SearchOptions options;
        options.mode = mode;
        QString note;
        const auto found = knowledge.search(request, options, &note);
        EXPECT_TRUE(note.contains(u"BM25"_s)) << note.toStdString();
        ASSERT_EQ(found.size(), bm25.size());
        for (qsizetype i = 0; i < found.size(); ++i)
            EXPECT_EQ(found[i].chunkId, bm25[i].chunkId);
    }
}

} // namespace
} // namespace sportello::knowledge
