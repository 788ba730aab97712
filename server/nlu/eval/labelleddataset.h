// SPDX-License-Identifier: LicenseRef-Sportello
// Reads labelled messages (CSV or JSONL) for the evaluation commands.
#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "nlu/eval/labelledrow.h"

namespace sportello::nlu {

// CSV (RFC 4180: quoted fields with "" escapes, commas and newlines inside quotes, CRLF or LF
// line ends, optional UTF-8 BOM) with a header row, or JSONL (one object per line). The text
// is under "text"; the label under the first of labelKeys that the header (or the first
// object) has, compared case-insensitively. Blank lines are skipped. Everything else that is
// off is an error naming the file, the line and the field, because a silently skipped row
// makes a benchmark lie.
class LabelledDataset
{
public:
    // Label keys of the intent commands, in order of preference.
    static QStringList intentLabelKeys();

    static std::optional<LabelledDataset> load(const QString &path, const QStringList &labelKeys,
                                               QString *error);
    // As load(); `source` names the data in errors. JSONL when `source` ends in .jsonl or
    // .ndjson, CSV when it ends in .csv, otherwise JSONL if the data starts with '{'.
    static std::optional<LabelledDataset> parse(const QByteArray &data, const QString &source,
                                                const QStringList &labelKeys, QString *error);

    const QList<LabelledRow> &rows() const { return m_rows; }
    QString labelKey() const { return m_labelKey; } // the key or column actually used
    QStringList labels() const;                     // distinct, sorted

private:
    static std::optional<LabelledDataset> parseCsv(const QString &text, const QString &source,
                                                   const QStringList &labelKeys, QString *error);
    static std::optional<LabelledDataset> parseJsonl(const QByteArray &data, const QString &source,
                                                     const QStringList &labelKeys, QString *error);

    QList<LabelledRow> m_rows;
    QString m_labelKey;
};

} // namespace sportello::nlu
