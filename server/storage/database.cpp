// SPDX-License-Identifier: LicenseRef-Sportello
// The database: per-thread connections to one SQLite file in WAL mode, migrated on open.
#include "storage/database.h"

#include <atomic>
#include <memory>
#include <mutex>
#include <sqlite3.h>
#include <unordered_map>
#include <unordered_set>

#include "storage/migrator.h"
#include "storage/sqlconnection.h"
#include "storage/storagelog.h"
#include "storage/writegate.h"

namespace sportello::storage {

namespace {
std::atomic<quint64> g_nextId{1};
std::mutex g_liveMutex;
std::unordered_set<quint64> g_live;

bool isLive(quint64 id)
{
    std::lock_guard lock(g_liveMutex);
    return g_live.count(id) != 0;
}

// Connections of the calling thread, keyed by Database id. Entries of destroyed databases
// are dropped the next time the thread asks for any connection.
struct ThreadConnection
{
    std::shared_ptr<WriteGate> gate; // declared first: outlives the connection that uses it
    std::unique_ptr<SqlConnection> connection;
};
thread_local std::unordered_map<quint64, ThreadConnection> t_connections;
} // namespace

Database::Database(DatabaseOptions options)
    : m_options(std::move(options))
    , m_id(g_nextId++)
    , m_gate(std::make_shared<WriteGate>())
{
    std::lock_guard lock(g_liveMutex);
    g_live.insert(m_id);
}

Database::~Database()
{
    {
        std::lock_guard lock(g_liveMutex);
        g_live.erase(m_id);
    }
    t_connections.erase(m_id);
}

void Database::open()
{
    Migrator migrator(connection());
    migrator.migrate();
    qCInfo(lcStorage, "database %s ready (schema version %d, sqlite %s)",
           qUtf8Printable(m_options.path), migrator.currentVersion(), sqlite3_libversion());
}

SqlConnection &Database::connection()
{
    auto it = t_connections.find(m_id);
    if (it != t_connections.end())
        return *it->second.connection;
    for (auto stale = t_connections.begin(); stale != t_connections.end();) {
        if (!isLive(stale->first))
            stale = t_connections.erase(stale);
        else
            ++stale;
    }
    auto connection = std::make_unique<SqlConnection>(m_options, false, m_gate.get());
    auto &ref = *connection;
    t_connections.emplace(m_id, ThreadConnection{m_gate, std::move(connection)});
    return ref;
}

void Database::checkpoint()
{
    int logFrames = 0;
    int checkpointed = 0;
    const int rc = sqlite3_wal_checkpoint_v2(connection().handle(), nullptr,
                                             SQLITE_CHECKPOINT_PASSIVE, &logFrames, &checkpointed);
    if (rc != SQLITE_OK && rc != SQLITE_BUSY)
        qCWarning(lcStorage, "WAL checkpoint failed: %s", sqlite3_errstr(rc));
    // When everything was copied and nobody is reading old snapshots, restart the WAL from
    // the beginning so the file does not grow without bound under constant load.
    if (rc == SQLITE_OK && logFrames > 0 && logFrames == checkpointed) {
        sqlite3_wal_checkpoint_v2(connection().handle(), nullptr, SQLITE_CHECKPOINT_TRUNCATE,
                                  nullptr, nullptr);
    }
}

int Database::schemaVersion()
{
    return Migrator(connection()).currentVersion();
}

} // namespace sportello::storage
