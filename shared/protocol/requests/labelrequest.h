// SPDX-License-Identifier: MIT
// Sportello: data of conversation.label.
#pragma once

#include <QStringList>

namespace sportello::protocol {

struct LabelRequest
{
    qint64 conversationId = 0;
    QStringList add; // each trimmed, 1-40 characters
    QStringList remove;
};

} // namespace sportello::protocol
