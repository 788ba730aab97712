// SPDX-License-Identifier: MIT
// Sportello: data of conversation.history: older entries of one conversation.
#pragma once

#include <QtGlobal>

namespace sportello::protocol {

struct HistoryRequest
{
    qint64 conversationId = 0;
    qint64 before = 0; // entry `at` in ms; 0: from the newest
    int limit = 200;   // 1-500
};

} // namespace sportello::protocol
