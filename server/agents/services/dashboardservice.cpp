// SPDX-License-Identifier: LicenseRef-Sportello
// The manager dashboard's figures, from the database, in the business's time zone.
#include "agents/services/dashboardservice.h"

#include <algorithm>
#include <cmath>

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

#include "storage/dashboardrepository.h"

namespace sportello::agents {

namespace {

// Local midnight can fall into a daylight-saving gap in a few zones; the day then starts at
// the first local time that exists.
qint64 startOfDay(const QDate &date, const QTimeZone &zone)
{
    for (int hour = 0; hour < 3; ++hour) {
        const QDateTime start(date, QTime(hour, 0), zone);
        if (start.isValid() && start.date() == date)
            return start.toMSecsSinceEpoch();
    }
    return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

int clampToInt(qint64 value)
{
    return int(std::min<qint64>(value, std::numeric_limits<int>::max()));
}

QList<protocol::NamedCount> namedCounts(const QList<storage::KeyCount> &rows,
                                        const QString &emptyName)
{
    QList<protocol::NamedCount> result;
    result.reserve(rows.size());
    for (const auto &row : rows) {
        result.append({row.key.isEmpty() ? emptyName : row.key, clampToInt(row.count)});
    }
    return result;
}

} // namespace

DashboardService::DashboardService(storage::SqlConnection &connection)
    : m_connection(connection)
{
}

qint64 DashboardService::percentile(const QList<qint64> &sorted, double fraction)
{
    if (sorted.isEmpty())
        return 0;
    const double rank = std::clamp(fraction, 0.0, 1.0) * double(sorted.size() - 1);
    const auto lower = qsizetype(std::floor(rank));
    const auto upper = qsizetype(std::ceil(rank));
    const double weight = rank - double(lower);
    return qint64(std::llround(double(sorted.at(lower)) * (1.0 - weight) +
                               double(sorted.at(upper)) * weight));
}

protocol::DashboardData DashboardService::compute(int days, const QString &timeZone, qint64 now)
{
    QTimeZone zone(timeZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();

    protocol::DashboardData data;
    data.days = days;
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, zone).date();
    const QDate firstDay = today.addDays(-(days - 1));
    const qint64 from = startOfDay(firstDay, zone);
    const qint64 to = now + 1; // inclusive of `now`

    QHash<QDate, qsizetype> dayIndex;
    for (int i = 0; i < days; ++i) {
        const QDate date = firstDay.addDays(i);
        dayIndex.insert(date, i);
        data.volumePerDay.append({date.toString(Qt::ISODate), 0, 0});
    }
    data.volumePerHour = QList<int>(24, 0);

    storage::DashboardRepository repository(m_connection);
    // Buckets are 15 minutes of UTC; every zone's offset is a multiple of that, so a bucket
    // lies entirely within one local hour.
    for (const auto &bucket : repository.inboundBuckets(from, to)) {
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(bucket.at, zone);
        const auto it = dayIndex.constFind(local.date());
        if (it != dayIndex.constEnd())
            data.volumePerDay[*it].inbound += clampToInt(bucket.count);
        data.volumePerHour[local.time().hour()] += clampToInt(bucket.count);
    }
    for (const auto &bucket : repository.outboundBuckets(from, to)) {
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(bucket.at, zone);
        const auto it = dayIndex.constFind(local.date());
        if (it != dayIndex.constEnd())
            data.volumePerDay[*it].outbound += clampToInt(bucket.count);
    }

    for (const auto &row : repository.turnsByHandling(from, to)) {
        if (row.key == u"auto")
            data.turnsAuto = clampToInt(row.count);
        else if (row.key == u"reviewed")
            data.turnsReviewed = clampToInt(row.count);
        else
            data.turnsHuman += clampToInt(row.count);
    }

    const QList<qint64> firstResponses = repository.firstResponseTimes(from, to);
    data.firstResponseMedianMs = percentile(firstResponses, 0.5);
    data.firstResponseP95Ms = percentile(firstResponses, 0.95);
    const QList<qint64> resolutions = repository.resolutionTimes(from, to);
    data.resolutionMedianMs = percentile(resolutions, 0.5);
    data.resolutionP95Ms = percentile(resolutions, 0.95);

    data.escalationsByReason =
        namedCounts(repository.escalationsByReason(from, to), QStringLiteral("unspecified"));
    data.openPerAgent = namedCounts(repository.openPerAgent(), QString());
    // No LLM exists yet; the console shows "not available" rather than a made-up zero.
    data.llmCost = std::nullopt;
    return data;
}

} // namespace sportello::agents
