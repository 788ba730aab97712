// SPDX-License-Identifier: MIT
// Sportello: data naming one conversation (open, take_over, hand_back, close, reopen,
// templates.list).
#pragma once

#include <QtGlobal>

namespace sportello::protocol {

struct ConversationRequest
{
    qint64 conversationId = 0;
};

} // namespace sportello::protocol
