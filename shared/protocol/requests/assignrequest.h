// SPDX-License-Identifier: MIT
// Sportello: data of conversation.assign.
#pragma once

#include <QString>

namespace sportello::protocol {

struct AssignRequest
{
    qint64 conversationId = 0;
    QString agent; // user name; empty unassigns
};

} // namespace sportello::protocol
