// SPDX-License-Identifier: LicenseRef-Sportello
// TestDatabase: a real, migrated storage::Database in its own temporary folder.
#pragma once

#include <memory>
#include <string_view>

#include <QString>
#include <QTemporaryDir>

#include "storage/database.h"
#include "storage/databaseoptions.h"

namespace sportello::storage {
class SqlConnection;
}

namespace sportello::test {

// Each instance owns a fresh folder (removed with it) holding one SQLite file, opened through
// the production storage::Database (WAL, per-thread connections, migrations). Usage:
//     TestDatabase db;
//     storage::InboundRepository inbound(db.connection());
//     EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM inbound_messages"), 1);
// Throws storage::StorageError (failing the test) when the database cannot be opened.
class TestDatabase
{
public:
    enum class Open
    {
        Migrated, // open() applied: the schema is ready
        Unopened, // the Database object exists but open() was not called
    };

    explicit TestDatabase(Open open = Open::Migrated, int busyTimeoutMs = 10000);
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    storage::Database &database() { return *m_database; }
    // The calling thread's connection.
    storage::SqlConnection &connection();
    QString path() const { return m_options.path; }
    QString folder() const { return m_dir.path(); }
    const storage::DatabaseOptions &options() const { return m_options; }

    // Simulates a restart: destroys the Database object and opens the same file again.
    void reopen(Open open = Open::Migrated);

    // First column of the first row of a statement without parameters, on this thread's
    // connection: counts and single values (0 / empty when there is no row).
    qint64 scalar(std::string_view sql);
    QString text(std::string_view sql);

private:
    QTemporaryDir m_dir;
    storage::DatabaseOptions m_options;
    std::unique_ptr<storage::Database> m_database;
};

} // namespace sportello::test
