// SPDX-License-Identifier: LicenseRef-Sportello
// TestDatabase: a real, migrated storage::Database in its own temporary folder.
#include "support/testdatabase.h"

#include <QDir>

#include "storage/sqlconnection.h"
#include "storage/storageerror.h"

namespace sportello::test {

TestDatabase::TestDatabase(Open open, int busyTimeoutMs)
    : m_dir(QDir::tempPath() + QStringLiteral("/sportello-test-XXXXXX"))
{
    if (!m_dir.isValid())
        throw storage::StorageError(
            QStringLiteral("cannot create a temporary folder: %1").arg(m_dir.errorString()));
    m_options.path = m_dir.filePath(QStringLiteral("sportello.db"));
    m_options.busyTimeoutMs = busyTimeoutMs;
    reopen(open);
}

TestDatabase::~TestDatabase() = default;

storage::SqlConnection &TestDatabase::connection()
{
    return m_database->connection();
}

void TestDatabase::reopen(Open open)
{
    m_database.reset();
    m_database = std::make_unique<storage::Database>(m_options);
    if (open == Open::Migrated)
        m_database->open();
}

qint64 TestDatabase::scalar(std::string_view sql)
{
    return connection().prepare(sql).firstInt64();
}

QString TestDatabase::text(std::string_view sql)
{
    auto &query = connection().prepare(sql);
    const QString value = query.step() ? query.text(0) : QString();
    query.reset();
    return value;
}

} // namespace sportello::test
