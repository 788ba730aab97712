// SPDX-License-Identifier: LicenseRef-Sportello
// FastTextEmbedder: training, determinism, unit vectors, save and load, pretrained files.
#include <cmath>

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

#include "knowledge/embedding/fasttextembedder.h"
#include "knowledge/embedding/vectormath.h"

namespace sportello::knowledge {
namespace {

const QString kDir = QStringLiteral(SPORTELLO_TEST_DATA_DIR "/knowledge/embedding/");

QStringList corpus()
{
    QFile file(kDir + u"palestra.txt");
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

// Small enough to train in a fraction of a second.
FastTextEmbedderOptions quick()
{
    FastTextEmbedderOptions options;
    options.language = QStringLiteral("it");
    options.dimensions = 24;
    options.epochs = 30;
    options.buckets = 20000;
    return options;
}

std::unique_ptr<FastTextEmbedder> trained(const QStringList &texts = corpus(),
                                          const FastTextEmbedderOptions &options = quick())
{
    QString error;
    auto embedder = FastTextEmbedder::train(texts, options, &error);
    EXPECT_TRUE(embedder) << qPrintable(error);
    return embedder;
}

double norm(const QList<float> &vector)
{
    return std::sqrt(double(VectorMath::dot(vector, vector)));
}

TEST(FastTextEmbedder, TrainsUnitVectorsAndReportsProgress)
{
    QString error;
    QList<double> progress;
    const auto embedder = FastTextEmbedder::train(corpus(), quick(), &error,
                                                  [&](double done) { progress.append(done); });
    ASSERT_TRUE(embedder) << qPrintable(error);
    EXPECT_EQ(embedder->dimensions(), 24);
    EXPECT_TRUE(embedder->modelId().startsWith(u"fasttext-sub-"));
    EXPECT_EQ(embedder->modelId().size(), 13 + 12);
    ASSERT_FALSE(progress.isEmpty());
    EXPECT_DOUBLE_EQ(progress.last(), 1.0);

    const auto vectors = embedder->embed({QStringLiteral("Quanto costa l'abbonamento?"),
                                          QStringLiteral("orari di apertura domenica")},
                                         &error);
    ASSERT_TRUE(vectors);
    ASSERT_EQ(vectors->size(), 2);
    for (const auto &vector : *vectors) {
        ASSERT_EQ(vector.size(), 24);
        EXPECT_NEAR(norm(vector), 1.0, 1e-5);
    }
}

TEST(FastTextEmbedder, SameCorpusSameModelOtherCorpusOtherModel)
{
    const auto a = trained();
    const auto b = trained();
    EXPECT_EQ(a->modelId(), b->modelId());
    const QString text = QStringLiteral("prenotare una lezione di yoga");
    EXPECT_EQ(a->embedOne(text), b->embedOne(text)); // bit for bit: one thread, fixed seed

    QStringList shorter = corpus();
    shorter.removeLast();
    EXPECT_NE(trained(shorter)->modelId(), a->modelId());
    FastTextEmbedderOptions other = quick();
    other.sifWeight = 0.0;
    EXPECT_NE(trained(corpus(), other)->modelId(), a->modelId());
}

TEST(FastTextEmbedder, SubwordsGiveMisspeltAndUnseenWordsAVector)
{
    const auto embedder = trained();
    const QList<float> right = embedder->embedOne(QStringLiteral("abbonamento"));
    const QList<float> typo = embedder->embedOne(QStringLiteral("abbonamneto"));
    const QList<float> other = embedder->embedOne(QStringLiteral("docce"));
    EXPECT_NEAR(norm(typo), 1.0, 1e-5);
    EXPECT_GT(VectorMath::dot(right, typo), VectorMath::dot(right, other));
}

TEST(FastTextEmbedder, TextsWithoutWordsGetTheZeroVector)
{
    const auto embedder = trained();
    const QList<float> none = embedder->embedOne(QStringLiteral(" ?! ... "));
    ASSERT_EQ(none.size(), 24);
    EXPECT_EQ(norm(none), 0.0);
    // Only stop words: embedded from them rather than from nothing.
    EXPECT_NEAR(norm(embedder->embedOne(QStringLiteral("che cosa è?"))), 1.0, 1e-5);
}

TEST(FastTextEmbedder, SavedModelLoadsWithTheSameVectorsAndId)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("business.bin"));
    const auto embedder = trained();
    QString error;
    ASSERT_TRUE(embedder->save(path, &error)) << qPrintable(error);
    EXPECT_TRUE(QFile::exists(path + u".json"));
    EXPECT_FALSE(QFile::exists(path + u".tmp"));

