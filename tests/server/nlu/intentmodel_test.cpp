// SPDX-License-Identifier: LicenseRef-Sportello
// The intent model on a small five-language fixture: training, predictions, files, threads.
#include <atomic>
#include <thread>

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

#include "nlu/eval/labelleddataset.h"
#include "nlu/intent/intentmodel.h"
#include "nlu/intent/intenttrainer.h"

using sportello::nlu::IntentExample;
using sportello::nlu::IntentModel;
using sportello::nlu::IntentPrediction;
using sportello::nlu::IntentTrainer;
using sportello::nlu::IntentTrainOptions;
using sportello::nlu::LabelledDataset;

namespace {

QList<IntentExample> fixtureExamples()
{
    QString error;
    const auto dataset =
        LabelledDataset::load(QStringLiteral(SPORTELLO_TEST_DATA_DIR "/nlu/eval/train.csv"),
                              LabelledDataset::intentLabelKeys(), &error);
    EXPECT_TRUE(dataset) << qPrintable(error);
    QList<IntentExample> examples;
    if (dataset) {
        for (const auto &row : dataset->rows())
            examples.append({row.text, row.label});
    }
    return examples;
}

// Trained once: the fixture model is shared by the tests that only read it.
const IntentModel &fixtureModel()
{
    static const std::unique_ptr<IntentModel> model = [] {
        QString error;
        auto trained = IntentModel::train(fixtureExamples(), IntentTrainOptions{}, &error);
        EXPECT_TRUE(trained) << qPrintable(error);
        return trained;
    }();
    return *model;
}

// Messages the fixture never contains, in the five languages, short ones included.
const QList<QPair<QString, QString>> kUnseen = {
    {QStringLiteral("vorrei prenotare per venerdì"), QStringLiteral("booking_request")},
    {QStringLiteral("I want to book a visit"), QStringLiteral("booking_request")},
    {QStringLiteral("quiero reservar una cita"), QStringLiteral("booking_request")},
    {QStringLiteral("je voudrais réserver"), QStringLiteral("booking_request")},
    {QStringLiteral("ich möchte einen Termin buchen"), QStringLiteral("booking_request")},
    {QStringLiteral("annullo l'appuntamento"), QStringLiteral("cancel_booking")},
    {QStringLiteral("please cancel my appointment"), QStringLiteral("cancel_booking")},
    {QStringLiteral("Termin stornieren bitte"), QStringLiteral("cancel_booking")},
    {QStringLiteral("a che ora aprite?"), QStringLiteral("opening_hours")},
    {QStringLiteral("what time do you open"), QStringLiteral("opening_hours")},
    {QStringLiteral("quels horaires ?"), QStringLiteral("opening_hours")},
    {QStringLiteral("quanto costa?"), QStringLiteral("pricing_inquiry")},
    {QStringLiteral("¿cuánto cuesta?"), QStringLiteral("pricing_inquiry")},
    {QStringLiteral("combien ça coûte"), QStringLiteral("pricing_inquiry")},
    {QStringLiteral("grazie!!"), QStringLiteral("thanks")},
    {QStringLiteral("thank you so much"), QStringLiteral("thanks")},
    {QStringLiteral("merci"), QStringLiteral("thanks")},
    {QStringLiteral("danke schön"), QStringLiteral("thanks")},
};

} // namespace

TEST(IntentModel, LearnsIntentsInFiveLanguages)
{
    const IntentModel &model = fixtureModel();
    ASSERT_TRUE(model.isValid());
    EXPECT_EQ(model.labels(),
              (QStringList{QStringLiteral("booking_request"), QStringLiteral("cancel_booking"),
                           QStringLiteral("opening_hours"), QStringLiteral("out_of_scope"),
                           QStringLiteral("pricing_inquiry"), QStringLiteral("thanks")}));
    EXPECT_EQ(model.outOfScopeLabel(), QStringLiteral("out_of_scope"));
    for (const auto &[text, intent] : kUnseen)
        EXPECT_EQ(model.predict(text).intent, intent) << qPrintable(text);
}

