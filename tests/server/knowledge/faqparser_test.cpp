// SPDX-License-Identifier: LicenseRef-Sportello
// FaqParser: CSV (RFC 4180, ';', Windows-1252), JSON and JSONL; errors and warnings by row.
#include <gtest/gtest.h>

#include <QFile>

#include "knowledge/parsers/faqparser.h"

using sportello::knowledge::FaqParser;
using sportello::knowledge::ParsedDocument;
using sportello::knowledge::ParseOptions;

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
    return FaqParser::parse(data, QString::fromUtf8(name), options, error);
}

QStringList path(std::initializer_list<const char *> parts)
{
    QStringList result;
    for (const char *part : parts)
        result.append(QString::fromUtf8(part));
    return result;
}

} // namespace

TEST(FaqParser, RestaurantCsvWithBomCrlfQuotesAndMultiLineAnswers)
{
    QString error;
    const auto doc = parse(fixture("faq-ristorante.csv"), "faq-ristorante.csv", &error);
    ASSERT_TRUE(doc) << qPrintable(error);
    EXPECT_EQ(doc->type, QStringLiteral("faq"));
    EXPECT_TRUE(doc->title.isEmpty());
    ASSERT_EQ(doc->chunks.size(), 4);

    const auto &sunday = doc->chunks.at(0);
    EXPECT_EQ(sunday.ordinal, 0);
    EXPECT_EQ(sunday.question, QStringLiteral("Siete aperti la domenica?"));
    EXPECT_EQ(sunday.text,
              QStringLiteral("Sì, a pranzo dalle 12:00 alle 15:00.\nLa sera siamo chiusi."));
    EXPECT_EQ(sunday.language, QStringLiteral("it"));
    EXPECT_EQ(sunday.section, path({"Orari"}));
    EXPECT_FALSE(sunday.validFrom);
    EXPECT_FALSE(sunday.validUntil);

    const auto &gluten = doc->chunks.at(1);
    EXPECT_EQ(gluten.text, QStringLiteral("Sì: pasta e pane senza glutine, preparati a parte. "
                                          "Chiedete il menu \"celiaci\"."));
    EXPECT_EQ(gluten.section, path({"Menu", "Allergie"}));

    const auto &booking = doc->chunks.at(2);
    EXPECT_EQ(booking.question, QStringLiteral("¿Se puede reservar por WhatsApp?"));
    EXPECT_EQ(booking.text, QStringLiteral("Sí, escríbanos con fecha, hora y número de personas."));
    EXPECT_EQ(booking.language, QStringLiteral("es"));

    // The bad date is reported and ignored; the pair is kept.
    const auto &valentine = doc->chunks.at(3);
    EXPECT_EQ(valentine.ordinal, 3);
    EXPECT_EQ(valentine.question, QStringLiteral("Menu di San Valentino?"));
    EXPECT_FALSE(valentine.validUntil);

    // Lines count the newline inside the quoted answer and the blank line; the row is where
    // a spreadsheet shows the record.
    EXPECT_EQ(doc->warnings,
              (QStringList{QStringLiteral("faq-ristorante.csv:7 (row 6): valid_until: "
                                          "\"14/02/2026\" is not a date (YYYY-MM-DD); ignored"),
                           QStringLiteral("faq-ristorante.csv:8 (row 7): empty answer "
                                          "(\"risposta\"); row skipped")}));
}