    const auto loaded = FastTextEmbedder::load(path, &error);
    ASSERT_TRUE(loaded) << qPrintable(error);
    EXPECT_TRUE(loaded->isTrained());
    EXPECT_EQ(loaded->modelId(), embedder->modelId());
    EXPECT_EQ(loaded->dimensions(), embedder->dimensions());
    EXPECT_EQ(loaded->options().language, QStringLiteral("it"));
    const QString text = QStringLiteral("Il sabato siete aperti?");
    EXPECT_EQ(loaded->embedOne(text), embedder->embedOne(text));

    // Without its description the same file is a pretrained model of its own id.
    ASSERT_TRUE(QFile::remove(path + u".json"));
    const auto pretrained = FastTextEmbedder::load(path, &error, quick());
    ASSERT_TRUE(pretrained) << qPrintable(error);
    EXPECT_FALSE(pretrained->isTrained());
    EXPECT_TRUE(pretrained->modelId().startsWith(u"fasttext-file-"));
    // ... not centred on the training texts' mean, which only the description holds.
    EXPECT_NEAR(norm(pretrained->embedOne(text)), 1.0, 1e-5);
    EXPECT_NE(pretrained->embedOne(text), embedder->embedOne(text));
}

TEST(FastTextEmbedder, LoadsAPretrainedVecFileWithFoldedWords)
{
    QString error;
    FastTextEmbedderOptions options;
    options.language = QStringLiteral("it");
    options.sifWeight = 0.0;
    const auto embedder = FastTextEmbedder::load(kDir + u"tiny.vec", &error, options);
    ASSERT_TRUE(embedder) << qPrintable(error);
    EXPECT_EQ(embedder->dimensions(), 3);
    EXPECT_TRUE(embedder->modelId().startsWith(u"fasttext-file-"));
    EXPECT_EQ(embedder->embedOne(QStringLiteral("Orari?")), (QList<float>{0, 0, 1}));
    // "citta" finds the folded "città"; the unknown word adds nothing.
    EXPECT_EQ(embedder->embedOne(QStringLiteral("citta sconosciuta")), (QList<float>{0, 1, 0}));
    EXPECT_EQ(embedder->embedOne(QStringLiteral("sconosciuta")), (QList<float>{0, 0, 0}));
}

TEST(FastTextEmbedder, FailuresSayWhy)
{
    QString error;
    EXPECT_FALSE(FastTextEmbedder::train({QStringLiteral(" ... "), QString()}, quick(), &error));
    EXPECT_TRUE(error.contains(u"no words")) << qPrintable(error);

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    EXPECT_FALSE(FastTextEmbedder::load(dir.filePath(QStringLiteral("none.bin")), &error));
    EXPECT_TRUE(error.contains(u"none.bin")) << qPrintable(error);

    const QString garbage = dir.filePath(QStringLiteral("garbage.bin"));
    QFile file(garbage);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("not a model at all");
    file.close();
    EXPECT_FALSE(FastTextEmbedder::load(garbage, &error));
    EXPECT_TRUE(error.contains(u"garbage.bin: not a fastText model")) << qPrintable(error);

    const QString badVec = dir.filePath(QStringLiteral("bad.vec"));
    QFile vec(badVec);
    ASSERT_TRUE(vec.open(QIODevice::WriteOnly));
    vec.write("2 3\nuno 1 0 0\ndue 1 x 0\n");
    vec.close();
    EXPECT_FALSE(FastTextEmbedder::load(badVec, &error));
    EXPECT_TRUE(error.contains(u"bad.vec:3: field 3 is not a number")) << qPrintable(error);

    EXPECT_FALSE(trained()->save(dir.filePath(QStringLiteral("no/such/folder/m.bin")), &error));
}

} // namespace
} // namespace sportello::knowledge
