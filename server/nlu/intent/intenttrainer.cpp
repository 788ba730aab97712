// SPDX-License-Identifier: LicenseRef-Sportello
// Builds an IntentModel from labelled examples: features, optimisation, calibration.
#include "nlu/intent/intenttrainer.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <mutex>
#include <optional>
#include <thread>

#include <QDateTime>
#include <QMap>

#include "nlu/intent/confidencecalibrator.h"
#include "nlu/intent/seededshuffle.h"
#include "nlu/intent/softmaxregression.h"
#include "nlu/nlulog.h"

namespace sportello::nlu {

namespace {

// Used when there is nothing to calibrate on: the winner must outweigh all others together.
constexpr double kUncalibratedThreshold = 0.5;
constexpr int kFloat16Bytes = 2;

struct Fitted
{
    IntentFeatureExtractor features;
    SoftmaxWeights weights;
};

std::optional<Fitted> fit(const QStringList &texts, const std::vector<int> &labels, int classes,
                          const IntentTrainOptions &options, int maxFeatures,
                          const std::function<void(int)> &iterationDone)
{
    Fitted fitted;
    fitted.features.fit(texts, options.charWeight, maxFeatures);
    SparseMatrix x;
    x.columns = fitted.features.featureCount();
    for (const QString &text : texts)
        x.appendRow(fitted.features.transform(text));
    SoftmaxRegression::Options solver;
    solver.c = options.c;
    solver.maxIterations = options.maxIterations;
    solver.relativeTolerance = options.relativeTolerance;
    solver.threads = options.threads;
    solver.cancel = options.cancel;
    solver.iterationDone = iterationDone;
    auto weights = SoftmaxRegression::train(x, labels, classes, solver);
    if (!weights)
        return std::nullopt;
    fitted.weights = std::move(*weights);
    return fitted;
}

} // namespace

QString IntentTrainer::labelText(const QString &label)
{
    if (IntentModel::isOutOfScopeLabel(label))
        return {};
    QString text;
    for (qsizetype i = 0; i < label.size(); ++i) {
        const QChar c = label.at(i);
        if (c == u'_' || c == u'-' || c == u'.' || c == u'/' || c == u':') {
            text.append(u' ');
        } else {
            if (c.isUpper() && i > 0 && label.at(i - 1).isLower())
                text.append(u' ');
            text.append(c);
        }
    }
    return text.simplified();
}

std::unique_ptr<IntentModel> IntentTrainer::train(const QList<IntentExample> &examples,
                                                  const IntentTrainOptions &options, QString *error)
{
    QMap<QString, int> labelIndex;
    for (qsizetype i = 0; i < examples.size(); ++i) {
        if (examples.at(i).label.trimmed().isEmpty()) {
            *error = QStringLiteral("training example %1 has no label").arg(i + 1);
            return nullptr;
        }
        if (examples.at(i).text.trimmed().isEmpty()) {
            *error = QStringLiteral("training example %1 (%2) has no text")
                         .arg(i + 1)
                         .arg(examples.at(i).label);
            return nullptr;
        }
        labelIndex.insert(examples.at(i).label, 0);
    }
    if (labelIndex.size() < 2) {
        *error = QStringLiteral("an intent model needs examples of at least two labels, got %1")
                     .arg(labelIndex.size());
        return nullptr;
    }
    auto owned = std::make_unique<IntentModel>();
    IntentModel &model = *owned;
    for (auto it = labelIndex.begin(); it != labelIndex.end(); ++it) {
        it.value() = static_cast<int>(model.m_labels.size());
        if (model.m_outOfScopeIndex < 0 && IntentModel::isOutOfScopeLabel(it.key()))
            model.m_outOfScopeIndex = it.value();
        model.m_labels.append(it.key());
    }
    const int classes = static_cast<int>(model.m_labels.size());
    const int maxFeatures = static_cast<int>(
        std::min<qint64>(options.maxWeightBytes / (qint64{kFloat16Bytes} * classes), 1 << 30));

    QStringList texts;
    std::vector<int> gold;
    for (const IntentExample &example : examples) {
        texts.append(example.text);
        gold.push_back(labelIndex.value(example.label));
    }
    QStringList labelTexts;
    std::vector<int> labelGold;
    if (options.useLabelNames) {
        for (int c = 0; c < classes; ++c) {
            const QString text = labelText(model.m_labels.at(c));
            if (!text.isEmpty()) {
                labelTexts.append(text);
                labelGold.push_back(c);
            }
        }
    }

    const int folds = options.calibrationFolds >= 2 ? options.calibrationFolds : 0;
    std::vector<int> foldOf(gold.size(), 0);
    if (folds > 0) {
        std::mt19937 rng(options.seed);
        std::vector<std::vector<int>> byClass(static_cast<std::size_t>(classes));
        for (std::size_t i = 0; i < gold.size(); ++i)
            byClass[static_cast<std::size_t>(gold[i])].push_back(static_cast<int>(i));
        int next = 0; // rotating start keeps fold sizes even when classes are small
        for (auto &members : byClass) {
            seededShuffle(&members, &rng);
            for (const int i : members)
                foldOf[static_cast<std::size_t>(i)] = next++ % folds;
        }
    }

    // The final model and the calibration folds are independent optimisations: they run as
    // single-threaded jobs side by side, which keeps every core busy (the optimiser's own
    // vector steps do not split well) and gives the same models however they are scheduled.
    struct Job
    {
        QStringList texts;
        std::vector<int> gold;
        int fold = -1; // -1: the final model
        double cost = 1.0;
        std::optional<Fitted> result;
    };
    std::vector<Job> jobs(static_cast<std::size_t>(1 + folds));
    jobs[0].texts = labelTexts + texts;
    jobs[0].gold = labelGold;
    jobs[0].gold.insert(jobs[0].gold.end(), gold.begin(), gold.end());
    for (int f = 0; f < folds; ++f) {
        Job &job = jobs[static_cast<std::size_t>(f) + 1];
        job.fold = f;
        job.cost = (folds - 1.0) / folds;
        job.texts = labelTexts;
        job.gold = labelGold;
        for (std::size_t i = 0; i < gold.size(); ++i) {
            if (foldOf[i] != f) {
                job.texts.append(texts.at(static_cast<qsizetype>(i)));
                job.gold.push_back(gold[i]);
            }
        }
    }
    double totalCost = 0.0;
    for (const Job &job : jobs)
        totalCost += job.cost;
    std::mutex progressMutex;
    std::vector<int> iterationsDone(jobs.size(), 0);
    IntentTrainOptions jobOptions = options;
    jobOptions.threads = 1;
    std::atomic<std::size_t> nextJob{0};
    auto worker = [&] {
        for (std::size_t j = nextJob++; j < jobs.size(); j = nextJob++) {
            Job &job = jobs[j];
            job.result =
                fit(job.texts, job.gold, classes, jobOptions, maxFeatures, [&](int iteration) {
                    if (!options.progress)
                        return;
                    const std::lock_guard lock(progressMutex);
                    iterationsDone[j] = iteration;
                    double done = 0.0;
                    for (std::size_t k = 0; k < jobs.size(); ++k) {
                        done += jobs[k].cost *
                                std::min(1.0, iterationsDone[k] /
                                                  double(std::max(1, options.maxIterations)));
                    }
                    options.progress(
                        job.fold < 0
                            ? QStringLiteral("final model")
                            : QStringLiteral("calibration fold %1/%2").arg(job.fold + 1).arg(folds),
                        std::min(1.0, done / totalCost));
                });
        }
    };
    {
        std::vector<std::thread> workers;
        const auto extra =
            std::min<std::size_t>(jobs.size(),
                                  static_cast<std::size_t>(std::max(1, options.threads))) -
            1;
        for (std::size_t t = 0; t < extra; ++t)
            workers.emplace_back(worker);
        worker();
        for (auto &thread : workers)
            thread.join();
    }
    for (const Job &job : jobs) {
        if (!job.result) {
            *error = QStringLiteral("intent training was cancelled");
            return nullptr;
        }
    }

    if (folds > 0) {
        std::vector<float> logits(gold.size() * static_cast<std::size_t>(classes));
        std::vector<float> scores;
        for (std::size_t j = 1; j < jobs.size(); ++j) {
            const Fitted &fitted = *jobs[j].result;
            scores.resize(static_cast<std::size_t>(fitted.weights.stride));
            for (std::size_t i = 0; i < gold.size(); ++i) {
                if (foldOf[i] != jobs[j].fold)
                    continue;
                SoftmaxRegression::scores(
                    fitted.weights, fitted.features.transform(texts.at(static_cast<qsizetype>(i))),
                    scores.data());
                std::copy_n(scores.begin(), classes,
                            logits.begin() + static_cast<std::ptrdiff_t>(i * classes));
            }
        }
        model.m_temperature = ConfidenceCalibrator::fitTemperature(logits, gold, classes);
        std::vector<double> confidences;
        std::vector<bool> right;
        std::vector<double> probabilities(static_cast<std::size_t>(classes));
        int correct = 0;
        for (std::size_t i = 0; i < gold.size(); ++i) {
            ConfidenceCalibrator::softmax(logits.data() + i * static_cast<std::size_t>(classes),
                                          classes, model.m_temperature, probabilities.data());
            const auto best =
                static_cast<int>(std::max_element(probabilities.begin(), probabilities.end()) -
                                 probabilities.begin());
            if (best == gold[i])
                ++correct;
            // Messages the model already files under the out-of-scope label are refused
            // whatever their confidence; the threshold is about the others.
            if (best == model.m_outOfScopeIndex)
                continue;
            confidences.push_back(probabilities[static_cast<std::size_t>(best)]);
            right.push_back(best == gold[i]);
        }
        model.m_threshold =
            ConfidenceCalibrator::chooseThreshold(confidences, right, kUncalibratedThreshold);
        model.m_info.crossValidatedAccuracy = gold.empty() ? 0.0 : double(correct) / gold.size();
    } else {
        model.m_threshold = kUncalibratedThreshold;
    }

    auto &fitted = jobs[0].result;
    model.m_features = std::move(fitted->features);
    model.m_weights = SoftmaxRegression::toHalf(fitted->weights);
    model.m_info.examples = static_cast<int>(examples.size());
    model.m_info.features = model.m_features.featureCount();
    model.m_info.iterations = fitted->weights.iterations;
    model.m_info.converged = fitted->weights.converged;
    model.m_info.trainedAtMs = QDateTime::currentMSecsSinceEpoch();
    if (options.progress)
        options.progress(QStringLiteral("done"), 1.0);
    qCInfo(lcNlu) << "intent model trained:" << examples.size() << "examples," << classes
                  << "labels," << model.m_info.features << "features," << model.m_info.iterations
                  << "iterations, temperature" << model.m_temperature << "threshold"
                  << model.m_threshold << "cross-validated accuracy"
                  << model.m_info.crossValidatedAccuracy;
    return owned;
}

} // namespace sportello::nlu
