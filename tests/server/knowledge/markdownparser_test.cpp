// SPDX-License-Identifier: LicenseRef-Sportello
// MarkdownParser: heading paths, front matter, section validity, fences, comments, packing.
#include <gtest/gtest.h>

#include <QFile>

#include "knowledge/parsers/markdownparser.h"

using sportello::knowledge::MarkdownParser;
using sportello::knowledge::ParsedDocument;
using sportello::knowledge::ParseOptions;

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(SPORTELLO_TEST_DATA_DIR "/knowledge/") + QString::fromUtf8(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return file.readAll();
}

ParsedDocument parse(const QByteArray &markdown, const ParseOptions &options = {})
{
    return MarkdownParser::parse(markdown, QStringLiteral("doc.md"), options);
}

QStringList path(std::initializer_list<const char *> parts)
{
    QStringList result;
    for (const char *part : parts)
        result.append(QString::fromUtf8(part));
    return result;
}

QDate date(int y, int m, int d)
{
    return QDate(y, m, d);
}

} // namespace

TEST(MarkdownParser, DentalPriceListKeepsHeadingPathsAndValidity)
{
    const ParsedDocument doc = MarkdownParser::parse(
        fixture("studio-dentistico-prezzi.md"), QStringLiteral("studio-dentistico-prezzi.md"), {});
    EXPECT_EQ(doc.type, QStringLiteral("markdown"));
    EXPECT_EQ(doc.title, QStringLiteral("Listino prezzi Studio Dentistico Sorriso"));
    EXPECT_TRUE(doc.warnings.isEmpty()) << qPrintable(doc.warnings.join(u'\n'));
    ASSERT_EQ(doc.chunks.size(), 6);

    const auto &intro = doc.chunks.at(0);
    EXPECT_EQ(intro.ordinal, 0);
    EXPECT_EQ(intro.section, path({"Listino prezzi 2026"}));
    EXPECT_EQ(intro.text,
              QStringLiteral("Tutti i prezzi sono esenti IVA (prestazioni sanitarie)."));
    EXPECT_EQ(intro.language, QStringLiteral("it"));
    EXPECT_EQ(intro.validFrom, date(2026, 1, 1));
    EXPECT_EQ(intro.validUntil, date(2026, 12, 31));
    EXPECT_TRUE(intro.question.isEmpty());

    // "Igiene e prevenzione" has only a hidden comment and "Otturazioni" nothing: skipped.
    const auto &cleaning = doc.chunks.at(1);
    EXPECT_EQ(cleaning.ordinal, 1);
    EXPECT_EQ(cleaning.section,
              path({"Listino prezzi 2026", "Igiene e prevenzione", "Pulizia dei denti"}));
    EXPECT_EQ(cleaning.text, QStringLiteral("Seduta di igiene professionale: 80 €.\n"
                                            "Per i bambini sotto i 12 anni: 50 €."));

    const auto &whitening = doc.chunks.at(2);
    EXPECT_EQ(whitening.section,
              path({"Listino prezzi 2026", "Igiene e prevenzione", "Sbiancamento"}));
    EXPECT_EQ(whitening.text, QStringLiteral("Sbiancamento professionale alla poltrona: 350 €, "
                                             "offerta valida fino al 30 giugno."));
    EXPECT_EQ(whitening.validFrom, date(2026, 1, 1));
    EXPECT_EQ(whitening.validUntil, date(2026, 6, 30));

    const auto &rootCanal = doc.chunks.at(3);
    EXPECT_EQ(rootCanal.section, path({"Listino prezzi 2026", "Conservativa", "Devitalizzazione"}));
    EXPECT_EQ(rootCanal.text, QStringLiteral("Devitalizzazione monoradicolare: 250 €.\n"
                                             "Devitalizzazione pluriradicolare: 400 €."));

    // A setext heading closes "Conservativa"; the "#" inside the code fence is text.
    const auto &implants = doc.chunks.at(4);
    EXPECT_EQ(implants.section, path({"Listino prezzi 2026", "Implantologia"}));
    EXPECT_EQ(implants.text, QStringLiteral("Impianto in titanio, corona esclusa: 1.200 €.\n\n"
                                            "```text\n# questo non è un titolo\n"
                                            "Codice prestazione: IMP-01\n```"));

    const auto &hours = doc.chunks.at(5);
    EXPECT_EQ(hours.ordinal, 5);
    EXPECT_EQ(hours.section, path({"Listino prezzi 2026", "Orari"}));
    EXPECT_EQ(hours.text, QStringLiteral("Opening hours: Monday to Friday, 9:00 to 19:00."));
    EXPECT_EQ(hours.language, QStringLiteral("en"));
    EXPECT_EQ(hours.validFrom, date(2026, 2, 1));
    EXPECT_EQ(hours.validUntil, date(2026, 12, 31));
}

