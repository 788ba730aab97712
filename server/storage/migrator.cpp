// SPDX-License-Identifier: LicenseRef-Sportello
// Applies the versioned schema migrations shipped in the server's resources.
#include "storage/migrator.h"

#include <algorithm>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include "storage/sqlconnection.h"
#include "storage/storageerror.h"
#include "storage/storagelog.h"
#include "storage/transaction.h"

namespace sportello::storage {

Migrator::Migrator(SqlConnection &connection)
    : m_connection(connection)
{
}

QList<Migrator::Migration> Migrator::available()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(.+)\\.sql$"));
    QList<Migration> result;
    const QDir dir(QStringLiteral(":/sportello/server/migrations"));
    for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            throw StorageError(QStringLiteral("cannot read migration %1").arg(file));
        result.append({match.captured(1).toInt(), match.captured(2), f.readAll()});
    }
    std::sort(result.begin(), result.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return result;
}

QByteArray Migrator::forDialect(QByteArray sql)
{
    sql.replace("{{ID}}", "INTEGER PRIMARY KEY");
    sql.replace("{{BLOB}}", "BLOB");
    return sql;
}

int Migrator::latestVersion()
{
    const auto all = available();
    return all.isEmpty() ? 0 : all.last().version;
}

int Migrator::currentVersion()
{
    m_connection.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                         "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT "
                         "NOT NULL)");
    auto &query = m_connection.prepare("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
    return int(query.firstInt64());
}

void Migrator::migrate()
{
    const int current = currentVersion();
    const auto all = available();
    if (!all.isEmpty() && current > all.last().version) {
        throw StorageError(QStringLiteral("the database has schema version %1 but this build only "
                                          "knows up to %2: use a newer sportello-server")
                               .arg(current)
                               .arg(all.last().version));
    }
    for (const auto &migration : all) {
        if (migration.version <= current)
            continue;
        Transaction tx(m_connection);
        m_connection.execute(forDialect(migration.sql).toStdString());
        m_connection
            .prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)")
            .bind(1, migration.version)
            .bind(2, migration.name)
            .bind(3, QDateTime::currentMSecsSinceEpoch())
            .exec();
        tx.commit();
        qCInfo(lcStorage, "applied migration %04d %s", migration.version,
               qUtf8Printable(migration.name));
    }
}

} // namespace sportello::storage
