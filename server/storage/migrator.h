// SPDX-License-Identifier: LicenseRef-Sportello
// Applies the versioned schema migrations shipped in the server's resources.
#pragma once

#include <QList>
#include <QString>

namespace sportello::storage {

class SqlConnection;

// Migrations are files named NNNN_description.sql under :/sportello/server/migrations; each
// runs once, in order, inside its own transaction, and is recorded in schema_migrations.
class Migrator
{
public:
    explicit Migrator(SqlConnection &connection);

    void migrate();
    int currentVersion();
    static int latestVersion();

private:
    struct Migration
    {
        int version;
        QString name;
        QByteArray sql;
    };
    static QList<Migration> available();
    static QByteArray forDialect(QByteArray sql);

    SqlConnection &m_connection;
};

} // namespace sportello::storage
