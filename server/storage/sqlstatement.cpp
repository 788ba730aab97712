// SPDX-License-Identifier: LicenseRef-Sportello
// A prepared SQL statement: bind by position (1-based), step, read columns (0-based).
#include "storage/sqlstatement.h"

#include <sqlite3.h>

#include "storage/sqlconnection.h"
#include "storage/storageerror.h"

namespace sportello::storage {

SqlStatement::SqlStatement(SqlConnection &connection, sqlite3_stmt *statement)
    : m_connection(connection)
    , m_statement(statement)
{
}

SqlStatement::~SqlStatement()
{
    sqlite3_finalize(m_statement);
}

void SqlStatement::check(int rc, const char *what)
{
    if (rc != SQLITE_OK) {
        throw StorageError(QStringLiteral("%1 failed: %2 (in: %3)")
                               .arg(QString::fromUtf8(what), m_connection.lastError(),
                                    QString::fromUtf8(sqlite3_sql(m_statement))),
                           rc);
    }
}

SqlStatement &SqlStatement::bind(int index, qint64 value)
{
    check(sqlite3_bind_int64(m_statement, index, value), "bind");
    return *this;
}

SqlStatement &SqlStatement::bind(int index, double value)
{
    check(sqlite3_bind_double(m_statement, index, value), "bind");
    return *this;
}

SqlStatement &SqlStatement::bind(int index, const QString &text)
{
    static const char16_t empty[] = u"";
    const void *data =
        text.isNull() ? static_cast<const void *>(empty) : static_cast<const void *>(text.utf16());
    check(sqlite3_bind_text16(m_statement, index, data, int(text.size() * 2), SQLITE_TRANSIENT),
          "bind");
    return *this;
}

SqlStatement &SqlStatement::bind(int index, std::string_view utf8)
{
    check(sqlite3_bind_text(m_statement, index, utf8.data() ? utf8.data() : "", int(utf8.size()),
                            SQLITE_TRANSIENT),
          "bind");
    return *this;
}

SqlStatement &SqlStatement::bindBlob(int index, const QByteArray &bytes)
{
    check(sqlite3_bind_blob(m_statement, index, bytes.constData(), int(bytes.size()),
                            SQLITE_TRANSIENT),
          "bind");
    return *this;
}

SqlStatement &SqlStatement::bindNull(int index)
{
    check(sqlite3_bind_null(m_statement, index), "bind");
    return *this;
}

SqlStatement &SqlStatement::bindOptional(int index, const QString &text)
{
    return text.isEmpty() ? bindNull(index) : bind(index, text);
}

SqlStatement &SqlStatement::bindOptional(int index, std::optional<qint64> value)
{
    return value ? bind(index, *value) : bindNull(index);
}

bool SqlStatement::step()
{
    m_needsReset = true;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const QString message = m_connection.lastError();
    sqlite3_reset(m_statement);
    m_needsReset = false;
    throw StorageError(QStringLiteral("statement failed: %1 (in: %2)")
                           .arg(message, QString::fromUtf8(sqlite3_sql(m_statement))),
                       rc);
}

int SqlStatement::exec()
{
    while (step()) {
    }
    const int changed = m_connection.changes();
    reset();
    return changed;
}

void SqlStatement::reset()
{
    if (m_needsReset) {
        sqlite3_reset(m_statement);
        m_needsReset = false;
    }
    sqlite3_clear_bindings(m_statement);
}

qint64 SqlStatement::firstInt64(qint64 fallback)
{
    const qint64 value = step() && !isNull(0) ? int64(0) : fallback;
    reset();
    return value;
}

bool SqlStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqlStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqlStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString SqlStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column)) : QString();
}

QByteArray SqlStatement::bytes(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_statement, column)) : QByteArray();
}

std::optional<qint64> SqlStatement::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

} // namespace sportello::storage
