// SPDX-License-Identifier: LicenseRef-Sportello
// The database: per-thread connections to one SQLite file in WAL mode, migrated on open.
#pragma once

#include <memory>

#include <QString>

#include "storage/databaseoptions.h"

namespace sportello::storage {

class SqlConnection;
class WriteGate;

// Thread-safe. Each thread that touches the database gets its own connection on first use
// (SQLite connections must not be shared across threads); it is closed when the thread ends
// or, for the calling thread, when the Database is destroyed.
class Database
{
public:
    explicit Database(DatabaseOptions options);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Creates the file if needed and applies pending migrations. Throws StorageError.
    void open();

    // This thread's connection. Throws StorageError if it cannot be opened.
    SqlConnection &connection();

    // Copies the WAL back into the main file without blocking writers (PASSIVE); called
    // periodically from a background thread so commits on the hot path never do it.
    void checkpoint();

    int schemaVersion();
    const DatabaseOptions &options() const { return m_options; }

private:
    DatabaseOptions m_options;
    quint64 m_id;
    std::shared_ptr<WriteGate> m_gate; // shared: connections may outlive the Database
};

} // namespace sportello::storage
