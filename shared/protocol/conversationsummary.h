// SPDX-License-Identifier: MIT
// Sportello: one row of the console's conversation list.
#pragma once

#include <QString>
#include <QStringList>

#include "domain/conversationowner.h"

namespace sportello::protocol {

struct ConversationSummary
{
    qint64 id = 0;
    QString phoneNumberId;
    QString businessName;
    QString customerName; // WhatsApp profile name; may be empty
    QString waId;
    QString userId; // BSUID when WhatsApp sent one
    QString language;
    bool optedOut = false;
    QStringList labels;
    ConversationOwner owner = ConversationOwner::Bot;
    QString assignedAgent;
    QString escalationReason;
    QString lastMessageText;
    QString lastMessageDirection; // in, out, note, system
    qint64 lastMessageAt = 0;     // ms
    int unread = 0;
    qint64 windowExpiresAt = 0; // ms; 0 when the 24h window is closed
    bool pendingDraft = false;
    // From the newest processed turn, so the list can show what a waiting customer wants.
    QString lastIntent;
    QString lastSentiment; // negative, neutral, positive; empty before the first turn
    bool angry = false;
    bool urgent = false;
    qint64 createdAt = 0; // ms
    qint64 updatedAt = 0; // ms
};

} // namespace sportello::protocol
