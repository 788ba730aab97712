// SPDX-License-Identifier: LicenseRef-Sportello
// A trained intent classifier: scores messages, saves to and loads from a checked file.
#pragma once

#include <memory>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "nlu/intent/halfweights.h"
#include "nlu/intent/intentexample.h"
#include "nlu/intent/intentfeatureextractor.h"
#include "nlu/intent/intentmodelinfo.h"
#include "nlu/intent/intentprediction.h"
#include "nlu/intent/intenttrainoptions.h"

namespace sportello::nlu {

// Model: multinomial logistic regression over TF-IDF word 1-2-grams and character 2-5-grams,
// trained on the examples plus each label's own words, with confidences calibrated by
// temperature scaling on cross-validated predictions. Chosen by measurement against the
// fastText CLI, linear SVMs, one-vs-rest logistic regression, stemming, centroid blends and
// GloVe vectors (see BENCHMARKS.md): as accurate as any with all the data, clearly better
// with ten examples per class, language-neutral and small.
//
// predict() is const and touches no shared mutable state: one model may serve many threads.
class IntentModel
{
public:
    IntentModel() = default;

    // Trains on the examples (see IntentTrainer). Null with *error when the examples cannot
    // make a model (fewer than two labels, empty texts) or training was cancelled.
    static std::unique_ptr<IntentModel> train(const QList<IntentExample> &examples,
                                              const IntentTrainOptions &options, QString *error);

    bool isValid() const { return m_labels.size() >= 2; }

    // The best kCandidates intents (never empty on a valid model), judged by the model's own
    // out-of-scope threshold.
    IntentPrediction predict(const QString &text) const { return predict(text, m_threshold); }
    // The same, judged by another threshold (a business's configured one).
    IntentPrediction predict(const QString &text, double threshold) const;
    static constexpr int kCandidates = 5;

    QStringList labels() const { return m_labels; }
    // The label of the training data that means "none of the others" (out_of_scope, oos,
    // out-of-scope in any case), empty when there is none.
    QString outOfScopeLabel() const;
    static bool isOutOfScopeLabel(const QString &label);

    double threshold() const { return m_threshold; }
    double temperature() const { return m_temperature; }
    // A prediction is ambiguous when the runner-up's confidence is at least this share of
    // the winner's.
    static constexpr double kAmbiguityRatio = 0.5;
    const IntentModelInfo &info() const { return m_info; }

    // The model file: magic, format version, payload, SHA-256 of all that precedes it. The
    // version changes whenever the file or the meaning of its numbers (features, training)
    // changes, so caches keyed on it never serve a model the code no longer means.
    static quint32 formatVersion();
    QByteArray serialize() const;
    // Null with *error saying what is wrong (not a model, another version, damaged).
    static std::unique_ptr<IntentModel> deserialize(const QByteArray &bytes, QString *error);
    // Written atomically: readers see the old file or the new one, never half of one.
    bool save(const QString &path, QString *error) const;
    static std::unique_ptr<IntentModel> load(const QString &path, QString *error);

private:
    friend class IntentTrainer;

    QStringList m_labels;
    int m_outOfScopeIndex = -1;
    IntentFeatureExtractor m_features;
    HalfWeights m_weights;
    double m_temperature = 1.0;
    double m_threshold = 0.5;
    IntentModelInfo m_info;
};

} // namespace sportello::nlu
