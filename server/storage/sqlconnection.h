// SPDX-License-Identifier: LicenseRef-Sportello
// One database connection with a cache of prepared statements.
#pragma once

#include <chrono>
#include <memory>
#include <unordered_map>

#include <QByteArray>
#include <QString>

#include "storage/sqlstatement.h"

struct sqlite3;

namespace sportello::storage {

struct DatabaseOptions;
class WriteGate;

// Owned by one thread (see Database::connection()). Statements are prepared once per connection
// and reused; SQL text is the cache key, so callers pass literals.
class SqlConnection
{
public:
    // `gate` (optional) serialises write transactions among the process's connections.
    SqlConnection(const DatabaseOptions &options, bool readOnly, WriteGate *gate = nullptr);
    ~SqlConnection();
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    // The prepared statement for this SQL, reset and with its bindings cleared.
    SqlStatement &prepare(std::string_view sql);
    // Runs one or more statements without parameters.
    void execute(std::string_view sql);

    // A write transaction that takes the write lock up front (BEGIN IMMEDIATE) so two writers
    // never deadlock upgrading read locks; SQLite's busy timeout handles the waiting.
    void beginWrite();
    void beginRead();
    void commit();
    void rollback();
    bool inTransaction() const;

    // Write transactions of this connection go before those of normal ones.
    void setWritePriority(bool priority) { m_writePriority = priority; }
    // A priority writer is waiting for this connection's write transaction to end.
    bool priorityWriterWaiting() const;

    qint64 lastInsertId() const;
    int changes() const;
    QString lastError() const;
    sqlite3 *handle() const { return m_db; }

    struct BusyState
    {
        int timeoutMs = 10000;
        std::chrono::steady_clock::time_point since;
    };

private:
    void releaseGate();

    sqlite3 *m_db = nullptr;
    BusyState m_busy;
    WriteGate *m_gate = nullptr;
    bool m_holdsGate = false;
    bool m_writePriority = false;
    std::unordered_map<std::string, std::unique_ptr<SqlStatement>> m_statements;
};

} // namespace sportello::storage
