// SPDX-License-Identifier: LicenseRef-Sportello
// Knobs of intent model training; the defaults are the measured choice (see intentmodel.h).
#pragma once

#include <atomic>
#include <functional>

#include <QString>

namespace sportello::nlu {

struct IntentTrainOptions
{
    // Inverse L2 strength of the softmax regression (loss = sum of cross-entropies +
    // |W|^2 / (2c)); 10 won cross-validation on Banking77's training split both with all the
    // data and with 10 examples per class.
    double c = 10.0;
    // Weight of the character n-gram block against the word n-gram block (both L2-normalised).
    // Character n-grams carry typos, inflections and compounds in every language.
    double charWeight = 1.5;
    // Add each label's own words ("card_arrival" -> "card arrival") as one more example.
    // Worth 1.5 points of 10-shot accuracy on Banking77; harmless with opaque labels.
    bool useLabelNames = true;
    // Optimiser budget. Top-1 accuracy settles long before the objective does (Banking77:
    // the same at 25 iterations as at 66) and calibration is fitted on folds trained with
    // the same budget, so 40 keeps confidences honest at 60% of the cost.
    int maxIterations = 40;
    // Optimisation stops when an iteration improves the objective by less than this share.
    double relativeTolerance = 1e-6;
    // Stratified folds whose out-of-fold predictions calibrate confidences and pick the
    // out-of-scope threshold; 0 or 1 skips calibration (temperature 1, default threshold).
    int calibrationFolds = 3;
    // Worker threads: the final model and each calibration fold train side by side, each on
    // one thread, so the models depend only on the data and the other options.
    int threads = 2;
    quint32 seed = 42;
    // Cap on the weights' size in the model file (2 bytes per feature and label); the rarest
    // features are dropped to meet it. Banking77 (77 labels, 10k examples) needs 5.6 MB.
    qint64 maxWeightBytes = 16 * 1024 * 1024;
    // Checked between optimisation steps; training stops with an error when it turns true.
    const std::atomic<bool> *cancel = nullptr;
    // Progress of long trainings: a stage name and the overall fraction done (0..1). Called
    // from the training threads, one call at a time, the last with ("done", 1).
    std::function<void(const QString &stage, double fraction)> progress;
};

} // namespace sportello::nlu
