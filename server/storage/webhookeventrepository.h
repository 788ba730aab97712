// SPDX-License-Identifier: LicenseRef-Sportello
// SQL for webhook_events (other notifications) and dead_letters (payloads we could not use).
#pragma once

#include <QByteArray>
#include <QString>

#include "storage/deadletter.h"
#include "whatsapp/webhookpayload.h"

namespace sportello::storage {

class SqlConnection;

class WebhookEventRepository
{
public:
    explicit WebhookEventRepository(SqlConnection &connection);

    // Idempotent by content: a redelivered notification is stored once.
    bool insertOther(const whatsapp::OtherEvent &event, qint64 receivedAt);
    void insertDeadLetter(const QString &reason, const QString &phoneNumberId,
                          const QByteArray &body, qint64 receivedAt);
    QList<DeadLetter> deadLetters(int limit = 100);
    qint64 countDeadLetters();

private:
    SqlConnection &m_connection;
};

} // namespace sportello::storage
