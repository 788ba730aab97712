// SPDX-License-Identifier: LicenseRef-Sportello
// Folding and word splitting shared by every NLU component.
#include <gtest/gtest.h>

#include "nlu/text/textnormalizer.h"

using sportello::nlu::TextNormalizer;

TEST(TextNormalizer, FoldsAccentsCaseAndLigatures)
{
    EXPECT_EQ(TextNormalizer::fold(QStringLiteral("Perché NON è Già")),
              QStringLiteral("perche non e gia"));
    EXPECT_EQ(TextNormalizer::fold(QStringLiteral("Straße Œuvre")),
              QStringLiteral("strasse oeuvre"));
    EXPECT_EQ(TextNormalizer::fold(QStringLiteral("Mañana über")), QStringLiteral("manana uber"));
}

TEST(TextNormalizer, UnifiesApostrophesAndSplitsElisions)
{
    EXPECT_EQ(TextNormalizer::foldedWords(QStringLiteral("L’appuntamento d'oggi")),
              (QStringList{QStringLiteral("l"), QStringLiteral("appuntamento"), QStringLiteral("d"),
                           QStringLiteral("oggi")}));
    EXPECT_EQ(TextNormalizer::foldedWords(QStringLiteral("J’ai 2 questions!!")),
              (QStringList{QStringLiteral("j"), QStringLiteral("ai"), QStringLiteral("2"),
                           QStringLiteral("questions")}));
}

TEST(TextNormalizer, KeepsEmojiInFoldButNotInWords)
{
    const QString folded = TextNormalizer::fold(QStringLiteral("Grazie 😡"));
    EXPECT_TRUE(folded.contains(QStringLiteral("😡")));
    EXPECT_EQ(TextNormalizer::words(folded), QStringList{QStringLiteral("grazie")});
    EXPECT_TRUE(TextNormalizer::foldedWords(QString()).isEmpty());
}