TEST(IntentModel, PredictionsAreRankedCalibratedAndJudgedByTheThreshold)
{
    const IntentModel &model = fixtureModel();
    EXPECT_GT(model.threshold(), 0.0);
    EXPECT_LT(model.threshold(), 1.0);
    EXPECT_GT(model.temperature(), 0.0);
    EXPECT_GE(model.info().crossValidatedAccuracy, 0.5);
    const IntentPrediction prediction = model.predict(QStringLiteral("vorrei prenotare"));
    ASSERT_EQ(prediction.top.size(), 5); // kCandidates of six labels
    double sum = 0.0;
    for (qsizetype i = 0; i < prediction.top.size(); ++i) {
        sum += prediction.top.at(i).confidence;
        if (i > 0) {
            EXPECT_GE(prediction.top.at(i - 1).confidence, prediction.top.at(i).confidence);
        }
    }
    EXPECT_LE(sum, 1.0 + 1e-9);
    EXPECT_EQ(prediction.intent, prediction.top.first().label);
    EXPECT_EQ(prediction.confidence, prediction.top.first().confidence);
    EXPECT_EQ(prediction.threshold, model.threshold());
    EXPECT_EQ(prediction.lowConfidence, prediction.confidence < model.threshold());
    EXPECT_EQ(prediction.ambiguous, prediction.top.at(1).confidence >=
                                        IntentModel::kAmbiguityRatio * prediction.confidence);

    // A business's own threshold overrides the model's.
    const IntentPrediction strict = model.predict(QStringLiteral("vorrei prenotare"), 1.0);
    EXPECT_TRUE(strict.lowConfidence);
    EXPECT_TRUE(strict.outOfScope);
    EXPECT_EQ(strict.intent, prediction.intent);
    const IntentPrediction lenient = model.predict(QStringLiteral("vorrei prenotare"), 0.0);
    EXPECT_FALSE(lenient.lowConfidence);

    // Nothing the model knows: no intent stands out.
    const IntentPrediction unknown = model.predict(QStringLiteral("xyzzy qwv"));
    EXPECT_FALSE(unknown.intent.isEmpty());
    EXPECT_TRUE(unknown.lowConfidence);
    EXPECT_TRUE(unknown.outOfScope);
}

TEST(IntentModel, SaveAndLoadGiveIdenticalPredictions)
{
    const IntentModel &model = fixtureModel();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("intent.model"));
    QString error;
    ASSERT_TRUE(model.save(path, &error)) << qPrintable(error);
    const auto loaded = IntentModel::load(path, &error);
    ASSERT_TRUE(loaded) << qPrintable(error);
    EXPECT_EQ(loaded->labels(), model.labels());
    EXPECT_EQ(loaded->threshold(), model.threshold());
    EXPECT_EQ(loaded->temperature(), model.temperature());
    EXPECT_EQ(loaded->info().features, model.info().features);
    EXPECT_EQ(loaded->serialize(), model.serialize());
    for (const auto &[text, intent] : kUnseen) {
        const IntentPrediction a = model.predict(text);
        const IntentPrediction b = loaded->predict(text);
        ASSERT_EQ(a.top.size(), b.top.size());
        for (qsizetype i = 0; i < a.top.size(); ++i) {
            EXPECT_EQ(a.top.at(i).label, b.top.at(i).label) << qPrintable(text);
            EXPECT_EQ(a.top.at(i).confidence, b.top.at(i).confidence) << qPrintable(text);
        }
    }
}

