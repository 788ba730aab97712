// SPDX-License-Identifier: LicenseRef-Sportello
// The labelled data reader: RFC 4180 CSV, JSONL, and errors that name file, line and field.
#include <gtest/gtest.h>

#include <QTemporaryDir>

#include "nlu/eval/labelleddataset.h"

using sportello::nlu::LabelledDataset;

namespace {

std::optional<LabelledDataset> parse(const QByteArray &data, const QString &source, QString *error)
{
    return LabelledDataset::parse(data, source, LabelledDataset::intentLabelKeys(), error);
}

} // namespace

TEST(EvalLabelledDataset, ReadsQuotedFieldsWithCommasQuotesAndNewlines)
{
    QString error;
    const auto dataset = parse("text,label\n"
                               "\"ciao, vorrei \"\"prenotare\"\"\",booking\n"
                               "\"first line\nsecond line\",multi\n"
                               "plain text,other\n",
                               QStringLiteral("data.csv"), &error);
    ASSERT_TRUE(dataset) << qPrintable(error);
    ASSERT_EQ(dataset->rows().size(), 3);
    EXPECT_EQ(dataset->rows().at(0).text, QStringLiteral("ciao, vorrei \"prenotare\""));
    EXPECT_EQ(dataset->rows().at(0).label, QStringLiteral("booking"));
    EXPECT_EQ(dataset->rows().at(1).text, QStringLiteral("first line\nsecond line"));
    EXPECT_EQ(dataset->rows().at(1).line, 3);
    // The embedded newline moved the next record to line 5.
    EXPECT_EQ(dataset->rows().at(2).line, 5);
    EXPECT_EQ(dataset->labels(), (QStringList{QStringLiteral("booking"), QStringLiteral("multi"),
                                              QStringLiteral("other")}));
}

TEST(EvalLabelledDataset, ReadsCrlfBomBlankLinesAndCaseInsensitiveHeaders)
{
    QString error;
    const auto dataset = parse("\xEF\xBB\xBFText,Category\r\n"
                               "grazie mille,thanks\r\n"
                               "\r\n"
                               "\"a che ora,\r\naprite?\",opening_hours\r\n",
                               QStringLiteral("data.csv"), &error);
    ASSERT_TRUE(dataset) << qPrintable(error);
    ASSERT_EQ(dataset->rows().size(), 2);
    EXPECT_EQ(dataset->labelKey(), QStringLiteral("Category"));
    EXPECT_EQ(dataset->rows().at(0).text, QStringLiteral("grazie mille"));
    EXPECT_EQ(dataset->rows().at(1).label, QStringLiteral("opening_hours"));
    EXPECT_EQ(dataset->rows().at(1).line, 4);
}

TEST(EvalLabelledDataset, PrefersLabelThenIntentThenCategory)
{
    QString error;
    const auto both = parse("category,text,intent\nORDER,cancel it,cancel_order\n",
                            QStringLiteral("d.csv"), &error);
    ASSERT_TRUE(both) << qPrintable(error);
    EXPECT_EQ(both->labelKey(), QStringLiteral("intent"));
    EXPECT_EQ(both->rows().first().label, QStringLiteral("cancel_order"));

    const auto jsonl = parse("{\"text\":\"where is my order\",\"category\":\"ORDER\","
                             "\"label\":\"track_order\"}\n",
                             QStringLiteral("d.jsonl"), &error);
    ASSERT_TRUE(jsonl) << qPrintable(error);
    EXPECT_EQ(jsonl->labelKey(), QStringLiteral("label"));
    EXPECT_EQ(jsonl->rows().first().label, QStringLiteral("track_order"));

    // Another command's key (eval-language reads "lang").
    const auto language = LabelledDataset::parse("text,lang\nbonjour,fr\n", QStringLiteral("l.csv"),
                                                 {QStringLiteral("lang")}, &error);
    ASSERT_TRUE(language) << qPrintable(error);
    EXPECT_EQ(language->rows().first().label, QStringLiteral("fr"));
}

