// SPDX-License-Identifier: LicenseRef-Sportello
// The manager dashboard's figures, from the database, in the business's time zone.
#pragma once

#include <QList>
#include <QString>

#include "protocol/dashboarddata.h"

namespace sportello::storage {
class SqlConnection;
}

namespace sportello::agents {

// Runs on the caller's connection (a read transaction is enough). The period is the last
// `days` local days including today, up to `now`.
class DashboardService
{
public:
    explicit DashboardService(storage::SqlConnection &connection);

    // An unknown time zone falls back to UTC (BusinessSettings are validated, so only a
    // broken system zone database gets there).
    protocol::DashboardData compute(int days, const QString &timeZone, qint64 now);

    // Linear interpolation between closest ranks (as spreadsheets do); 0 for no values.
    // `sorted` must be in ascending order; `fraction` in [0, 1].
    static qint64 percentile(const QList<qint64> &sorted, double fraction);

private:
    storage::SqlConnection &m_connection;
};

} // namespace sportello::agents
