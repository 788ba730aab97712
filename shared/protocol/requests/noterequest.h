// SPDX-License-Identifier: MIT
// Sportello: data of conversation.note: a private note between agents.
#pragma once

#include <QString>

namespace sportello::protocol {

struct NoteRequest
{
    qint64 conversationId = 0;
    QString text; // trimmed, 1-4096 characters
};

} // namespace sportello::protocol
