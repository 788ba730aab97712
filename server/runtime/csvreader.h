// SPDX-License-Identifier: LicenseRef-Sportello
// Reads RFC 4180 CSV one record at a time, for every importer that takes spreadsheets.
#pragma once

#include <optional>

#include <QString>
#include <QStringList>

#include "runtime/csvrecord.h"

namespace sportello::runtime {

// Quoted fields with "" escapes, delimiters and newlines inside quotes, CRLF or LF line ends.
// One record at a time so callers can name fields by their header in errors, and decide
// themselves what a short row or a blank line means.
class CsvReader
{
public:
    // `text` is the whole file, decoded; a leading BOM (U+FEFF) is dropped. `source` names
    // the data in errors.
    CsvReader(QString text, QString source, QChar delimiter = u',');

    // The delimiter spreadsheet exports most likely used: ',' unless the first non-blank line
    // has more ';' or tabs outside quotes (Excel in Italian, Spanish, French or German saves
    // "CSV" with ';').
    static QChar guessDelimiter(const QString &text);
    // Index of `name` in `header` compared trimmed and case-insensitively; -1 when absent.
    static int columnOf(const QStringList &header, const QString &name);

    bool atEnd() const { return m_pos >= m_text.size(); }
    // The next record; nullopt with *error on an unterminated quote or text after a closing
    // quote, naming the source, the line and the field (by its name in `header` when given,
    // else its position).
    std::optional<CsvRecord> next(const QStringList &header, QString *error);

private:
    QString m_text;
    QString m_source;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
};

} // namespace sportello::runtime
