// SPDX-License-Identifier: LicenseRef-Sportello
// The context one turn carries through the pipeline: what came in, what was decided.
#include "pipeline/turn.h"

#include <algorithm>

namespace sportello::pipeline {

namespace {
// Words the customer typed: bodies, button titles and captions. A reaction's emoji or a shared
// contact's name is not something they said to us.
bool isWritten(MessageType type)
{
    switch (type) {
    case MessageType::Text:
    case MessageType::Interactive:
    case MessageType::Button:
    case MessageType::Image:
    case MessageType::Document:
    case MessageType::Video:
        return true;
    default:
        return false;
    }
}
} // namespace

bool Turn::hasUnconsumedMessages() const
{
    return std::any_of(messages.cbegin(), messages.cend(),
                       [](const TurnMessage &m) { return !m.consumed; });
}

QString Turn::text() const
{
    QString joined;
    for (const auto &message : messages) {
        if (message.consumed || !isWritten(message.message.type))
            continue;
        const QString part = message.message.text.trimmed();
        if (part.isEmpty())
            continue;
        if (!joined.isEmpty())
            joined.append(u'\n');
        joined.append(part);
    }
    return joined;
}

} // namespace sportello::pipeline