TEST(MarkdownParser, TitleIsTheFirstH1AndTextBeforeItHasNoSection)
{
    const ParsedDocument doc = parse("Benvenuti.\n\n"
                                     "Prezzi\n======\n\nVisita 50 €.\n\n"
                                     "# Secondo titolo\n\nAltro.\n");
    EXPECT_EQ(doc.title, QStringLiteral("Prezzi"));
    ASSERT_EQ(doc.chunks.size(), 3);
    EXPECT_TRUE(doc.chunks.at(0).section.isEmpty());
    EXPECT_EQ(doc.chunks.at(0).text, QStringLiteral("Benvenuti."));
    EXPECT_EQ(doc.chunks.at(1).section, path({"Prezzi"}));
    EXPECT_EQ(doc.chunks.at(2).section, path({"Secondo titolo"}));
}

TEST(MarkdownParser, SetextHeadingTakesTheWholeParagraphAndSkippedLevelsAreFine)
{
    const ParsedDocument doc = parse("# Menu\n\n#### Dolci\n\nTiramisù 6 €.\n\n"
                                     "Vini della\ncasa\n---\n\nRosso 12 €.\n");
    ASSERT_EQ(doc.chunks.size(), 2);
    EXPECT_EQ(doc.chunks.at(0).section, path({"Menu", "Dolci"}));
    EXPECT_EQ(doc.chunks.at(1).section, path({"Menu", "Vini della casa"}));
    EXPECT_EQ(doc.chunks.at(1).text, QStringLiteral("Rosso 12 €."));
}

TEST(MarkdownParser, FencesHideHeadingsAndCommentsVanish)
{
    const ParsedDocument doc = parse("# Guida\n\n~~~~\n## non un titolo\n\n<!-- resta -->\n~~~~\n\n"
                                     "Testo <!-- nota --> visibile.\n<!--\nnote interne\n"
                                     "## nemmeno questo\n-->\nFine.\n");
    ASSERT_EQ(doc.chunks.size(), 1);
    EXPECT_EQ(doc.chunks.at(0).section, path({"Guida"}));
    EXPECT_EQ(doc.chunks.at(0).text,
              QStringLiteral("~~~~\n## non un titolo\n\n<!-- resta -->\n~~~~\n\n"
                             "Testo  visibile.\nFine."));
}

TEST(MarkdownParser, SectionValidityIsInheritedAndOverridden)
{
    const ParsedDocument doc = parse("# Promozioni <!-- valid_until: 2026-08-31 -->\n\nEstate.\n\n"
                                     "## Luglio\n\n<!-- validFrom: 2026-07-01, lang: es -->\n"
                                     "Julio.\n\n# Sempre\n\nTutto l'anno.\n");
    ASSERT_EQ(doc.chunks.size(), 3);
    EXPECT_EQ(doc.chunks.at(0).validUntil, date(2026, 8, 31));
    EXPECT_FALSE(doc.chunks.at(0).validFrom);
    EXPECT_EQ(doc.chunks.at(1).section, path({"Promozioni", "Luglio"}));
    EXPECT_EQ(doc.chunks.at(1).validFrom, date(2026, 7, 1));
    EXPECT_EQ(doc.chunks.at(1).validUntil, date(2026, 8, 31));
    EXPECT_EQ(doc.chunks.at(1).language, QStringLiteral("es"));
    EXPECT_FALSE(doc.chunks.at(2).validUntil);
    EXPECT_TRUE(doc.chunks.at(2).language.isEmpty());
}

TEST(MarkdownParser, OptionsGiveDefaultsTheSourceOverrides)
{
    ParseOptions options;
    options.language = QStringLiteral("IT");
    options.validUntil = date(2027, 1, 31);
    const ParsedDocument plain = parse("Testo.\n", options);
    ASSERT_EQ(plain.chunks.size(), 1);
    EXPECT_EQ(plain.chunks.at(0).language, QStringLiteral("it"));
    EXPECT_EQ(plain.chunks.at(0).validUntil, date(2027, 1, 31));

    const ParsedDocument stated =
        parse("---\nlanguage: de-AT\nvalid_until: 2026-03-01\n---\nText.\n", options);
    ASSERT_EQ(stated.chunks.size(), 1);
    EXPECT_EQ(stated.chunks.at(0).language, QStringLiteral("de"));
    EXPECT_EQ(stated.chunks.at(0).validUntil, date(2026, 3, 1));
}

