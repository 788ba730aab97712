// SPDX-License-Identifier: LicenseRef-Sportello
// What processing one turn did, for the scheduler, metrics and (later) agent events.
#pragma once

#include <QList>
#include <QString>

#include "domain/deliverystatus.h"
#include "storage/conversationkey.h"

namespace sportello::pipeline {

struct TurnResult
{
    storage::ConversationKey key;
    qint64 turnId = 0;
    qint64 conversationId = 0;
    int messageCount = 0;
    QString route;
    QList<qint64> outboxIds;              // new outbox rows (messages and read receipts)
    QList<DeliveryStatus> outboxStatuses; // status of each new message (receipts excluded)
    bool ownerChanged = false;
    bool failed = false;
    QString error;
};

} // namespace sportello::pipeline