TEST(EvalLabelledDataset, ReadsJsonLinesWithCrlfBlankLinesAndNumericLabels)
{
    QString error;
    const auto dataset = parse("{\"text\": \"hola\", \"intent\": \"greeting\"}\r\n"
                               "\r\n"
                               "{\"Text\": \"  adiós  \", \"intent\": 7}\r\n",
                               QStringLiteral("data.ndjson"), &error);
    ASSERT_TRUE(dataset) << qPrintable(error);
    ASSERT_EQ(dataset->rows().size(), 2);
    EXPECT_EQ(dataset->rows().at(1).text, QStringLiteral("adiós"));
    EXPECT_EQ(dataset->rows().at(1).label, QStringLiteral("7"));
    EXPECT_EQ(dataset->rows().at(1).line, 3);
    // Without a telling extension the first character decides.
    const auto sniffed =
        parse("\n{\"text\":\"hi\",\"label\":\"greeting\"}\n", QStringLiteral("data.txt"), &error);
    ASSERT_TRUE(sniffed) << qPrintable(error);
    EXPECT_EQ(sniffed->rows().first().line, 2);
}

TEST(EvalLabelledDataset, ErrorsNameFileLineAndField)
{
    struct Case
    {
        QByteArray data;
        QString source;
        QStringList expected; // fragments the message must contain
    };
    const QList<Case> cases = {
        {"message,label\nhi,greeting\n",
         QStringLiteral("a.csv"),
         {QStringLiteral("a.csv:1:"), QStringLiteral("\"text\"")}},
        {"text,lang\nhi,en\n",
         QStringLiteral("b.csv"),
         {QStringLiteral("b.csv:1:"), QStringLiteral("label, intent, category")}},
        {"text,label\nok,thanks\n\"never closed,thanks\nmore\n",
         QStringLiteral("c.csv"),
         {QStringLiteral("c.csv:3:"), QStringLiteral("\"text\""), QStringLiteral("unterminated")}},
        {"text,label\n\"quoted\"tail,thanks\n",
         QStringLiteral("d.csv"),
         {QStringLiteral("d.csv:2:"), QStringLiteral("\"text\""), QStringLiteral("closing quote")}},
        {"text,label\nhi,greeting\n  ,thanks\n",
         QStringLiteral("e.csv"),
         {QStringLiteral("e.csv:3:"), QStringLiteral("\"text\" is empty")}},
        {"text,label\nhi,\n",
         QStringLiteral("f.csv"),
         {QStringLiteral("f.csv:2:"), QStringLiteral("\"label\" is empty")}},
        {"text,label\nhi, there,greeting\n",
         QStringLiteral("g.csv"),
         {QStringLiteral("g.csv:2:"), QStringLiteral("3 fields"), QStringLiteral("\"text\"")}},
        {"{\"text\":\"a\",\"label\":\"x\"}\n{\"text\": \"b\", \"label\": }\n",
         QStringLiteral("h.jsonl"),
         {QStringLiteral("h.jsonl:2:"), QStringLiteral("not a JSON object")}},
        {"{\"text\":\"a\",\"label\":\"x\"}\n{\"label\":\"y\"}\n",
         QStringLiteral("i.jsonl"),
         {QStringLiteral("i.jsonl:2:"), QStringLiteral("\"text\" is missing")}},
        {"{\"text\":\"a\",\"label\":\"x\"}\n{\"text\":\"b\",\"intent\":\"y\"}\n",
         QStringLiteral("j.jsonl"),
         {QStringLiteral("j.jsonl:2:"), QStringLiteral("\"label\" is missing")}},
        {"{\"text\":\"a\",\"label\":[1]}\n",
         QStringLiteral("k.jsonl"),
         {QStringLiteral("k.jsonl:1:"), QStringLiteral("\"label\" is not a string")}},
        {"text,label\n",
         QStringLiteral("l.csv"),
         {QStringLiteral("l.csv"), QStringLiteral("no labelled examples")}},
        {"", QStringLiteral("m.csv"), {QStringLiteral("m.csv"), QStringLiteral("empty")}},
    };
    for (const Case &c : cases) {
        QString error;
        EXPECT_FALSE(parse(c.data, c.source, &error)) << qPrintable(c.source);
        for (const QString &fragment : c.expected)
            EXPECT_TRUE(error.contains(fragment))
                << qPrintable(error) << " lacks " << qPrintable(fragment);
    }
}

TEST(EvalLabelledDataset, LoadNamesAMissingFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QString error;
    const QString path = dir.filePath(QStringLiteral("missing.csv"));
    EXPECT_FALSE(LabelledDataset::load(path, LabelledDataset::intentLabelKeys(), &error));
    EXPECT_TRUE(error.startsWith(path)) << qPrintable(error);
}
