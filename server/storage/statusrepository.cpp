// SPDX-License-Identifier: LicenseRef-Sportello
// SQL for status_events: Meta's delivery reports, one row per (wamid, status).
#include "storage/statusrepository.h"

#include "storage/sqlconnection.h"

namespace sportello::storage {

StatusRepository::StatusRepository(SqlConnection &connection)
    : m_connection(connection)
{
}

bool StatusRepository::insert(const whatsapp::StatusEvent &event, qint64 receivedAt)
{
    auto &query = m_connection.prepare(
        "INSERT INTO status_events (phone_number_id, wamid, status, wa_timestamp, recipient_id, "
        "biz_opaque, error_code, error_title, error_details, pricing_category, pricing_type, "
        "billable, received_at, raw_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (wamid, status) DO NOTHING");
    const whatsapp::GraphErrorInfo firstError =
        event.errors.isEmpty() ? whatsapp::GraphErrorInfo{} : event.errors.first();
    query.bind(1, event.phoneNumberId)
        .bind(2, event.wamid)
        .bind(3, event.statusName)
        .bind(4, event.timestamp)
        .bindOptional(5, event.recipientId)
        .bindOptional(6, event.bizOpaqueCallbackData)
        .bindOptional(7, event.errors.isEmpty() ? std::nullopt
                                                : std::optional<qint64>(firstError.code))
        .bindOptional(8, firstError.title)
        .bindOptional(9, firstError.explanation())
        .bindOptional(10, event.pricingCategory)
        .bindOptional(11, event.pricingType)
        .bindOptional(12, event.billable ? std::optional<qint64>(*event.billable ? 1 : 0)
                                         : std::nullopt)
        .bind(13, receivedAt)
        .bind(14, event.rawJson);
    return query.exec() > 0;
}

QList<whatsapp::StatusEvent> StatusRepository::forWamid(const QString &wamid)
{
    auto &query = m_connection.prepare(
        "SELECT phone_number_id, status, wa_timestamp, error_code, error_title, error_details "
        "FROM status_events WHERE wamid = ? ORDER BY id");
    query.bind(1, wamid);
    QList<whatsapp::StatusEvent> result;
    while (query.step()) {
        whatsapp::StatusEvent event;
        event.phoneNumberId = query.text(0);
        event.wamid = wamid;
        event.statusName = query.text(1);
        event.status = deliveryStatusFromString(event.statusName);
        event.timestamp = query.int64(2);
        if (!query.isNull(3))
            event.errors.append({int(query.int64(3)), query.text(4), QString(), query.text(5)});
        result.append(std::move(event));
    }
    query.reset();
    return result;
}

} // namespace sportello::storage
