// SPDX-License-Identifier: LicenseRef-Sportello
// `nlu eval`: train an intent model on one labelled file, measure it on another.
#pragma once

#include <functional>
#include <optional>

#include <QJsonObject>
#include <QList>
#include <QString>

namespace sportello::nlu {

struct IntentEvalOptions
{
    QString trainPath;
    QString testPath;
    int shots = 0;     // >0: keep this many training examples per class (fixed seed)
    quint32 seed = 42; // for --shots
    // Confidence under which a prediction counts as out of scope; < 0: the model's own.
    double oosThreshold = -1.0;
    // Progress lines for long work (reading, training, measuring); may be empty.
    std::function<void(const QString &)> progress;
};

struct IntentClassScore
{
    QString label;
    int support = 0;
    double precision = 0.0;
    double recall = 0.0;
    double f1 = 0.0;
};

// With out-of-scope test messages, a prediction under the threshold counts as an out-of-scope
// answer in every figure (what the server would do); otherwise accuracy is plain top-1.
// oos_recall: out-of-scope test messages answered out of scope (by label or threshold);
// in_scope_accuracy: the others answered with exactly their label (a refusal is wrong).
struct IntentEvalReport
{
    int trainExamples = 0;
    int testExamples = 0;
    int classes = 0;
    double accuracy = 0.0;
    double macroF1 = 0.0;
    double trainSeconds = 0.0;
    double latencyUsP50 = 0.0;
    double latencyUsP99 = 0.0;
    qint64 modelBytes = 0;
    // Present when the data has an out-of-scope label (out_of_scope, oos, ...).
    bool hasOutOfScope = false;
    QString outOfScopeLabel;
    double threshold = 0.0;
    double oosRecall = 0.0;
    double inScopeAccuracy = 0.0;
    QList<IntentClassScore> worstClasses; // lowest F1 first
    // Diagnostics beyond the contract.
    int shots = 0;                        // 0: all training examples
    int features = 0;                     // vocabulary of the trained model
    double temperature = 1.0;             // confidence calibration of the trained model
    double crossValidatedAccuracy = -1.0; // of the calibration folds, on training data only
    double latencyUsMax = 0.0;
    // Test messages whose label never occurs in training (and is not out of scope): they
    // can only be wrong, which is worth knowing before blaming the model.
    int unseenTestMessages = 0;

    QJsonObject toJson() const;
    QString toText() const;
};

class IntentEvaluation
{
public:
    // nullopt with *error naming the file, line and field when the input is unusable.
    static std::optional<IntentEvalReport> run(const IntentEvalOptions &options, QString *error);
};

} // namespace sportello::nlu
