// SPDX-License-Identifier: LicenseRef-Sportello
// PdfParser: paragraphs from word positions, bookmarks as sections, locked and damaged files.
#include <gtest/gtest.h>

#include <QFile>

#include "knowledge/parsers/pdfparser.h"

using sportello::knowledge::ParsedDocument;
using sportello::knowledge::ParseOptions;
using sportello::knowledge::PdfParser;

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(SPORTELLO_TEST_DATA_DIR "/knowledge/") + QString::fromUtf8(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return file.readAll();
}

std::optional<ParsedDocument> parse(const QByteArray &data, const char *name, QString *error,
                                    const ParseOptions &options = {})
{
    return PdfParser::parse(data, QString::fromUtf8(name), options, error);
}

} // namespace

TEST(PdfParser, BookmarksGiveSectionsAndParagraphsFollowTheLayout)
{
    QString error;
    const auto doc = parse(fixture("ottica-listino.pdf"), "ottica-listino.pdf", &error);
    ASSERT_TRUE(doc) << qPrintable(error);
    EXPECT_EQ(doc->type, QStringLiteral("pdf"));
    EXPECT_EQ(doc->title, QStringLiteral("Listino Ottica Lux 2026"));
    EXPECT_TRUE(doc->warnings.isEmpty()) << qPrintable(doc->warnings.join(u'\n'));
    ASSERT_EQ(doc->chunks.size(), 4);
    // Above the first bookmark: its page.
    EXPECT_EQ(doc->chunks.at(0).section, QStringList{QStringLiteral("Page 1")});
    EXPECT_EQ(doc->chunks.at(0).text, QStringLiteral("Listino Ottica Lux 2026"));
    // Wrapped lines are joined; a larger gap starts a paragraph.
    EXPECT_EQ(doc->chunks.at(1).section, QStringList{QStringLiteral("Montature")});
    EXPECT_EQ(doc->chunks.at(1).text,
              QStringLiteral("Montature\n\nMontature in acetato da 90 €, in titanio da 160 €. "
                             "Ogni montatura ha due anni di garanzia.\n\nLa prova della vista è "
                             "gratuita con l'acquisto di un paio di occhiali completi."));
    // Two bookmarks on one page split it where the second one points.
    EXPECT_EQ(doc->chunks.at(2).section, QStringList{QStringLiteral("Lenti")});
    EXPECT_EQ(doc->chunks.at(2).text,
              QStringLiteral("Lenti\n\nLenti monofocali antiriflesso: 60 € la coppia."));
    // "7-" at a line end joins "10" without a space.
    EXPECT_EQ(doc->chunks.at(3).ordinal, 3);
    EXPECT_EQ(doc->chunks.at(3).section,
              (QStringList{QStringLiteral("Lenti"), QStringLiteral("Lenti progressive")}));
    EXPECT_EQ(doc->chunks.at(3).text,
              QStringLiteral("Lenti progressive\n\nLenti progressive di fascia media: 320 € la "
                             "coppia, pronte in 7-10 giorni lavorativi."));
}

TEST(PdfParser, WithoutBookmarksEachPageIsASectionAndOptionsApply)
{
    ParseOptions options;
    options.language = QStringLiteral("en");
    options.validFrom = QDate(2026, 1, 1);
    QString error;
    const auto doc = parse(fixture("orari.pdf"), "orari.pdf", &error, options);
    ASSERT_TRUE(doc) << qPrintable(error);
    EXPECT_TRUE(doc->title.isEmpty());
    ASSERT_EQ(doc->chunks.size(), 2);
    EXPECT_EQ(doc->chunks.at(0).section, QStringList{QStringLiteral("Page 1")});
    EXPECT_EQ(doc->chunks.at(0).text, QStringLiteral("Opening hours: Monday to Saturday, 9:00 to "
                                                     "19:30.\n\nClosed on Sundays and public "
                                                     "holidays."));
    EXPECT_EQ(doc->chunks.at(1).section, QStringList{QStringLiteral("Page 2")});
    EXPECT_EQ(doc->chunks.at(1).text, QStringLiteral("Öffnungszeiten im August: nur vormittags."));
    for (const auto &chunk : doc->chunks) {
        EXPECT_EQ(chunk.language, QStringLiteral("en"));
        EXPECT_EQ(chunk.validFrom, QDate(2026, 1, 1));
        EXPECT_FALSE(chunk.validUntil);
    }
}

TEST(PdfParser, LockedAndDamagedFilesAreErrorsNamingTheFile)
{
    QString error;
    EXPECT_FALSE(parse(fixture("protetto.pdf"), "protetto.pdf", &error));
    EXPECT_EQ(error, QStringLiteral("protetto.pdf: the PDF is password-protected; save a copy "
                                    "without the password and import that"));
    EXPECT_FALSE(parse(fixture("ottica-listino.pdf").left(700), "troncato.pdf", &error));
    EXPECT_EQ(error, QStringLiteral("troncato.pdf: not a readable PDF (damaged, or not a PDF)"));
    EXPECT_FALSE(parse("%PDF-1.4\n1 0 obj\n<< /Type /Catalog", "rotto.pdf", &error));
    EXPECT_EQ(error, QStringLiteral("rotto.pdf: not a readable PDF (damaged, or not a PDF)"));
    EXPECT_FALSE(parse(QByteArray(), "vuoto.pdf", &error));
    EXPECT_EQ(error, QStringLiteral("vuoto.pdf: not a readable PDF (damaged, or not a PDF)"));
}

TEST(PdfParser, AScanWithoutTextIsAWarning)
{
    QString error;
    const auto doc = parse(fixture("scansione.pdf"), "scansione.pdf", &error);
    ASSERT_TRUE(doc) << qPrintable(error);
    EXPECT_TRUE(doc->chunks.isEmpty());
    EXPECT_EQ(doc->warnings, QStringList{QStringLiteral("scansione.pdf: no text layer (a scanned "
                                                        "PDF? text in images cannot be read)")});
}
