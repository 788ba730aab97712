// SPDX-License-Identifier: LicenseRef-Sportello
// SQL for the intent examples businesses add to the default taxonomy.
#pragma once

#include <QList>
#include <QString>

#include "storage/intentexample.h"

namespace sportello::storage {

class SqlConnection;

class IntentExampleRepository
{
public:
    explicit IntentExampleRepository(SqlConnection &connection);

    // Oldest first.
    QList<IntentExample> forBusiness(const QString &phoneNumberId);
    // 0 when the same text already exists for the business and language (nothing changes).
    qint64 add(const IntentExample &example);
    // True when a row was removed.
    bool remove(const QString &phoneNumberId, qint64 id);
    // Every example of one intent; returns how many were removed.
    int removeIntent(const QString &phoneNumberId, const QString &intent);

private:
    SqlConnection &m_connection;
};

} // namespace sportello::storage