TEST(FaqParser, HotelJsonWithTitleLocalizedKeysAndANonTextAnswer)
{
    QString error;
    const auto doc = parse(fixture("faq-hotel.json"), "faq-hotel.json", &error);
    ASSERT_TRUE(doc) << qPrintable(error);
    EXPECT_EQ(doc->title, QStringLiteral("Hotel Bellavista FAQ"));
    ASSERT_EQ(doc->chunks.size(), 3);
    EXPECT_EQ(doc->chunks.at(0).question, QStringLiteral("What time is check-in?"));
    EXPECT_EQ(doc->chunks.at(0).section, path({"Arrival"}));
    EXPECT_EQ(doc->chunks.at(0).language, QStringLiteral("en"));

    const auto &parking = doc->chunks.at(1);
    EXPECT_EQ(parking.question, QStringLiteral("Gibt es Parkplätze?"));
    EXPECT_EQ(parking.text, QStringLiteral("Ja, die Garage kostet 15 € pro Nacht."));
    EXPECT_EQ(parking.language, QStringLiteral("de"));
    EXPECT_EQ(parking.validFrom, QDate(2026, 4, 1));
    EXPECT_EQ(parking.validUntil, QDate(2026, 10, 31));
    EXPECT_EQ(parking.section, path({"Anreise", "Parken"}));

    const auto &breakfast = doc->chunks.at(2);
    EXPECT_EQ(breakfast.text,
              QStringLiteral("Oui, de 7h à 10h30, dans la salle du rez-de-chaussée."));
    EXPECT_EQ(breakfast.language, QStringLiteral("fr"));

    EXPECT_EQ(doc->warnings, QStringList{QStringLiteral("faq-hotel.json: item 4: field "
                                                        "\"answer\" is not text; row skipped")});
}

TEST(FaqParser, GymJsonLinesSkipsABrokenLine)
{
    QString error;
    const auto doc = parse(fixture("faq-palestra.jsonl"), "faq-palestra.jsonl", &error);
    ASSERT_TRUE(doc) << qPrintable(error);
    ASSERT_EQ(doc->chunks.size(), 2);
    EXPECT_EQ(doc->chunks.at(0).question, QStringLiteral("Quanto costa l'abbonamento mensile?"));
    EXPECT_EQ(doc->chunks.at(0).text, QStringLiteral("45 € al mese, 400 € all'anno."));
    EXPECT_EQ(doc->chunks.at(1).text, QStringLiteral("Yes, the first day is free."));
    EXPECT_FALSE(doc->chunks.at(1).validUntil);
    ASSERT_EQ(doc->warnings.size(), 2);
    EXPECT_TRUE(doc->warnings.at(0).startsWith(QStringLiteral("faq-palestra.jsonl:2: not a JSON "
                                                              "object (")));
    EXPECT_TRUE(doc->warnings.at(0).endsWith(QStringLiteral("); line skipped")));
    EXPECT_EQ(doc->warnings.at(1), QStringLiteral("faq-palestra.jsonl:4: valid_until: "
                                                  "\"2026-13-01\" is not a date (YYYY-MM-DD); "
                                                  "ignored"));
}

TEST(FaqParser, MissingColumnIsAnErrorNamingItAndTheColumnsFound)
{
    QString error;
    EXPECT_FALSE(parse("\n question ,risposte\nA,B\n", "faq.csv", &error));
    EXPECT_EQ(error, QStringLiteral("faq.csv:2: no answer column (expected one of: answer, a, "
                                    "risposta, respuesta, réponse, reponse, antwort; columns "
                                    "found: question, risposte)"));
    EXPECT_FALSE(
        parse(R"([{"domande": "x", "answer": "y"}, {"answer": "z"}])", "faq.json", &error));
    EXPECT_EQ(error, QStringLiteral("faq.json: no question field (expected one of: question, q, "
                                    "domanda, pregunta, frage; fields found: answer, domande)"));
}

TEST(FaqParser, ExcelSemicolonsWindows1252AndUnusedColumns)
{
    QString error;
    const auto doc = parse("ID;Domanda;Risposta;Note\r\n1;Quanto costa la pulizia?;80 \x80, "
                           "\"circa\" 45 minuti;interna\r\n2;Fate preventivi?;S\xEC, gratis;;\r\n",
                           "faq.csv", &error);
    ASSERT_TRUE(doc) << qPrintable(error);
    ASSERT_EQ(doc->chunks.size(), 2);
    EXPECT_EQ(doc->chunks.at(0).text, QStringLiteral("80 €, \"circa\" 45 minuti"));
    EXPECT_EQ(doc->chunks.at(1).text, QStringLiteral("Sì, gratis"));
    EXPECT_EQ(doc->warnings,
              (QStringList{QStringLiteral("faq.csv: not valid UTF-8, read as Windows-1252 (save "
                                          "it as UTF-8 if letters look wrong)"),
                           QStringLiteral("faq.csv:1: columns \"ID\", \"Note\" not used")}));
}

