// SPDX-License-Identifier: LicenseRef-Sportello
// SQL for the manager dashboard: raw counts and durations over a time range.
#include "storage/dashboardrepository.h"

#include "storage/sqlconnection.h"

namespace sportello::storage {

DashboardRepository::DashboardRepository(SqlConnection &connection)
    : m_connection(connection)
{
}

QList<TimeCount> DashboardRepository::buckets(std::string_view sql, qint64 from, qint64 to)
{
    auto &query = m_connection.prepare(sql);
    query.bind(1, kBucketMs).bind(2, kBucketMs).bind(3, from).bind(4, to);
    QList<TimeCount> result;
    while (query.step())
        result.append({query.int64(0), query.int64(1)});
    query.reset();
    return result;
}

QList<KeyCount> DashboardRepository::keyCounts(std::string_view sql, qint64 from, qint64 to)
{
    auto &query = m_connection.prepare(sql);
    query.bind(1, from).bind(2, to);
    QList<KeyCount> result;
    while (query.step())
        result.append({query.text(0), query.int64(1)});
    query.reset();
    return result;
}

QList<qint64> DashboardRepository::durations(std::string_view sql, qint64 from, qint64 to)
{
    auto &query = m_connection.prepare(sql);
    query.bind(1, from).bind(2, to);
    QList<qint64> result;
    while (query.step())
        result.append(query.int64(0));
    query.reset();
    return result;
}

QList<TimeCount> DashboardRepository::inboundBuckets(qint64 from, qint64 to)
{
    return buckets("SELECT (received_at / ?) * ? AS bucket, COUNT(*) FROM inbound_messages "
                   "WHERE received_at >= ? AND received_at < ? GROUP BY bucket ORDER BY bucket",
                   from, to);
}

QList<TimeCount> DashboardRepository::outboundBuckets(qint64 from, qint64 to)
{
    return buckets("SELECT (created_at / ?) * ? AS bucket, COUNT(*) FROM outbox "
                   "WHERE created_at >= ? AND created_at < ? AND kind <> 'mark_read' "
                   "AND status NOT IN ('refused', 'needs_template') "
                   "GROUP BY bucket ORDER BY bucket",
                   from, to);
}

QList<KeyCount> DashboardRepository::turnsByHandling(qint64 from, qint64 to)
{
    // Routes are "human", "opt_out", "opt_in+human"...: the last stage that routed decides.
    return keyCounts("SELECT CASE "
                     "WHEN EXISTS (SELECT 1 FROM drafts d WHERE d.turn_id = t.id "
                     "AND d.state IN ('approved', 'edited')) THEN 'reviewed' "
                     "WHEN t.route = 'human' OR t.route LIKE '%+human' THEN 'human' "
                     "ELSE 'auto' END AS handling, COUNT(*) "
                     "FROM turns t WHERE t.created_at >= ? AND t.created_at < ? "
                     "GROUP BY handling ORDER BY handling",
                     from, to);
}

QList<qint64> DashboardRepository::firstResponseTimes(qint64 from, qint64 to)
{
    return durations(
        "SELECT answered - received FROM ("
        "SELECT i.received_at AS received, "
        "(SELECT MIN(o.created_at) FROM outbox o WHERE o.conversation_id = t.conversation_id "
        "AND o.author LIKE 'agent:%' AND o.kind <> 'mark_read' "
        "AND o.created_at >= i.received_at) AS answered "
        "FROM turns t JOIN inbound_messages i ON i.id = t.first_inbound_id "
        "WHERE t.created_at >= ? AND t.created_at < ? "
        "AND (t.route = 'human' OR t.route LIKE '%+human')"
        ") WHERE answered IS NOT NULL ORDER BY 1",
        from, to);
}

QList<qint64> DashboardRepository::resolutionTimes(qint64 from, qint64 to)
{
    return durations("SELECT closed_at - created_at FROM conversations "
                     "WHERE closed_at IS NOT NULL AND closed_at >= ? AND closed_at < ? "
                     "ORDER BY 1",
                     from, to);
}

QList<KeyCount> DashboardRepository::escalationsByReason(qint64 from, qint64 to)
{
    // Ownership changes are logged as "<from> -> <to>: <reason>" (see TurnProcessor).
    return keyCounts("SELECT reason, COUNT(*) FROM ("
                     "SELECT CASE WHEN instr(detail, ': ') > 0 "
                     "THEN substr(detail, instr(detail, ': ') + 2) ELSE '' END AS reason "
                     "FROM conversation_events WHERE kind = 'owner_changed' "
                     "AND detail LIKE '%-> pending_human%' AND created_at >= ? AND created_at < ?"
                     ") GROUP BY reason ORDER BY COUNT(*) DESC, reason",
                     from, to);
}

QList<KeyCount> DashboardRepository::openPerAgent()
{
    auto &query = m_connection.prepare(
        "SELECT assigned_agent, COUNT(*) FROM conversations "
        "WHERE owner <> 'closed' AND assigned_agent IS NOT NULL AND assigned_agent <> '' "
        "GROUP BY assigned_agent ORDER BY COUNT(*) DESC, assigned_agent");
    QList<KeyCount> result;
    while (query.step())
        result.append({query.text(0), query.int64(1)});
    query.reset();
    return result;
}

} // namespace sportello::storage
