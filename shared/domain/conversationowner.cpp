// SPDX-License-Identifier: MIT
// Sportello: who holds a conversation.
#include "domain/conversationowner.h"

namespace sportello {

QString toString(ConversationOwner owner)
{
    switch (owner) {
    case ConversationOwner::Bot:
        return QStringLiteral("bot");
    case ConversationOwner::PendingHuman:
        return QStringLiteral("pending_human");
    case ConversationOwner::Human:
        return QStringLiteral("human");
    case ConversationOwner::Closed:
        return QStringLiteral("closed");
    }
    return QStringLiteral("bot");
}

std::optional<ConversationOwner> conversationOwnerFromString(const QString &text)
{
    for (auto owner : {ConversationOwner::Bot, ConversationOwner::PendingHuman,
                       ConversationOwner::Human, ConversationOwner::Closed}) {
        if (toString(owner) == text)
            return owner;
    }
    return std::nullopt;
}

} // namespace sportello
