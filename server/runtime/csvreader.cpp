// SPDX-License-Identifier: LicenseRef-Sportello
// Reads RFC 4180 CSV one record at a time, for every importer that takes spreadsheets.
#include "runtime/csvreader.h"

#include <utility>

namespace sportello::runtime {

CsvReader::CsvReader(QString text, QString source, QChar delimiter)
    : m_text(std::move(text))
    , m_source(std::move(source))
    , m_delimiter(delimiter)
{
    if (m_text.startsWith(QChar(0xFEFF)))
        m_pos = 1;
}

QChar CsvReader::guessDelimiter(const QString &text)
{
    qsizetype commas = 0;
    qsizetype semicolons = 0;
    qsizetype tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"') {
            quoted = !quoted;
        } else if (quoted) {
            continue;
        } else if (c == u',') {
            ++commas;
        } else if (c == u';') {
            ++semicolons;
        } else if (c == u'\t') {
            ++tabs;
        } else if (c == u'\n') {
            if (commas + semicolons + tabs > 0)
                break;
        }
    }
    if (semicolons > commas && semicolons >= tabs)
        return u';';
    if (tabs > commas && tabs > semicolons)
        return u'\t';
    return u',';
}

int CsvReader::columnOf(const QStringList &header, const QString &name)
{
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (header.at(i).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return static_cast<int>(i);
    }
    return -1;
}

std::optional<CsvRecord> CsvReader::next(const QStringList &header, QString *error)
{
    CsvRecord record;
    record.line = m_line;
    QString field;
    const auto fieldName = [&](qsizetype index) {
        return index < header.size() ? QStringLiteral("\"%1\"").arg(header.at(index))
                                     : QStringLiteral("%1").arg(index + 1);
    };
    while (true) {
        if (m_pos < m_text.size() && m_text.at(m_pos) == u'"') {
            const int quoteLine = m_line;
            ++m_pos;
            bool closed = false;
            while (m_pos < m_text.size()) {
                const QChar c = m_text.at(m_pos);
                if (c == u'"') {
                    if (m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == u'"') {
                        field.append(u'"');
                        m_pos += 2;
                        continue;
                    }
                    ++m_pos;
                    closed = true;
                    break;
                }
                if (c == u'\n')
                    ++m_line;
                field.append(c);
                ++m_pos;
            }
            if (!closed) {
                *error = QStringLiteral("%1:%2: field %3: unterminated quoted field")
                             .arg(m_source)
                             .arg(quoteLine)
                             .arg(fieldName(record.fields.size()));
                return std::nullopt;
            }
            if (m_pos < m_text.size() && m_text.at(m_pos) != m_delimiter &&
                m_text.at(m_pos) != u'\r' && m_text.at(m_pos) != u'\n') {
                *error = QStringLiteral("%1:%2: field %3: text after the closing quote")
                             .arg(m_source)
                             .arg(m_line)
                             .arg(fieldName(record.fields.size()));
                return std::nullopt;
            }
        } else {
            while (m_pos < m_text.size()) {
                const QChar c = m_text.at(m_pos);
                if (c == m_delimiter || c == u'\r' || c == u'\n')
                    break;
                field.append(c);
                ++m_pos;
            }
        }
        record.fields.append(field);
        field.clear();
        if (m_pos >= m_text.size())
            return record;
        const QChar c = m_text.at(m_pos++);
        if (c == m_delimiter)
            continue;
        if (c == u'\r' && m_pos < m_text.size() && m_text.at(m_pos) == u'\n')
            ++m_pos;
        ++m_line;
        return record;
    }
}

} // namespace sportello::runtime
