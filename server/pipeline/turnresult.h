// SPDX-License-Identifier: LicenseRef-Sportello
// What processing one turn did, for the scheduler, metrics and (later) agent events.
#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "domain/deliverystatus.h"
#include "protocol/turnunderstanding.h"
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
    // Set when the understanding stages ran; agents see it on the turn's last customer message.
    std::optional<protocol::TurnUnderstanding> understanding;
    qint64 lastInboundId = 0;
    qint64 draftId = 0; // a draft the turn proposed, 0 when none
    bool failed = false;
    QString error;
};

} // namespace sportello::pipeline
