// SPDX-License-Identifier: LicenseRef-Sportello
// Builds an IntentModel from labelled examples: features, optimisation, calibration.
#pragma once

#include <memory>

#include <QList>
#include <QString>

#include "nlu/intent/intentexample.h"
#include "nlu/intent/intentmodel.h"
#include "nlu/intent/intenttrainoptions.h"

namespace sportello::nlu {

// Plain blocking code with no Qt event loop and no globals: run it on any thread (a
// QtConcurrent task for background retraining), as many at once as memory allows.
//
// Jobs, run side by side on `threads` threads: the final model on all examples, and
// `calibrationFolds` stratified folds, each with its own vocabulary so held-out messages meet
// unseen words as real ones do. The folds' out-of-fold scores then fit the temperature and
// the out-of-scope threshold (see ConfidenceCalibrator). Memory: each running job holds about
// 15 float copies of its weights (features x classes).
class IntentTrainer
{
public:
    static std::unique_ptr<IntentModel> train(const QList<IntentExample> &examples,
                                              const IntentTrainOptions &options, QString *error);

    // "card_arrival" -> "card arrival"; camelCase is split too. Empty for out-of-scope labels.
    static QString labelText(const QString &label);
};

} // namespace sportello::nlu
