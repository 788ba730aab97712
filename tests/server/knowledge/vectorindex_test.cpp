// SPDX-License-Identifier: LicenseRef-Sportello
// VectorIndex: exact top-1, remove, filters, growth, save/load and damaged files.
#include <random>

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

#include "knowledge/embedding/vectormath.h"
#include "knowledge/index/vectorindex.h"

using namespace Qt::StringLiterals;

namespace sportello::knowledge {
namespace {

constexpr int kDimensions = 32;

QList<float> randomUnitVector(std::mt19937 &random)
{
    std::normal_distribution<float> normal;
    QList<float> vector(kDimensions);
    for (float &value : vector)
        value = normal(random);
    VectorMath::normalize(vector);
    return vector;
}

class VectorIndexTest : public ::testing::Test
{
protected:
    VectorIndexTest()
    {
        std::mt19937 random(42);
        for (int i = 0; i < 500; ++i)
            vectors.append(randomUnitVector(random));
    }

    std::unique_ptr<VectorIndex> filled(qsizetype capacity = 16)
    {
        auto index = std::make_unique<VectorIndex>(kDimensions, u"model-a"_s, capacity);
        for (qsizetype i = 0; i < vectors.size(); ++i) {
            QString error;
            EXPECT_TRUE(index->add(1000 + i, vectors[i], &error)) << error.toStdString();
        }
        return index;
    }

