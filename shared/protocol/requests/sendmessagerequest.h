// SPDX-License-Identifier: MIT
// Sportello: data of message.send.
#pragma once

#include <QString>

namespace sportello::protocol {

struct SendMessageRequest
{
    qint64 conversationId = 0;
    QString text;    // trimmed, 1-4096 characters
    QString replyTo; // thread entry id; empty for none
};

} // namespace sportello::protocol
