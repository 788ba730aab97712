// SPDX-License-Identifier: LicenseRef-Sportello
// What the rest of the server reported since the hub last turned it into events.
#pragma once

#include <QHash>
#include <QList>

#include "pipeline/turnresult.h"
#include "storage/inboundrepository.h"

namespace sportello::agents {

// Reports pile up here while the worker is busy and are read in one go: under load a
// conversation that changed ten times is read once, not ten times.
struct SourceBatch
{
    QHash<storage::ConversationKey, storage::PendingConversation> inbound; // counts summed
    QList<pipeline::TurnResult> turns;
    QList<qint64> outbox; // outbox rows whose status changed
    QList<qint64> drafts; // drafts waiting for review

    bool isEmpty() const
    {
        return inbound.isEmpty() && turns.isEmpty() && outbox.isEmpty() && drafts.isEmpty();
    }
    void addInbound(const storage::PendingConversation &pending)
    {
        auto &slot = inbound[pending.key];
        slot.key = pending.key;
        slot.lastReceivedAt = std::max(slot.lastReceivedAt, pending.lastReceivedAt);
        slot.count += pending.count;
    }
};

} // namespace sportello::agents
