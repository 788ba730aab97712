// SPDX-License-Identifier: LicenseRef-Sportello
// DocumentParser: the type from the extension or the options, uploads, and what it refuses.
#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

#include "knowledge/parsers/documentparser.h"

using sportello::knowledge::DocumentParser;
using sportello::knowledge::ParsedDocument;
using sportello::knowledge::ParseOptions;

namespace {

QString fixturePath(const char *name)
{
    return QStringLiteral(SPORTELLO_TEST_DATA_DIR "/knowledge/") + QString::fromUtf8(name);
}

QByteArray fixture(const char *name)
{
    QFile file(fixturePath(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return file.readAll();
}

} // namespace

TEST(DocumentParser, PicksTheParserFromTheExtension)
{
    const struct
    {
        const char *file;
        const char *type;
        int chunks;
    } cases[] = {
        {"studio-dentistico-prezzi.md", "markdown", 6},
        {"faq-ristorante.csv", "faq", 4},
        {"faq-hotel.json", "faq", 3},
        {"faq-palestra.jsonl", "faq", 2},
        {"politica-cancelacion.txt", "text", 1},
        {"ottica-listino.pdf", "pdf", 4},
    };
    for (const auto &c : cases) {
        QString error;
        const auto doc = DocumentParser::parse(fixturePath(c.file), ParseOptions{}, &error);
        ASSERT_TRUE(doc) << c.file << ": " << qPrintable(error);
        EXPECT_EQ(doc->type, QString::fromUtf8(c.type)) << c.file;
        EXPECT_EQ(doc->chunks.size(), c.chunks) << c.file;
    }
    EXPECT_EQ(DocumentParser::typeForFileName(QStringLiteral("Listino.MARKDOWN")),
              QStringLiteral("markdown"));
    EXPECT_EQ(DocumentParser::typeForFileName(QStringLiteral("faq.ndjson")), QStringLiteral("faq"));
    EXPECT_TRUE(DocumentParser::typeForFileName(QStringLiteral("contratto.docx")).isEmpty());
}

TEST(DocumentParser, AnUploadIsParsedFromBytesAndTheTypeCanBeForced)
{
    QString error;
    const auto upload = DocumentParser::parse(QByteArray("# Orari\n\nAperti dalle 9.\n"),
                                              QStringLiteral("orari.md"), ParseOptions{}, &error);
    ASSERT_TRUE(upload) << qPrintable(error);
    EXPECT_EQ(upload->chunks.at(0).section, QStringList{QStringLiteral("Orari")});

    // Markdown saved as .txt: the caller says what it is.
    ParseOptions options;
    options.type = QStringLiteral("Markdown");
    const auto forced = DocumentParser::parse(QByteArray("# Orari\n\nAperti dalle 9.\n"),
                                              QStringLiteral("orari.txt"), options, &error);
    ASSERT_TRUE(forced) << qPrintable(error);
    EXPECT_EQ(forced->type, QStringLiteral("markdown"));
    EXPECT_EQ(forced->title, QStringLiteral("Orari"));

    options.type = QStringLiteral("pdf");
    const auto pdf = DocumentParser::parse(fixture("orari.pdf"), QStringLiteral("allegato.bin"),
                                           options, &error);
    ASSERT_TRUE(pdf) << qPrintable(error);
    EXPECT_EQ(pdf->chunks.size(), 2);
}

TEST(DocumentParser, UnknownTypesAreErrorsListingTheAcceptedOnes)
{
    QString error;
    EXPECT_FALSE(DocumentParser::parse(QByteArray("x"), QStringLiteral("contratto.docx"),
                                       ParseOptions{}, &error));
    EXPECT_EQ(error, QStringLiteral("contratto.docx: cannot tell the document type from the "
                                    "extension \".docx\" (accepted: .md, .markdown (markdown); "
                                    ".csv, .tsv, .json, .jsonl, .ndjson (faq); .txt, .text "
                                    "(text); .pdf (pdf); or name the type: markdown, faq, text, "
                                    "pdf)"));
    EXPECT_FALSE(
        DocumentParser::parse(QByteArray("x"), QStringLiteral("LEGGIMI"), ParseOptions{}, &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("LEGGIMI: cannot tell the document type from a "
                                                "name without an extension (accepted: ")))
        << qPrintable(error);
    ParseOptions options;
    options.type = QStringLiteral("word");
    EXPECT_FALSE(DocumentParser::parse(QByteArray("x"), QStringLiteral("a.md"), options, &error));
    EXPECT_EQ(error, QStringLiteral("a.md: unknown document type \"word\" (accepted: markdown, "
                                    "faq, text, pdf)"));
}

TEST(DocumentParser, RefusesBinaryAsTextMissingFilesAndEmptyResults)
{
    QString error;
    EXPECT_FALSE(DocumentParser::parse(fixture("orari.pdf"), QStringLiteral("orari.txt"),
                                       ParseOptions{}, &error));
    EXPECT_EQ(error, QStringLiteral("orari.txt: binary data, not a text document (it is a PDF: "
                                    "import it as pdf)"));

    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("manca.md"));
    EXPECT_FALSE(DocumentParser::parse(missing, ParseOptions{}, &error));
    EXPECT_TRUE(error.startsWith(missing + QStringLiteral(": cannot read: "))) << qPrintable(error);

    // Every row skipped: the error carries the warnings that say why.
    EXPECT_FALSE(DocumentParser::parse(QByteArray("question,answer\nCiao,\n"),
                                       QStringLiteral("faq.csv"), ParseOptions{}, &error));
    EXPECT_EQ(error, QStringLiteral("faq.csv: nothing to import (faq.csv:2: empty answer "
                                    "(\"answer\"); row skipped)"));
    EXPECT_FALSE(DocumentParser::parse(fixturePath("scansione.pdf"), ParseOptions{}, &error));
    EXPECT_TRUE(error.endsWith(QStringLiteral("scansione.pdf: nothing to import (") +
                               fixturePath("scansione.pdf") +
                               QStringLiteral(": no text layer (a scanned PDF? text in images "
                                              "cannot be read))")))
        << qPrintable(error);
    EXPECT_FALSE(DocumentParser::parse(QByteArray("\n \n"), QStringLiteral("vuoto.md"),
                                       ParseOptions{}, &error));
    EXPECT_EQ(error, QStringLiteral("vuoto.md: nothing to import"));
}

TEST(DocumentParser, RejectsOptionsThatCannotWork)
{
    QString error;
    ParseOptions tiny;
    tiny.maxChunkChars = 50;
    EXPECT_FALSE(
        DocumentParser::parse(QByteArray("Testo."), QStringLiteral("a.txt"), tiny, &error));
    EXPECT_EQ(error, QStringLiteral("a.txt: maxChunkChars is 50; it must be at least 200"));
    ParseOptions overlap;
    overlap.overlapChars = 600;
    EXPECT_FALSE(
        DocumentParser::parse(QByteArray("Testo."), QStringLiteral("a.txt"), overlap, &error));
    EXPECT_EQ(error, QStringLiteral("a.txt: overlapChars is 600; it must be from 0 to less than "
                                    "half of maxChunkChars (1200)"));
    ParseOptions language;
    language.language = QStringLiteral("italiano");
    EXPECT_FALSE(
        DocumentParser::parse(QByteArray("Testo."), QStringLiteral("a.txt"), language, &error));
    EXPECT_EQ(error, QStringLiteral("a.txt: language \"italiano\" is not a language code (it, "
                                    "en, es, fr, de...)"));
    ParseOptions inverted;
    inverted.validFrom = QDate(2026, 5, 1);
    inverted.validUntil = QDate(2026, 4, 1);
    EXPECT_FALSE(
        DocumentParser::parse(QByteArray("Testo."), QStringLiteral("a.txt"), inverted, &error));
    EXPECT_EQ(error,
              QStringLiteral("a.txt: valid from 2026-05-01 is after valid until 2026-04-01"));
}

TEST(DocumentParser, DamagedInputOfEveryTypeIsAnErrorOrADocumentNeverACrash)
{
    const char *files[] = {
        "studio-dentistico-prezzi.md", "faq-ristorante.csv", "faq-hotel.json", "faq-palestra.jsonl",
        "politica-cancelacion.txt",    "ottica-listino.pdf", "protetto.pdf"};
    for (const char *file : files) {
        const QByteArray bytes = fixture(file);
        const QString name = QString::fromUtf8(file);
        for (qsizetype length = 0; length < bytes.size(); length += 61) {
            QString error;
            const auto doc =
                DocumentParser::parse(bytes.left(length), name, ParseOptions{}, &error);
            EXPECT_TRUE(doc || error.startsWith(name)) << file << " cut at " << length;
        }
        QByteArray flipped = bytes;
        for (qsizetype i = 7; i < flipped.size(); i += 41)
            flipped[i] = static_cast<char>(flipped.at(i) ^ 0x5A);
        QString error;
        const auto doc = DocumentParser::parse(flipped, name, ParseOptions{}, &error);
        EXPECT_TRUE(doc || error.startsWith(name)) << file << " flipped";
    }
}

TEST(DocumentParser, PathologicalShapesStayWithinTheCap)
{
    QByteArray markdown;
    for (int i = 0; i < 3000; ++i)
        markdown += QByteArray(1 + i % 6, '#') + " H" + QByteArray::number(i) + "\nx.\n";
    markdown += "\n" + QByteArray(20000, 'a') + " fine. " + QByteArray(5000, '.') + "\n";
    QString error;
    const auto doc =
        DocumentParser::parse(markdown, QStringLiteral("strano.md"), ParseOptions{}, &error);
    ASSERT_TRUE(doc) << qPrintable(error);
    // One "x." per heading, then the long word, "fine." and the run of dots on their own.
    EXPECT_EQ(doc->chunks.size(), 3000 + 3);
    EXPECT_EQ(doc->chunks.at(3000).text.size(), 20000);
    EXPECT_EQ(doc->chunks.at(3001).text, QStringLiteral("fine."));
    // The 20,000-letter "word" is kept whole rather than cut; everything else fits the cap.
    for (const auto &chunk : doc->chunks)
        EXPECT_TRUE(chunk.text.size() <= 1200 || !chunk.text.contains(u' ')) << chunk.ordinal;
}
