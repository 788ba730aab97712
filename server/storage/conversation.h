// SPDX-License-Identifier: LicenseRef-Sportello
// A conversation with one customer and who owns it.
#pragma once

#include <optional>

#include <QString>

#include "domain/conversationowner.h"

namespace sportello::storage {

struct Conversation
{
    qint64 id = 0;
    QString phoneNumberId;
    qint64 contactId = 0;
    ConversationOwner owner = ConversationOwner::Bot;
    QString assignedAgent;
    std::optional<qint64> lastInboundAt; // seconds
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

} // namespace sportello::storage
