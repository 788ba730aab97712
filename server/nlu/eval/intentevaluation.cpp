// SPDX-License-Identifier: LicenseRef-Sportello
// `nlu eval`: train an intent model on one labelled file, measure it on another.
#include "nlu/eval/intentevaluation.h"

#include <chrono>
#include <cmath>
#include <vector>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>

#include "nlu/eval/classificationmetrics.h"
#include "nlu/eval/labelleddataset.h"
#include "nlu/eval/shotsampler.h"
#include "nlu/intent/intentmodel.h"

namespace sportello::nlu {

namespace {

constexpr int kWorstClasses = 10;
// Untimed predictions first, so the percentiles describe a model in service rather than
// the first page faults on its weights.
constexpr qsizetype kWarmUpMessages = 200;

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

} // namespace

QJsonObject IntentEvalReport::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("accuracy"), accuracy);
    json.insert(QStringLiteral("macro_f1"), macroF1);
    json.insert(QStringLiteral("train_seconds"), rounded(trainSeconds, 3));
    json.insert(QStringLiteral("latency_us_p50"), rounded(latencyUsP50, 2));
    json.insert(QStringLiteral("latency_us_p99"), rounded(latencyUsP99, 2));
    json.insert(QStringLiteral("latency_us_max"), rounded(latencyUsMax, 2));
    json.insert(QStringLiteral("train_examples"), trainExamples);
    json.insert(QStringLiteral("test_examples"), testExamples);
    json.insert(QStringLiteral("classes"), classes);
    json.insert(QStringLiteral("model_bytes"), modelBytes);
    json.insert(QStringLiteral("features"), features);
    json.insert(QStringLiteral("threshold"), threshold);
    json.insert(QStringLiteral("temperature"), temperature);
    if (crossValidatedAccuracy >= 0.0)
        json.insert(QStringLiteral("cross_validated_accuracy"), crossValidatedAccuracy);
    json.insert(QStringLiteral("shots"), shots);
    json.insert(QStringLiteral("unseen_test_messages"), unseenTestMessages);
    if (hasOutOfScope) {
        json.insert(QStringLiteral("out_of_scope_label"), outOfScopeLabel);
        json.insert(QStringLiteral("oos_recall"), oosRecall);
        json.insert(QStringLiteral("in_scope_accuracy"), inScopeAccuracy);
    }
    QJsonArray worst;
    for (const IntentClassScore &score : worstClasses) {
        worst.append(QJsonObject{{QStringLiteral("label"), score.label},
                                 {QStringLiteral("f1"), score.f1},
                                 {QStringLiteral("precision"), score.precision},
                                 {QStringLiteral("recall"), score.recall},
                                 {QStringLiteral("support"), score.support}});
    }
    json.insert(QStringLiteral("worst_classes"), worst);
    return json;
}

QString IntentEvalReport::toText() const
{
    QString text;
    text += QStringLiteral("train examples   %1%2\n")
                .arg(trainExamples)
                .arg(shots > 0 ? QStringLiteral(" (%1 per class)").arg(shots) : QString());
    text += QStringLiteral("test examples    %1\n").arg(testExamples);
    text += QStringLiteral("classes          %1\n").arg(classes);
    text += QStringLiteral("accuracy         %1%\n").arg(accuracy * 100.0, 0, 'f', 2);
    text += QStringLiteral("macro-F1         %1%\n").arg(macroF1 * 100.0, 0, 'f', 2);
    if (hasOutOfScope) {
        text += QStringLiteral("out-of-scope     label \"%1\", threshold %2\n")
                    .arg(outOfScopeLabel)
                    .arg(threshold, 0, 'f', 3);
        text += QStringLiteral("oos recall       %1%\n").arg(oosRecall * 100.0, 0, 'f', 2);
        text += QStringLiteral("in-scope acc.    %1%\n").arg(inScopeAccuracy * 100.0, 0, 'f', 2);
    } else {
        text += QStringLiteral("threshold        %1 (model's low-confidence threshold)\n")
                    .arg(threshold, 0, 'f', 3);
    }
    text += QStringLiteral("train time       %1 s\n").arg(trainSeconds, 0, 'f', 2);
    text += QStringLiteral("latency          p50 %1 us, p99 %2 us, max %3 us\n")
                .arg(latencyUsP50, 0, 'f', 1)
                .arg(latencyUsP99, 0, 'f', 1)
                .arg(latencyUsMax, 0, 'f', 1);
    text +=
        QStringLiteral("model size       %1 bytes (%2 features)\n").arg(modelBytes).arg(features);
    if (unseenTestMessages > 0) {
        text += QStringLiteral("unseen labels    %1 test messages have a label absent from "
                               "training\n")
                    .arg(unseenTestMessages);
    }
    if (!worstClasses.isEmpty()) {
        text += QStringLiteral("worst classes    (F1, precision, recall, support)\n");
        for (const IntentClassScore &score : worstClasses) {
            text += QStringLiteral("  %1  %2  %3  %4  %5\n")
                        .arg(score.label, -32)
                        .arg(score.f1, 0, 'f', 3)
                        .arg(score.precision, 0, 'f', 3)
                        .arg(score.recall, 0, 'f', 3)
                        .arg(score.support);
        }
    }
    return text;
}

