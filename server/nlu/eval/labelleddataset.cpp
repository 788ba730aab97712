// SPDX-License-Identifier: LicenseRef-Sportello
// Reads labelled messages (CSV or JSONL) for the evaluation commands.
#include "nlu/eval/labelleddataset.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>

#include "runtime/csvreader.h"

namespace sportello::nlu {

namespace {

bool isJsonl(const QByteArray &data, const QString &source)
{
    const QString suffix = QFileInfo(source).suffix().toLower();
    if (suffix == u"jsonl" || suffix == u"ndjson")
        return true;
    if (suffix == u"csv")
        return false;
    for (const char c : data) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{';
    }
    return false;
}

// JSON label values may be numbers ("label": 3); anything else is not a label.
std::optional<QString> scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return std::nullopt;
}

} // namespace

QStringList LabelledDataset::intentLabelKeys()
{
    return {QStringLiteral("label"), QStringLiteral("intent"), QStringLiteral("category")};
}

QStringList LabelledDataset::labels() const
{
    QSet<QString> seen;
    for (const LabelledRow &row : m_rows)
        seen.insert(row.label);
    QStringList result(seen.begin(), seen.end());
    result.sort();
    return result;
}

std::optional<LabelledDataset> LabelledDataset::load(const QString &path,
                                                     const QStringList &labelKeys, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return parse(file.readAll(), path, labelKeys, error);
}

std::optional<LabelledDataset> LabelledDataset::parse(const QByteArray &data, const QString &source,
                                                      const QStringList &labelKeys, QString *error)
{
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    auto dataset = isJsonl(bytes, source)
                       ? parseJsonl(bytes, source, labelKeys, error)
                       : parseCsv(QString::fromUtf8(bytes), source, labelKeys, error);
    if (dataset && dataset->m_rows.isEmpty()) {
        *error = QStringLiteral("%1: no labelled examples").arg(source);
        return std::nullopt;
    }
    return dataset;
}

std::optional<LabelledDataset> LabelledDataset::parseCsv(const QString &text, const QString &source,
                                                         const QStringList &labelKeys,
                                                         QString *error)
{
    runtime::CsvReader cursor(text, source);
    QStringList header;
    int headerLine = 1;
    while (header.isEmpty() && !cursor.atEnd()) {
        auto record = cursor.next({}, error);
        if (!record)
            return std::nullopt;
        if (!record->isBlank()) {
            header = record->fields;
            headerLine = record->line;
        }
    }
    if (header.isEmpty()) {
        *error = QStringLiteral("%1: empty file (expected a CSV header or JSON lines)").arg(source);
        return std::nullopt;
    }
    const int textColumn = runtime::CsvReader::columnOf(header, QStringLiteral("text"));
    if (textColumn < 0) {
        *error = QStringLiteral("%1:%2: the header has no \"text\" column (columns: %3)")
                     .arg(source)
                     .arg(headerLine)
                     .arg(header.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    LabelledDataset dataset;
    int labelColumn = -1;
    for (const QString &key : labelKeys) {
        labelColumn = runtime::CsvReader::columnOf(header, key);
        if (labelColumn >= 0) {
            dataset.m_labelKey = header.at(labelColumn).trimmed();
            break;
        }
    }
    if (labelColumn < 0) {
        *error = QStringLiteral("%1:%2: the header has no label column (expected one of: %3; "
                                "columns: %4)")
                     .arg(source)
                     .arg(headerLine)
                     .arg(labelKeys.join(QStringLiteral(", ")), header.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    while (!cursor.atEnd()) {
        auto record = cursor.next(header, error);
        if (!record)
            return std::nullopt;
        if (record->isBlank())
            continue;
        if (record->fields.size() != header.size()) {
            *error = QStringLiteral("%1:%2: %3 fields where the header has %4 (unquoted comma in "
                                    "field \"%5\"?)")
                         .arg(source)
                         .arg(record->line)
                         .arg(record->fields.size())
                         .arg(header.size())
                         .arg(header.at(textColumn));
            return std::nullopt;
        }
        LabelledRow row;
        row.text = record->fields.at(textColumn).trimmed();
        row.label = record->fields.at(labelColumn).trimmed();
        row.line = record->line;
        for (const int column : {textColumn, labelColumn}) {
            if (record->fields.at(column).trimmed().isEmpty()) {
                *error = QStringLiteral("%1:%2: field \"%3\" is empty")
                             .arg(source)
                             .arg(record->line)
                             .arg(header.at(column).trimmed());
                return std::nullopt;
            }
        }
        dataset.m_rows.append(row);
    }
    return dataset;
}

std::optional<LabelledDataset> LabelledDataset::parseJsonl(const QByteArray &data,
                                                           const QString &source,
                                                           const QStringList &labelKeys,
                                                           QString *error)
{
    LabelledDataset dataset;
    int lineNumber = 0;
    for (QByteArray line : data.split('\n')) {
        ++lineNumber;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            *error = QStringLiteral("%1:%2: not a JSON object%3")
                         .arg(source)
                         .arg(lineNumber)
                         .arg(parseError.error != QJsonParseError::NoError
                                  ? QStringLiteral(" (%1 at offset %2)")
                                        .arg(parseError.errorString())
                                        .arg(parseError.offset)
                                  : QString());
            return std::nullopt;
        }
        const QJsonObject object = document.object();
        // Keys are matched case-insensitively, like CSV headers.
        const auto keyIn = [&](const QString &wanted) -> QString {
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (it.key().compare(wanted, Qt::CaseInsensitive) == 0)
                    return it.key();
            }
            return {};
        };
        if (dataset.m_labelKey.isEmpty()) {
            for (const QString &key : labelKeys) {
                if (!keyIn(key).isEmpty()) {
                    dataset.m_labelKey = key;
                    break;
                }
            }
            if (dataset.m_labelKey.isEmpty()) {
                *error = QStringLiteral("%1:%2: no label field (expected one of: %3)")
                             .arg(source)
                             .arg(lineNumber)
                             .arg(labelKeys.join(QStringLiteral(", ")));
                return std::nullopt;
            }
        }
        LabelledRow row;
        row.line = lineNumber;
        const QString textKey = keyIn(QStringLiteral("text"));
        const QJsonValue textValue = textKey.isEmpty() ? QJsonValue() : object.value(textKey);
        if (!textValue.isString()) {
            *error = QStringLiteral("%1:%2: field \"text\" is %3")
                         .arg(source)
                         .arg(lineNumber)
                         .arg(textKey.isEmpty() ? QStringLiteral("missing")
                                                : QStringLiteral("not a string"));
            return std::nullopt;
        }
        row.text = textValue.toString().trimmed();
        const QString labelKey = keyIn(dataset.m_labelKey);
        const auto label = labelKey.isEmpty() ? std::nullopt : scalarText(object.value(labelKey));
        if (!label) {
            *error =
                QStringLiteral("%1:%2: field \"%3\" is %4")
                    .arg(source)
                    .arg(lineNumber)
                    .arg(dataset.m_labelKey, labelKey.isEmpty() ? QStringLiteral("missing")
                                                                : QStringLiteral("not a string"));
            return std::nullopt;
        }
        row.label = label->trimmed();
        if (row.text.isEmpty() || row.label.isEmpty()) {
            *error = QStringLiteral("%1:%2: field \"%3\" is empty")
                         .arg(source)
                         .arg(lineNumber)
                         .arg(row.text.isEmpty() ? QStringLiteral("text") : dataset.m_labelKey);
            return std::nullopt;
        }
        dataset.m_rows.append(row);
    }
    return dataset;
}

} // namespace sportello::nlu
