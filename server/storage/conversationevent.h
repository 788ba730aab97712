// SPDX-License-Identifier: LicenseRef-Sportello
// Something that happened in a conversation besides a message (ownership change, note).
#pragma once

#include <QString>

namespace sportello::storage {

struct ConversationEvent
{
    qint64 id = 0;
    qint64 conversationId = 0;
    QString kind;   // owner_changed, opted_out, opted_in, note, ...
    QString detail; // human-readable, or JSON for structured kinds
    QString actor;  // bot, system, agent:<name>
    qint64 createdAt = 0;
};

} // namespace sportello::storage