TEST(IntentModel, RefusesDamagedOrForeignFiles)
{
    const QByteArray good = fixtureModel().serialize();
    QString error;
    ASSERT_TRUE(IntentModel::deserialize(good, &error)) << qPrintable(error);

    QByteArray flipped = good;
    flipped[flipped.size() / 2] = static_cast<char>(flipped.at(flipped.size() / 2) ^ 0x5a);
    EXPECT_FALSE(IntentModel::deserialize(flipped, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("checksum"))) << qPrintable(error);

    EXPECT_FALSE(IntentModel::deserialize(good.left(good.size() - 100), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("truncated"))) << qPrintable(error);

    EXPECT_FALSE(IntentModel::deserialize(QByteArrayLiteral("text,label\nhi,greeting\n"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not an intent model"))) << qPrintable(error);

    QByteArray otherVersion = good;
    otherVersion[11] = static_cast<char>(otherVersion.at(11) + 1); // low byte of the version
    EXPECT_FALSE(IntentModel::deserialize(otherVersion, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("format"))) << qPrintable(error);

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("damaged.model"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(flipped);
    file.close();
    EXPECT_FALSE(IntentModel::load(path, &error));
    EXPECT_TRUE(error.startsWith(path)) << qPrintable(error);
    EXPECT_FALSE(IntentModel::load(dir.filePath(QStringLiteral("none.model")), &error));
}

TEST(IntentModel, TrainingIsReproducibleWhateverTheThreads)
{
    const QList<IntentExample> examples = fixtureExamples();
    IntentTrainOptions one;
    one.threads = 1;
    IntentTrainOptions four;
    four.threads = 4;
    QString error;
    const auto a = IntentModel::train(examples, one, &error);
    const auto b = IntentModel::train(examples, four, &error);
    ASSERT_TRUE(a && b) << qPrintable(error);
    EXPECT_EQ(a->threshold(), b->threshold());
    EXPECT_EQ(a->temperature(), b->temperature());
    for (const auto &[text, intent] : kUnseen)
        EXPECT_EQ(a->predict(text).confidence, b->predict(text).confidence) << qPrintable(text);
}

TEST(IntentModel, PredictsFromManyThreadsAtOnce)
{
    const IntentModel &model = fixtureModel();
    QList<IntentPrediction> expected;
    for (const auto &[text, intent] : kUnseen)
        expected.append(model.predict(text));
    std::atomic<int> mismatches{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int round = 0; round < 50; ++round) {
                for (qsizetype i = 0; i < kUnseen.size(); ++i) {
                    const IntentPrediction p = model.predict(kUnseen.at(i).first);
                    if (p.intent != expected.at(i).intent ||
                        p.confidence != expected.at(i).confidence)
                        ++mismatches;
                }
            }
        });
    }
    for (auto &thread : threads)
        thread.join();
    EXPECT_EQ(mismatches.load(), 0);
}

TEST(IntentModel, RefusesExamplesThatCannotMakeAModel)
{
    QString error;
    EXPECT_FALSE(IntentModel::train({{QStringLiteral("ciao"), QStringLiteral("greeting")},
                                     {QStringLiteral("salve"), QStringLiteral("greeting")}},
                                    IntentTrainOptions{}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("two labels"))) << qPrintable(error);
    EXPECT_FALSE(IntentModel::train({{QStringLiteral("ciao"), QStringLiteral("greeting")},
                                     {QStringLiteral("  "), QStringLiteral("thanks")}},
                                    IntentTrainOptions{}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("example 2"))) << qPrintable(error);
}

TEST(IntentModel, StopsWhenCancelled)
{
    const std::atomic<bool> cancel{true};
    IntentTrainOptions options;
    options.cancel = &cancel;
    QString error;
    EXPECT_FALSE(IntentModel::train(fixtureExamples(), options, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("cancelled"))) << qPrintable(error);
}

TEST(IntentModel, ReportsProgressUpToDone)
{
    IntentTrainOptions options;
    double last = -1.0;
    bool monotonic = true;
    QString lastStage;
    options.progress = [&](const QString &stage, double fraction) {
        monotonic = monotonic && fraction >= last;
        last = fraction;
        lastStage = stage;
    };
    QString error;
    ASSERT_TRUE(IntentModel::train(fixtureExamples(), options, &error)) << qPrintable(error);
    EXPECT_TRUE(monotonic);
    EXPECT_EQ(last, 1.0);
    EXPECT_EQ(lastStage, QStringLiteral("done"));
}

TEST(IntentModel, LabelNamesBecomeExampleText)
{
    EXPECT_EQ(IntentTrainer::labelText(QStringLiteral("card_arrival")),
              QStringLiteral("card arrival"));
    EXPECT_EQ(IntentTrainer::labelText(QStringLiteral("bookingRequest")),
              QStringLiteral("booking Request"));
    EXPECT_EQ(IntentTrainer::labelText(QStringLiteral("out-of-scope")), QString());
    EXPECT_TRUE(IntentModel::isOutOfScopeLabel(QStringLiteral("OOS")));
    EXPECT_TRUE(IntentModel::isOutOfScopeLabel(QStringLiteral("Out_Of_Scope")));
    EXPECT_FALSE(IntentModel::isOutOfScopeLabel(QStringLiteral("scope")));
}