TEST(FaqParser, ARowWithTooManyFieldsIsSkippedNamingIt)
{
    QString error;
    const auto doc = parse("q,a\nCiao,uno,due\n\"Orari?\",\"9-18\",,\nVuota,\n", "faq.csv", &error);
    ASSERT_TRUE(doc) << qPrintable(error);
    ASSERT_EQ(doc->chunks.size(), 1);
    EXPECT_EQ(doc->chunks.at(0).question, QStringLiteral("Orari?"));
    EXPECT_EQ(doc->warnings,
              (QStringList{QStringLiteral("faq.csv:2: 3 fields where the header has 2 (a comma "
                                          "or semicolon in an unquoted field?); row skipped"),
                           QStringLiteral("faq.csv:4: empty answer (\"a\"); row skipped")}));
}

TEST(FaqParser, BrokenStructureIsAnError)
{
    QString error;
    EXPECT_FALSE(parse("question,answer\nCiao,\"non chiusa\n", "faq.csv", &error));
    EXPECT_EQ(error, QStringLiteral("faq.csv:2: field \"answer\": unterminated quoted field"));
    EXPECT_FALSE(parse("[\n{\"question\": \"x\",\n\"answer\": }\n]", "faq.json", &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("faq.json:3: not valid JSON (")))
        << qPrintable(error);
    EXPECT_FALSE(parse(R"({"items": []})", "faq.json", &error));
    EXPECT_EQ(error, QStringLiteral("faq.json: expected an array of question/answer objects or "
                                    "{\"faq\": [...]}"));
    EXPECT_FALSE(parse("", "faq.csv", &error));
    EXPECT_EQ(error, QStringLiteral("faq.csv: empty file (expected a header row naming the "
                                    "question and answer columns)"));
}

TEST(FaqParser, RowValidityOverridesOptionsAndAnInvertedRangeIsDropped)
{
    ParseOptions options;
    options.language = QStringLiteral("it");
    options.validUntil = QDate(2026, 12, 31);
    QString error;
    const auto doc = parse("question,answer,valid from,ValidUntil,lang\n"
                           "Saldi?,Sì,2026-07-01,2026-07-31,\n"
                           "Natale?,Sì,2026-12-20,2026-12-01,en\n"
                           "Sempre?,Sì,,,\n",
                           "faq.csv", &error, options);
    ASSERT_TRUE(doc) << qPrintable(error);
    ASSERT_EQ(doc->chunks.size(), 3);
    EXPECT_EQ(doc->chunks.at(0).validFrom, QDate(2026, 7, 1));
    EXPECT_EQ(doc->chunks.at(0).validUntil, QDate(2026, 7, 31));
    EXPECT_EQ(doc->chunks.at(0).language, QStringLiteral("it"));
    EXPECT_FALSE(doc->chunks.at(1).validFrom);
    EXPECT_EQ(doc->chunks.at(1).validUntil, QDate(2026, 12, 31));
    EXPECT_EQ(doc->chunks.at(1).language, QStringLiteral("en"));
    EXPECT_EQ(doc->chunks.at(2).validUntil, QDate(2026, 12, 31));
    EXPECT_EQ(doc->warnings, QStringList{QStringLiteral("faq.csv:3: valid_from 2026-12-20 is "
                                                        "after valid_until 2026-12-01; both "
                                                        "ignored")});
}

TEST(FaqParser, SniffsJsonAndJsonLinesWithoutAnExtension)
{
    QString error;
    const auto array = parse(R"([{"q": "a?", "a": "b"}])", "upload", &error);
    ASSERT_TRUE(array) << qPrintable(error);
    EXPECT_EQ(array->chunks.size(), 1);
    const auto lines =
        parse("{\"q\": \"a?\", \"a\": \"b\"}\n{\"q\": \"c?\", \"a\": \"d\"}\n", "upload", &error);
    ASSERT_TRUE(lines) << qPrintable(error);
    EXPECT_EQ(lines->chunks.size(), 2);
}