std::optional<IntentEvalReport> IntentEvaluation::run(const IntentEvalOptions &options,
                                                      QString *error)
{
    const auto progress = [&](const QString &line) {
        if (options.progress)
            options.progress(line);
    };
    progress(QStringLiteral("reading %1").arg(options.trainPath));
    const QStringList keys = LabelledDataset::intentLabelKeys();
    auto train = LabelledDataset::load(options.trainPath, keys, error);
    if (!train)
        return std::nullopt;
    progress(QStringLiteral("reading %1").arg(options.testPath));
    const auto test = LabelledDataset::load(options.testPath, keys, error);
    if (!test)
        return std::nullopt;

    QList<LabelledRow> trainRows = train->rows();
    if (options.shots > 0)
        trainRows = ShotSampler::sample(trainRows, options.shots, options.seed);

    // Every spelling of "none of the above" is one class; training's spelling wins.
    QString oosLabel;
    for (const LabelledRow &row : std::as_const(trainRows)) {
        if (IntentModel::isOutOfScopeLabel(row.label)) {
            oosLabel = row.label;
            break;
        }
    }
    bool testHasOos = false;
    for (const LabelledRow &row : test->rows()) {
        if (IntentModel::isOutOfScopeLabel(row.label)) {
            testHasOos = true;
            if (oosLabel.isEmpty())
                oosLabel = row.label;
        }
    }

    QList<IntentExample> examples;
    examples.reserve(trainRows.size());
    QSet<QString> trainLabels;
    for (const LabelledRow &row : std::as_const(trainRows)) {
        examples.append(
            {row.text, IntentModel::isOutOfScopeLabel(row.label) ? oosLabel : row.label});
        trainLabels.insert(examples.last().label);
    }

    IntentEvalReport report;
    report.shots = options.shots;
    report.trainExamples = static_cast<int>(examples.size());
    report.testExamples = static_cast<int>(test->rows().size());
    progress(QStringLiteral("training on %1 examples of %2 labels")
                 .arg(examples.size())
                 .arg(trainLabels.size()));
    IntentTrainOptions training;
    int lastPercent = -1;
    training.progress = [&](const QString &stage, double fraction) {
        const int percent = static_cast<int>(fraction * 100.0);
        if (percent / 10 != lastPercent / 10) {
            lastPercent = percent;
            progress(QStringLiteral("training: %1% (%2)").arg(percent).arg(stage));
        }
    };
    QElapsedTimer trainTimer;
    trainTimer.start();
    auto model = IntentModel::train(examples, training, error);
    if (!model) {
        *error = QStringLiteral("%1: %2").arg(options.trainPath, *error);
        return std::nullopt;
    }
    report.trainSeconds = static_cast<double>(trainTimer.nsecsElapsed()) / 1e9;
    report.classes = static_cast<int>(model->labels().size());
    report.modelBytes = model->serialize().size();
    report.features = model->info().features;
    report.temperature = model->temperature();
    report.crossValidatedAccuracy = model->info().crossValidatedAccuracy;
    report.threshold = options.oosThreshold >= 0.0 ? options.oosThreshold : model->threshold();
    report.hasOutOfScope = testHasOos;
    report.outOfScopeLabel = oosLabel;

    progress(QStringLiteral("measuring on %1 test messages").arg(test->rows().size()));
    const QList<LabelledRow> &testRows = test->rows();
    for (qsizetype i = 0; i < std::min(kWarmUpMessages, testRows.size()); ++i)
        (void)model->predict(testRows.at(i).text);
    ClassificationMetrics metrics;
    std::vector<double> latencies;
    latencies.reserve(static_cast<std::size_t>(testRows.size()));
    int oosTotal = 0;
    int oosCaught = 0;
    int inScopeTotal = 0;
    int inScopeRight = 0;
    for (const LabelledRow &row : testRows) {
        const auto start = std::chrono::steady_clock::now();
        const IntentPrediction prediction = model->predict(row.text);
        const auto end = std::chrono::steady_clock::now();
        latencies.push_back(std::chrono::duration<double, std::micro>(end - start).count());
        const bool truthIsOos = IntentModel::isOutOfScopeLabel(row.label);
        const QString truth = truthIsOos ? oosLabel : row.label;
        if (!truthIsOos && !trainLabels.contains(truth))
            ++report.unseenTestMessages;
        // With out-of-scope test data the threshold is part of the classifier: a refused
        // message is an out-of-scope answer. Without, accuracy is the plain top-1 choice.
        QString predicted = prediction.intent;
        bool refused = IntentModel::isOutOfScopeLabel(predicted);
        if (testHasOos && prediction.confidence < report.threshold) {
            predicted = oosLabel;
            refused = true;
        }
        metrics.add(truth, predicted);
        if (truthIsOos) {
            ++oosTotal;
            oosCaught += refused ? 1 : 0;
        } else {
            ++inScopeTotal;
            inScopeRight += predicted == truth ? 1 : 0;
        }
    }
    report.accuracy = metrics.accuracy();
    report.macroF1 = metrics.macroF1();
    report.latencyUsP50 = ClassificationMetrics::percentile(latencies, 50.0);
    report.latencyUsP99 = ClassificationMetrics::percentile(latencies, 99.0);
    report.latencyUsMax = ClassificationMetrics::percentile(latencies, 100.0);
    if (testHasOos) {
        report.oosRecall = oosTotal > 0 ? double(oosCaught) / oosTotal : 0.0;
        report.inScopeAccuracy = inScopeTotal > 0 ? double(inScopeRight) / inScopeTotal : 0.0;
    }
    for (const ClassScore &score : metrics.worst(kWorstClasses))
        report.worstClasses.append(
            {score.label, score.support, score.precision, score.recall, score.f1});
    return report;
}

} // namespace sportello::nlu
