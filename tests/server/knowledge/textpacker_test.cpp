// SPDX-License-Identifier: LicenseRef-Sportello
// TextPacker: whole paragraphs, then lines, sentences and words; overlap; never mid-word.
#include <gtest/gtest.h>

#include <QStringList>

#include "knowledge/parsers/textpacker.h"

using sportello::knowledge::TextPacker;

namespace {

QStringList sentencesOf(const QString &text)
{
    QList<qsizetype> bounds = TextPacker::sentenceStarts(text);
    bounds.prepend(0);
    bounds.append(text.size());
    QStringList sentences;
    for (qsizetype i = 0; i + 1 < bounds.size(); ++i)
        sentences.append(text.mid(bounds[i], bounds[i + 1] - bounds[i]).trimmed());
    return sentences;
}

const QString kLong = QStringLiteral("One two three four five. Six seven eight nine ten eleven. "
                                     "Twelve thirteen fourteen.");

} // namespace

TEST(TextPacker, ParagraphsAreBlankLineSeparatedAndTrimmed)
{
    EXPECT_EQ(TextPacker::paragraphs(QStringLiteral("\n  First line  \nsecond line\n\n \t\n"
                                                    "Next paragraph.\n\n\n")),
              (QStringList{QStringLiteral("First line\nsecond line"),
                           QStringLiteral("Next paragraph.")}));
}

TEST(TextPacker, PacksWholeParagraphsWhileTheyFit)
{
    const TextPacker packer(200, 50);
    EXPECT_EQ(packer.pack({QStringLiteral("Prima riga."), QStringLiteral("Seconda riga.")}),
              QStringList{QStringLiteral("Prima riga.\n\nSeconda riga.")});
}

TEST(TextPacker, SentencesKeepAbbreviationsInitialsAndListNumbers)
{
    EXPECT_EQ(sentencesOf(QStringLiteral("Chiamate la Dott.ssa Bianchi o il Dott. Rossi. Il "
                                         "costo è di ca. 50 euro, vedi sotto. Sr. García: ¡sí! "
                                         "Fine… davvero? J. K. Rowling e.g. here.")),
              (QStringList{QStringLiteral("Chiamate la Dott.ssa Bianchi o il Dott. Rossi."),
                           QStringLiteral("Il costo è di ca. 50 euro, vedi sotto."),
                           QStringLiteral("Sr. García: ¡sí!"), QStringLiteral("Fine… davvero?"),
                           QStringLiteral("J. K. Rowling e.g. here.")}));
    EXPECT_EQ(sentencesOf(QStringLiteral("Orari:\n1. Lunedì chiuso.\n2. Martedì aperto.")),
              (QStringList{QStringLiteral("Orari:\n1. Lunedì chiuso."),
                           QStringLiteral("2. Martedì aperto.")}));
    // A full stop before a lower-case letter is not an end ("ecc. e poi").
    EXPECT_EQ(sentencesOf(QStringLiteral("Pulizia, sbiancamento ecc. e poi il resto.")).size(), 1);
}

TEST(TextPacker, CutsALongParagraphOnSentencesWithWordAlignedOverlap)
{
    const TextPacker packer(60, 20);
    // The last sentence (32 characters) is longer than the overlap: the overlap starts at
    // the first word that fits in 20.
    EXPECT_EQ(
        packer.pack({kLong}),
        (QStringList{QStringLiteral("One two three four five. Six seven eight nine ten eleven."),
                     QStringLiteral("nine ten eleven. Twelve thirteen fourteen.")}));
}

TEST(TextPacker, OverlapStartsAtASentenceWhenThatKeepsHalfOfIt)
{
    const TextPacker packer(60, 40);
    EXPECT_EQ(
        packer.pack({kLong}),
        (QStringList{QStringLiteral("One two three four five. Six seven eight nine ten eleven."),
                     QStringLiteral("Six seven eight nine ten eleven. Twelve thirteen "
                                    "fourteen.")}));
}

TEST(TextPacker, NoOverlapWhenZero)
{
    const TextPacker packer(60, 0);
    EXPECT_EQ(
        packer.pack({kLong}),
        (QStringList{QStringLiteral("One two three four five. Six seven eight nine ten eleven."),
                     QStringLiteral("Twelve thirteen fourteen.")}));
}

TEST(TextPacker, CutsBetweenWordsNeverInsideOne)
{
    const TextPacker packer(30, 0);
    EXPECT_EQ(
        packer.pack({QStringLiteral("alpha beta gamma delta epsilon zeta eta theta iota kappa")}),
        (QStringList{QStringLiteral("alpha beta gamma delta epsilon"),
                     QStringLiteral("zeta eta theta iota kappa")}));
    // A word longer than the cap stays whole.
    EXPECT_EQ(
        packer.pack({QStringLiteral("a supercalifragilisticexpialidocious b")}),
        (QStringList{QStringLiteral("a"), QStringLiteral("supercalifragilisticexpialidocious"),
                     QStringLiteral("b")}));
}

TEST(TextPacker, CutsListsAndTablesBetweenLines)
{
    const TextPacker packer(50, 0);
    const QString list = QStringLiteral("Prezzi:\n- pulizia 80 euro\n- sbiancamento 350 euro\n"
                                        "- impianto 1200 euro");
    EXPECT_EQ(packer.pack({list}),
              (QStringList{QStringLiteral("Prezzi:\n- pulizia 80 euro\n- sbiancamento 350 euro"),
                           QStringLiteral("- impianto 1200 euro")}));
    const QString table = QStringLiteral("| Trattamento | Prezzo |\n|---|---|\n| Pulizia | 80 € |\n"
                                         "| Sbiancamento | 350 € |");
    EXPECT_EQ(
        TextPacker(55, 0).pack({table}),
        (QStringList{QStringLiteral("| Trattamento | Prezzo |\n|---|---|\n| Pulizia | 80 € |"),
                     QStringLiteral("| Sbiancamento | 350 € |")}));
}

TEST(TextPacker, EveryChunkFitsAndOverlapsTheNext)
{
    QStringList paragraphs;
    for (int i = 0; i < 40; ++i)
        paragraphs.append(
            QStringLiteral("Frase numero %1 del paragrafo, con qualche parola in più. "
                           "Seconda frase %1.")
                .arg(i));
    const TextPacker packer(200, 60);
    const QStringList chunks = packer.pack(paragraphs);
    ASSERT_GT(chunks.size(), 5);
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        EXPECT_LE(chunks.at(i).size(), 200) << i;
        if (i > 0) {
            const QString head = chunks.at(i).left(20);
            EXPECT_TRUE(chunks.at(i - 1).contains(head)) << i << ": " << qPrintable(chunks.at(i));
        }
    }
    EXPECT_TRUE(chunks.last().endsWith(QStringLiteral("Seconda frase 39.")));
}
