// SPDX-License-Identifier: LicenseRef-Sportello
// A message someone (bot, system, agent) wants to send, before the outbox gate.
#pragma once

#include <optional>

#include <QString>

#include "storage/conversationkey.h"
#include "whatsapp/graphrequest.h"

namespace sportello::outbox {

struct OutboundRequest
{
    storage::ConversationKey customer; // business + customer, for the window and opt-out
    std::optional<qint64> conversationId;
    whatsapp::OutboundMessage message;
    QString purpose = QStringLiteral("reply"); // reply, optout_confirmation, optin_confirmation
    QString author = QStringLiteral("bot");    // bot, system, agent:<name>
    // The same key never produces a second message: callers derive it from what caused the
    // send (e.g. the inbound wamid it answers), so a replayed turn re-enqueues nothing.
    QString idempotencyKey;
};

} // namespace sportello::outbox
