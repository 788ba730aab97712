// SPDX-License-Identifier: LicenseRef-Sportello
// `nlu eval-language`: language identification measured on a labelled file.
#include "nlu/eval/languageevaluation.h"

#include <algorithm>
#include <cmath>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QMap>

#include "nlu/eval/labelleddataset.h"
#include "nlu/language/languagecodes.h"
#include "nlu/language/languagedetector.h"

namespace sportello::nlu {

namespace {

double percentile(QList<double> values, double fraction)
{
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(fraction * double(values.size()))) - 1;
    return values.at(std::clamp<qsizetype>(rank, 0, values.size() - 1));
}

} // namespace

QJsonObject LanguageEvalReport::toJson() const
{
    QJsonObject perLanguageJson;
    for (const LanguageEvalClass &entry : perLanguage) {
        perLanguageJson.insert(entry.language,
                               QJsonObject{{QStringLiteral("accuracy"), entry.accuracy},
                                           {QStringLiteral("messages"), entry.messages}});
    }
    return {
        {QStringLiteral("accuracy"), accuracy},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("languages"), QJsonArray::fromStringList(languages)},
        {QStringLiteral("latency_us_p50"), latencyUsP50},
        {QStringLiteral("latency_us_p99"), latencyUsP99},
        {QStringLiteral("per_language"), perLanguageJson},
    };
}

QString LanguageEvalReport::toText() const
{
    QString text = QStringLiteral("messages   %1\naccuracy   %2%\nlanguages  %3\n"
                                  "latency    p50 %4 us, p99 %5 us\n")
                       .arg(messages)
                       .arg(accuracy * 100.0, 0, 'f', 1)
                       .arg(languages.join(QStringLiteral(", ")))
                       .arg(latencyUsP50, 0, 'f', 1)
                       .arg(latencyUsP99, 0, 'f', 1);
    for (const LanguageEvalClass &entry : perLanguage) {
        text += QStringLiteral("  %1  %2%  (%3 messages)\n")
                    .arg(entry.language, -4)
                    .arg(entry.accuracy * 100.0, 5, 'f', 1)
                    .arg(entry.messages);
    }
    return text;
}

std::optional<LanguageEvalReport>
LanguageEvaluation::run(const QString &path, const QStringList &languages, QString *error)
{
    const auto dataset =
        LabelledDataset::load(path, {QStringLiteral("lang"), QStringLiteral("language")}, error);
    if (!dataset)
        return std::nullopt;
    const QList<LabelledRow> &rows = dataset->rows();

    QList<QString> expected;
    expected.reserve(rows.size());
    QStringList present;
    for (const LabelledRow &row : rows) {
        const QString code = LanguageCodes::normalize(row.label);
        if (code.isEmpty()) {
            *error = QStringLiteral("%1:%2: field \"%3\": unknown language \"%4\"")
                         .arg(path)
                         .arg(row.line)
                         .arg(dataset->labelKey(), row.label);
            return std::nullopt;
        }
        expected.append(code);
        if (!present.contains(code))
            present.append(code);
    }
    QStringList allowed;
    for (const QString &language : languages) {
        const QString code = LanguageCodes::normalize(language);
        if (code.isEmpty()) {
            *error = QStringLiteral("--languages: unknown language \"%1\"").arg(language);
            return std::nullopt;
        }
        if (!allowed.contains(code))
            allowed.append(code);
    }
    if (allowed.isEmpty()) {
        allowed = present;
        allowed.sort();
    }

    const LanguageDetector detector;
    if (!detector.isLoaded()) {
        *error = QStringLiteral("language lexicons unavailable: %1").arg(detector.loadError());
        return std::nullopt;
    }
    // Text only: no conversation, contact or phone, so the number measures the text.
    LanguageContext context;
    context.allowed = allowed;

    LanguageEvalReport report;
    report.languages = allowed;
    QMap<QString, QPair<int, int>> perLanguage; // code -> (correct, messages)
    QList<double> latencies;
    latencies.reserve(rows.size());
    int correct = 0;
    QElapsedTimer timer;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        timer.start();
        const LanguageGuess guess = detector.detect(rows.at(i).text, context);
        latencies.append(double(timer.nsecsElapsed()) / 1000.0);
        const bool right = guess.language == expected.at(i);
        correct += right ? 1 : 0;
        QPair<int, int> &counts = perLanguage[expected.at(i)];
        counts.first += right ? 1 : 0;
        counts.second += 1;
    }
    report.messages = int(rows.size());
    report.accuracy = double(correct) / double(report.messages);
    report.latencyUsP50 = percentile(latencies, 0.50);
    report.latencyUsP99 = percentile(latencies, 0.99);
    for (auto it = perLanguage.cbegin(); it != perLanguage.cend(); ++it) {
        report.perLanguage.append(
            {it.key(), it.value().second, double(it.value().first) / it.value().second});
    }
    return report;
}

} // namespace sportello::nlu
