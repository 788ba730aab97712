// SPDX-License-Identifier: LicenseRef-Sportello
// The database: per-thread connections to one SQLite file in WAL mode, migrated on open.
#include "storage/database.h"

#include <atomic>
#include <memory>
#include <mutex>
#include <sqlite3.h>
#include <unordered_map>
#include <unordered_set>

#include <QElapsedTimer>

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
    // PASSIVE copies what is in the WAL without blocking anyone, so this bulk pass costs the
    // writers nothing. But the WAL only starts over (and stops growing) after a pass that
    // copied every frame, which never happens while commits keep arriving. So once the WAL is
    // large, a second pass runs with the write gate held: it only has the few frames written
    // since the first pass to copy, the writers wait well under a millisecond, and the next
    // commit starts the WAL from the beginning. (FULL/RESTART would block writers for the
    // whole copy.)
    auto pass = [this](int *logFrames, int *checkpointed) {
        const int rc = sqlite3_wal_checkpoint_v2(
            connection().handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, logFrames, checkpointed);
        if (rc != SQLITE_OK && rc != SQLITE_BUSY)
            qCWarning(lcStorage, "WAL checkpoint failed: %s", sqlite3_errstr(rc));
        return rc == SQLITE_OK;
    };
    int logFrames = 0;
    int checkpointed = 0;
    if (!pass(&logFrames, &checkpointed))
        return;
    // Starting the WAL over costs fsyncs while writers wait (here, and SQLite's own sync of the
    // reused WAL header on the next commit), a few ms on a virtual disk whatever the amount of
    // data. With the ingestion benchmark, 16 MiB kept the acknowledgement p99 lowest; 128 MiB was
    // far worse (the kernel was still writing back the pages the reused WAL overwrote).
    constexpr int kRestartAfterFrames = 4096; // 16 MiB of 4 KiB pages
    constexpr int kHeldPassFrames = 64;
    if (logFrames < kRestartAfterFrames)
        return;
    // The bulk pass took long enough (its fsync of the database file above all) for many new
    // frames to arrive, and the held pass would have to copy and sync all of them while writers
    // wait. Catch up without holding anyone until the remainder is small.
    for (int round = 0; round < 3 && logFrames - checkpointed > kHeldPassFrames; ++round) {
        if (!pass(&logFrames, &checkpointed))
            return;
    }
    QElapsedTimer held;
    if (!m_gate->acquire(true, m_options.busyTimeoutMs))
        return;
    held.start();
    pass(&logFrames, &checkpointed);
    m_gate->release();
    const qint64 heldUs = held.nsecsElapsed() / 1000;
    if (heldUs > 20000) {
        qCInfo(lcStorage, "checkpoint held writers for %lld us (%d frames; slow disk?)", heldUs,
               logFrames);
    }
    qCDebug(lcStorage, "checkpoint with writers held %lld us: %d of %d WAL frames copied", heldUs,
            checkpointed, logFrames);
}

int Database::schemaVersion()
{
    return Migrator(connection()).currentVersion();
}

} // namespace sportello::storage