TEST(MarkdownParser, BadDatesAndMisplacedCommentsAreWarningsNamingTheLine)
{
    const ParsedDocument doc = parse("---\ntitle: Listino\nvalid_until: 31/12/2026\n"
                                     "language: italiano\n---\n# Prezzi\n\nVisita 50 €.\n\n"
                                     "<!-- valid_until: 2026-05-01 -->\nAltro.\n\n"
                                     "## Offerta\n<!-- valid_from: 2026-09-01 valid_until: "
                                     "2026-06-01 -->\nSconto.\n");
    EXPECT_EQ(doc.title, QStringLiteral("Listino"));
    EXPECT_EQ(doc.warnings,
              (QStringList{
                  QStringLiteral("doc.md:3: valid_until: \"31/12/2026\" is not a date "
                                 "(YYYY-MM-DD); ignored"),
                  QStringLiteral("doc.md:4: language: \"italiano\" is not a language code (it, "
                                 "en, es, fr, de...); ignored"),
                  QStringLiteral("doc.md:10: validity comment not right under a heading; "
                                 "ignored (for the whole document use the front matter)"),
                  QStringLiteral("doc.md:13: valid_from 2026-09-01 is after valid_until "
                                 "2026-06-01; both ignored"),
              }));
    ASSERT_EQ(doc.chunks.size(), 2);
    for (const auto &chunk : doc.chunks) {
        EXPECT_FALSE(chunk.validFrom);
        EXPECT_FALSE(chunk.validUntil);
        EXPECT_TRUE(chunk.language.isEmpty());
    }
    EXPECT_EQ(doc.chunks.at(0).text, QStringLiteral("Visita 50 €.\n\nAltro."));
}

TEST(MarkdownParser, ALongSectionIsPackedWithOverlapUnderTheSameHeading)
{
    QByteArray markdown = "# Regolamento\n\n## Disdette\n\n";
    for (int i = 1; i <= 12; ++i)
        markdown += "Regola " + QByteArray::number(i) +
                    ": la disdetta va comunicata almeno un giorno prima. Grazie.\n\n";
    ParseOptions options;
    options.maxChunkChars = 300;
    options.overlapChars = 80;
    const ParsedDocument doc = parse(markdown, options);
    ASSERT_GE(doc.chunks.size(), 3);
    for (qsizetype i = 0; i < doc.chunks.size(); ++i) {
        const auto &chunk = doc.chunks.at(i);
        EXPECT_EQ(chunk.ordinal, i);
        EXPECT_EQ(chunk.section, path({"Regolamento", "Disdette"}));
        EXPECT_LE(chunk.text.size(), 300);
        if (i > 0) {
            // The overlap: the chunk opens with the end of the one before.
            EXPECT_TRUE(doc.chunks.at(i - 1).text.contains(chunk.text.section(u'\n', 0, 0)))
                << qPrintable(chunk.text);
        }
    }
    EXPECT_TRUE(doc.chunks.at(0).text.startsWith(QStringLiteral("Regola 1:")));
    // The overlap is the last whole paragraph that fits in it.
    EXPECT_TRUE(doc.chunks.at(1).text.startsWith(QStringLiteral("Regola 4:")));
    EXPECT_TRUE(doc.chunks.last().text.endsWith(QStringLiteral("Regola 12: la disdetta va "
                                                               "comunicata almeno un giorno "
                                                               "prima. Grazie.")));
}

TEST(MarkdownParser, CrlfBomAndAThematicBreakThatIsNotFrontMatter)
{
    const ParsedDocument doc = parse("\xEF\xBB\xBF---\r\nNon è front matter.\r\n\r\n---\r\n\r\n"
                                     "# Titolo\r\n\r\nRiga uno\r\nriga due\r\n");
    EXPECT_EQ(doc.title, QStringLiteral("Titolo"));
    ASSERT_EQ(doc.chunks.size(), 2);
    EXPECT_EQ(doc.chunks.at(0).text, QStringLiteral("Non è front matter."));
    EXPECT_EQ(doc.chunks.at(1).text, QStringLiteral("Riga uno\nriga due"));
}
