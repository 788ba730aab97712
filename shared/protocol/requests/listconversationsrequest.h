// SPDX-License-Identifier: MIT
// Sportello: data of conversations.list.
#pragma once

#include <QtGlobal>

#include "domain/inboxqueue.h"

namespace sportello::protocol {

struct ListConversationsRequest
{
    InboxQueue queue = InboxQueue::Open;
    int limit = 200;   // 1-500
    qint64 before = 0; // updated_at in ms; 0: from the newest
};

} // namespace sportello::protocol
