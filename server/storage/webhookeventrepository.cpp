// SPDX-License-Identifier: LicenseRef-Sportello
// SQL for webhook_events (other notifications) and dead_letters (payloads we could not use).
#include "storage/webhookeventrepository.h"

#include <QCryptographicHash>

#include "storage/sqlconnection.h"

namespace sportello::storage {

WebhookEventRepository::WebhookEventRepository(SqlConnection &connection)
    : m_connection(connection)
{
}

bool WebhookEventRepository::insertOther(const whatsapp::OtherEvent &event, qint64 receivedAt)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(event.field.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(event.rawJson);
    auto &query = m_connection.prepare(
        "INSERT INTO webhook_events (phone_number_id, field, content_hash, raw_json, received_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (content_hash) DO NOTHING");
    query.bindOptional(1, event.phoneNumberId)
        .bind(2, event.field)
        .bind(3, hash.result().toHex())
        .bind(4, event.rawJson)
        .bind(5, receivedAt);
    return query.exec() > 0;
}

void WebhookEventRepository::insertDeadLetter(const QString &reason, const QString &phoneNumberId,
                                              const QByteArray &body, qint64 receivedAt)
{
    m_connection
        .prepare("INSERT INTO dead_letters (received_at, reason, phone_number_id, body) "
                 "VALUES (?, ?, ?, ?)")
        .bind(1, receivedAt)
        .bind(2, reason)
        .bindOptional(3, phoneNumberId)
        .bindBlob(4, body)
        .exec();
}

QList<DeadLetter> WebhookEventRepository::deadLetters(int limit)
{
    auto &query = m_connection.prepare("SELECT id, received_at, reason, phone_number_id, body "
                                       "FROM dead_letters ORDER BY id DESC LIMIT ?");
    query.bind(1, limit);
    QList<DeadLetter> result;
    while (query.step()) {
        result.append(
            {query.int64(0), query.int64(1), query.text(2), query.text(3), query.bytes(4)});
    }
    query.reset();
    return result;
}

qint64 WebhookEventRepository::countDeadLetters()
{
    auto &query = m_connection.prepare("SELECT COUNT(*) FROM dead_letters");
    return query.firstInt64();
}

} // namespace sportello::storage
