// SPDX-License-Identifier: LicenseRef-Sportello
// SQL for status_events: Meta's delivery reports, one row per (wamid, status).
#pragma once

#include <QList>

#include "whatsapp/webhookpayload.h"

namespace sportello::storage {

class SqlConnection;

class StatusRepository
{
public:
    explicit StatusRepository(SqlConnection &connection);

    // False when this (wamid, status) was stored before (a redelivery).
    bool insert(const whatsapp::StatusEvent &event, qint64 receivedAt);
    // Reports that arrived before we knew which outbox row the wamid belongs to.
    QList<whatsapp::StatusEvent> forWamid(const QString &wamid);

private:
    SqlConnection &m_connection;
};

} // namespace sportello::storage
