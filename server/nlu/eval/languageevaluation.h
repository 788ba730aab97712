// SPDX-License-Identifier: LicenseRef-Sportello
// `nlu eval-language`: language identification measured on a labelled file.
#pragma once

#include <optional>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sportello::nlu {

struct LanguageEvalClass
{
    QString language;
    int messages = 0;
    double accuracy = 0.0;
};

struct LanguageEvalReport
{
    int messages = 0;
    double accuracy = 0.0;
    double latencyUsP50 = 0.0;
    double latencyUsP99 = 0.0;
    QStringList languages;                // what the detector could answer, ISO 639-1
    QList<LanguageEvalClass> perLanguage; // sorted by language code

    QJsonObject toJson() const;
    QString toText() const;
};

class LanguageEvaluation
{
public:
    // CSV (text,lang) or JSONL; languages restricts the detector as a business would
    // (empty: the languages present in the file). nullopt with *error naming file, line, field.
    static std::optional<LanguageEvalReport> run(const QString &path, const QStringList &languages,
                                                 QString *error);
};

} // namespace sportello::nlu
