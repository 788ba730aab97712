// SPDX-License-Identifier: LicenseRef-Sportello
// One database connection with a cache of prepared statements.
#include "storage/sqlconnection.h"

#include <chrono>
#include <sqlite3.h>
#include <thread>

#include "storage/databaseoptions.h"
#include "storage/storageerror.h"
#include "storage/writegate.h"

namespace sportello::storage {

namespace {
// SQLite's own busy handler sleeps 1, 2, 5, 10... ms between retries: far too coarse when the
// ingestion writer waits behind a pipeline transaction that holds the lock for 100 us. This
// one retries after tens of microseconds and backs off to 1 ms.
int busyHandler(void *context, int attempt)
{
    auto *state = static_cast<SqlConnection::BusyState *>(context);
    const auto now = std::chrono::steady_clock::now();
    if (attempt == 0)
        state->since = now;
    if (now - state->since > std::chrono::milliseconds(state->timeoutMs))
        return 0;
    const int micros = std::min(1000, 20 << std::min(attempt, 6));
    std::this_thread::sleep_for(std::chrono::microseconds(micros));
    return 1;
}
} // namespace

SqlConnection::SqlConnection(const DatabaseOptions &options, bool readOnly, WriteGate *gate)
    : m_gate(gate)
{
    const int flags =
        (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
        SQLITE_OPEN_NOMUTEX;
    const QByteArray path = options.path.toUtf8();
    const int rc = sqlite3_open_v2(path.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message =
            m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw StorageError(QStringLiteral("cannot open database %1: %2").arg(options.path, message),
                           rc);
    }
    m_busy.timeoutMs = options.busyTimeoutMs;
    sqlite3_busy_handler(m_db, busyHandler, &m_busy);
    sqlite3_extended_result_codes(m_db, 1);
    // WAL lets readers work while one writer commits; synchronous=NORMAL in WAL survives any
    // process crash (kill -9) and only risks the last commits on power loss (FULL closes that).
    // Checkpoints run on a background connection (Database::checkpoint) so that commits on
    // the ingestion path never pay for them.
    execute("PRAGMA journal_mode=WAL");
    execute(options.synchronousFull ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL");
    execute("PRAGMA foreign_keys=ON");
    execute("PRAGMA wal_autocheckpoint=0");
    // When the WAL starts over, give back the space of a burst beyond 64 MiB.
    execute("PRAGMA journal_size_limit=67108864");
    execute("PRAGMA cache_size=-16384");
}

SqlConnection::~SqlConnection()
{
    releaseGate();
    m_statements.clear();
    sqlite3_close_v2(m_db);
}

SqlStatement &SqlConnection::prepare(std::string_view sql)
{
    auto it = m_statements.find(std::string(sql));
    if (it != m_statements.end()) {
        it->second->reset();
        return *it->second;
    }
    sqlite3_stmt *statement = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                      &statement, nullptr);
    if (rc != SQLITE_OK) {
        throw StorageError(
            QStringLiteral("cannot prepare: %1 (in: %2)")
                .arg(lastError(), QString::fromUtf8(sql.data(), qsizetype(sql.size()))),
            rc);
    }
    auto owned = std::make_unique<SqlStatement>(*this, statement);
    auto &ref = *owned;
    m_statements.emplace(std::string(sql), std::move(owned));
    return ref;
}

void SqlConnection::execute(std::string_view sql)
{
    const std::string text(sql);
    char *error = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        const QString message = error ? QString::fromUtf8(error) : lastError();
        sqlite3_free(error);
        throw StorageError(
            QStringLiteral("%1 (in: %2)").arg(message, QString::fromStdString(text).left(200)), rc);
    }
}

void SqlConnection::beginWrite()
{
    if (m_gate && !m_holdsGate) {
        if (!m_gate->acquire(m_writePriority, m_busy.timeoutMs)) {
            throw StorageError(QStringLiteral("database is busy: another writer held it for more "
                                              "than %1 ms")
                                   .arg(m_busy.timeoutMs),
                               SQLITE_BUSY);
        }
        m_holdsGate = true;
    }
    try {
        prepare("BEGIN IMMEDIATE").exec();
    } catch (...) {
        releaseGate();
        throw;
    }
}

bool SqlConnection::priorityWriterWaiting() const
{
    return m_holdsGate && m_gate->priorityWaiting();
}

void SqlConnection::releaseGate()
{
    if (m_holdsGate) {
        m_holdsGate = false;
        m_gate->release();
    }
}

void SqlConnection::beginRead()
{
    prepare("BEGIN").exec();
}

void SqlConnection::commit()
{
    prepare("COMMIT").exec();
    releaseGate();
}

void SqlConnection::rollback()
{
    try {
        if (inTransaction())
            prepare("ROLLBACK").exec();
    } catch (...) {
        releaseGate();
        throw;
    }
    releaseGate();
}

bool SqlConnection::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

qint64 SqlConnection::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqlConnection::changes() const
{
    return sqlite3_changes(m_db);
}

QString SqlConnection::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

} // namespace sportello::storage
