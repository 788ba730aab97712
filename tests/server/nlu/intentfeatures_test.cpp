// SPDX-License-Identifier: LicenseRef-Sportello
// The intent feature extractor: folding, digits, normalisation, vocabulary files.
#include <cmath>

#include <gtest/gtest.h>

#include <QBuffer>
#include <QDataStream>

#include "nlu/intent/intentfeatureextractor.h"

using sportello::nlu::IntentFeatureExtractor;
using sportello::nlu::SparseVector;

namespace {

IntentFeatureExtractor fitted()
{
    IntentFeatureExtractor extractor;
    extractor.fit({QStringLiteral("Perché non è arrivato l'ordine 12345?"),
                   QStringLiteral("vorrei prenotare una visita"),
                   QStringLiteral("quanto costa la visita")},
                  1.5, 0);
    return extractor;
}

double norm2(const SparseVector &row)
{
    double sum = 0.0;
    for (const float v : row.value)
        sum += static_cast<double>(v) * v;
    return sum;
}

} // namespace

TEST(IntentFeatures, FoldsCaseAccentsApostrophesAndDigits)
{
    const IntentFeatureExtractor extractor = fitted();
    const SparseVector a =
        extractor.transform(QStringLiteral("PERCHE non e arrivato l’ordine 99?"));
    const SparseVector b =
        extractor.transform(QStringLiteral("perché non è arrivato l'ordine 42?"));
    EXPECT_EQ(a.index, b.index);
    EXPECT_EQ(a.value, b.value);
    // Five digits share the shape of the five in training; two digits do not.
    const SparseVector five = extractor.transform(QStringLiteral("ordine 55555"));
    const SparseVector two = extractor.transform(QStringLiteral("ordine 55"));
    EXPECT_GT(five.size(), two.size());
}

TEST(IntentFeatures, EachBlockIsUnitLengthAndCharactersWeighted)
{
    const IntentFeatureExtractor extractor = fitted();
    // Word block 1, character block 1.5^2.
    EXPECT_NEAR(norm2(extractor.transform(QStringLiteral("vorrei una visita"))), 1.0 + 2.25, 1e-5);
    EXPECT_EQ(extractor.transform(QStringLiteral("zzz")).size(), 0U);
    EXPECT_EQ(extractor.transform(QString()).size(), 0U);
}

TEST(IntentFeatures, KeepsTheMostFrequentWhenCapped)
{
    IntentFeatureExtractor capped;
    capped.fit(
        {QStringLiteral("visita visita"), QStringLiteral("visita domani"), QStringLiteral("altro")},
        1.0, 5);
    EXPECT_EQ(capped.featureCount(), 5);
    // "visita" is in two of three texts: its n-grams survive; "altro" is gone.
    EXPECT_GT(capped.transform(QStringLiteral("visita")).size(), 0U);
    EXPECT_EQ(capped.transform(QStringLiteral("altro")).size(), 0U);
}

TEST(IntentFeatures, VocabularyRoundTripsThroughAStream)
{
    const IntentFeatureExtractor extractor = fitted();
    QByteArray bytes;
    {
        QDataStream out(&bytes, QIODevice::WriteOnly);
        extractor.write(out);
    }
    IntentFeatureExtractor read;
    QDataStream in(bytes);
    ASSERT_TRUE(read.read(in));
    EXPECT_EQ(read.featureCount(), extractor.featureCount());
    const QString text = QStringLiteral("vorrei prenotare, quanto costa?");
    EXPECT_EQ(read.transform(text).index, extractor.transform(text).index);
    EXPECT_EQ(read.transform(text).value, extractor.transform(text).value);

    IntentFeatureExtractor truncated;
    QDataStream shortStream(bytes.left(bytes.size() / 2));
    EXPECT_FALSE(truncated.read(shortStream));
}