    QList<QList<float>> vectors;
    QTemporaryDir dir;
};

TEST_F(VectorIndexTest, EveryStoredVectorIsItsOwnTopHitAndCapacityGrows)
{
    const auto index = filled(16);
    EXPECT_EQ(index->size(), 500);
    EXPECT_GE(index->capacity(), 500);
    for (qsizetype i = 0; i < vectors.size(); ++i) {
        const auto hits = index->search(vectors[i], 3);
        ASSERT_EQ(hits.size(), 3);
        EXPECT_EQ(hits[0].id, 1000 + i);
        EXPECT_NEAR(hits[0].score, 1.0f, 1e-5f);
        EXPECT_GE(hits[0].score, hits[1].score);
    }
}

TEST_F(VectorIndexTest, RejectsBadInput)
{
    VectorIndex index(kDimensions);
    QString error;
    EXPECT_FALSE(index.add(-1, vectors[0], &error));
    EXPECT_FALSE(index.add(1, QList<float>(3, 0.5f), &error));
    EXPECT_TRUE(error.contains(u"has 3 numbers, the index 32"_s)) << error.toStdString();
    QList<float> nan = vectors[0];
    nan[4] = std::numeric_limits<float>::quiet_NaN();
    EXPECT_FALSE(index.add(1, nan, &error));
    EXPECT_TRUE(index.search(vectors[0], 5).isEmpty());
    EXPECT_TRUE(index.search(QList<float>(3, 0.5f), 5).isEmpty());
}

TEST_F(VectorIndexTest, RemoveAndUpdateByLabel)
{
    const auto index = filled();
    EXPECT_TRUE(index->remove(1007));
    EXPECT_FALSE(index->remove(1007));
    EXPECT_FALSE(index->remove(5));
    EXPECT_FALSE(index->contains(1007));
    EXPECT_EQ(index->size(), 499);
    EXPECT_EQ(index->deletedCount(), 1);
    for (const auto &hit : index->search(vectors[7], 10))
        EXPECT_NE(hit.id, 1007);

    // Re-adding a removed id brings it back; adding an existing id replaces its vector.
    ASSERT_TRUE(index->add(1007, vectors[7]));
    EXPECT_EQ(index->search(vectors[7], 1).value(0).id, 1007);
    ASSERT_TRUE(index->add(1008, vectors[9]));
    EXPECT_EQ(index->size(), 500);
    const auto hits = index->search(vectors[9], 2);
    EXPECT_EQ(QSet<qint64>({hits[0].id, hits[1].id}), QSet<qint64>({1008, 1009}));
}

TEST_F(VectorIndexTest, AllowFilterSmallAndLarge)
{
    const auto index = filled();
    const QSet<qint64> few{1003, 1100, 1200, 1499, 77};
    auto hits = index->search(vectors[3], 10, &few);
    ASSERT_EQ(hits.size(), 4); // 77 is not in the index
    EXPECT_EQ(hits[0].id, 1003);
    for (const auto &hit : hits)
        EXPECT_TRUE(few.contains(hit.id));

    QSet<qint64> even; // larger than the exact-scan limit would need many more; graph path
    for (qint64 i = 0; i < 500; i += 2)
        even.insert(1000 + i);
    hits = index->search(vectors[11], 5, &even);
    ASSERT_EQ(hits.size(), 5);
    for (const auto &hit : hits)
        EXPECT_TRUE(even.contains(hit.id));
    hits = index->search(vectors[10], 1, &even);
    EXPECT_EQ(hits.value(0).id, 1010);

    const QSet<qint64> none;
    EXPECT_TRUE(index->search(vectors[0], 5, &none).isEmpty());
}

TEST_F(VectorIndexTest, LargeAllowFilterSearchesTheGraph)
{
    // More allowed ids than the exact scan takes: the graph path with a widening search.
    std::mt19937 random(3);
    VectorIndex index(kDimensions);
    QList<QList<float>> many;
    QSet<qint64> even;
    for (qint64 id = 0; id < 4200; ++id) {
        many.append(randomUnitVector(random));
        ASSERT_TRUE(index.add(id, many.last()));
        if (id % 2 == 0)
            even.insert(id);
    }
    int exact = 0;
    for (qint64 id = 0; id < 4200; id += 97) {
        const auto hits = index.search(many[id], 5, &even);
        ASSERT_EQ(hits.size(), 5);
        for (const auto &hit : hits)
            EXPECT_TRUE(even.contains(hit.id));
        exact += id % 2 == 0 && hits[0].id == id ? 1 : 0;
    }
    EXPECT_EQ(exact, 22); // every even probe (0, 194, ... 4074) finds itself first
}

TEST_F(VectorIndexTest, SaveLoadRoundTrip)
{
    const QString path = dir.filePath(u"business.hnsw"_s);
    auto index = filled();
    index->remove(1001);
    QString error;
    ASSERT_TRUE(index->save(path, &error)) << error.toStdString();
    EXPECT_TRUE(QFile::exists(path + u".meta"_s));

    VectorIndex::LoadFailure failure = VectorIndex::LoadFailure::Corrupt;
    const auto loaded = VectorIndex::load(path, kDimensions, u"model-a"_s, &error, &failure);
    ASSERT_TRUE(loaded) << error.toStdString();
    EXPECT_EQ(failure, VectorIndex::LoadFailure::None);
    EXPECT_EQ(loaded->size(), 499);
    EXPECT_EQ(loaded->deletedCount(), 1);
    EXPECT_EQ(loaded->modelId(), u"model-a"_s);
    EXPECT_FALSE(loaded->contains(1001));
    for (qsizetype i = 0; i < vectors.size(); i += 7) {
        if (i != 1) {
            EXPECT_EQ(loaded->search(vectors[i], 1).value(0).id, 1000 + i);
        }
    }
    // A loaded index keeps growing.
    std::mt19937 random(7);
    for (int i = 0; i < 50; ++i)
        ASSERT_TRUE(loaded->add(5000 + i, randomUnitVector(random), &error)) << error.toStdString();
    EXPECT_EQ(loaded->size(), 549);
}

TEST_F(VectorIndexTest, DamagedOrForeignFilesAreReportedNotFatal)
{
    const QString path = dir.filePath(u"business.hnsw"_s);
    QString error;
    VectorIndex::LoadFailure failure = VectorIndex::LoadFailure::None;
    EXPECT_FALSE(VectorIndex::load(path, kDimensions, {}, &error, &failure));
    EXPECT_EQ(failure, VectorIndex::LoadFailure::Missing);

    ASSERT_TRUE(filled()->save(path, &error)) << error.toStdString();
    EXPECT_FALSE(VectorIndex::load(path, 64, {}, &error, &failure));
    EXPECT_EQ(failure, VectorIndex::LoadFailure::DimensionMismatch);
    EXPECT_TRUE(error.contains(u"saved with 32 dimensions, 64 expected"_s)) << error.toStdString();
    EXPECT_FALSE(VectorIndex::load(path, kDimensions, u"model-b"_s, &error, &failure));
    EXPECT_EQ(failure, VectorIndex::LoadFailure::ModelMismatch);

    // Flipped bytes in the middle.
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        file.seek(file.size() / 2);
        file.write("garbage!");
    }
    EXPECT_FALSE(VectorIndex::load(path, kDimensions, {}, &error, &failure));
    EXPECT_EQ(failure, VectorIndex::LoadFailure::Corrupt);
    EXPECT_TRUE(error.contains(u"checksum mismatch"_s)) << error.toStdString();

    // Truncated.
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        file.resize(100);
    }
    EXPECT_FALSE(VectorIndex::load(path, kDimensions, {}, &error, &failure));
    EXPECT_EQ(failure, VectorIndex::LoadFailure::Corrupt);

    // Garbage .meta.
    {
        QFile file(path + u".meta"_s);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{not json");
    }
    EXPECT_FALSE(VectorIndex::load(path, kDimensions, {}, &error, &failure));
    EXPECT_EQ(failure, VectorIndex::LoadFailure::Corrupt);

    // Saving again repairs it.
    ASSERT_TRUE(filled()->save(path, &error));
    EXPECT_TRUE(VectorIndex::load(path, kDimensions, {}, &error, &failure) != nullptr);
}

} // namespace
} // namespace sportello::knowledge
