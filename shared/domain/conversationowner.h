// SPDX-License-Identifier: MIT
// Sportello: who holds a conversation.
#pragma once

#include <optional>

#include <QString>

namespace sportello {

// Ownership is explicit state so that the bot and a human never talk over each other:
// while a human owns the conversation the bot stays silent until it is handed back.
enum class ConversationOwner
{
    Bot,
    PendingHuman,
    Human,
    Closed,
};

QString toString(ConversationOwner owner);
std::optional<ConversationOwner> conversationOwnerFromString(const QString &text);

} // namespace sportello
