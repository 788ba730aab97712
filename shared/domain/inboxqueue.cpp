// SPDX-License-Identifier: MIT
// Sportello: the queues the console's inbox shows.
#include "domain/inboxqueue.h"

namespace sportello {

QString toString(InboxQueue queue)
{
    switch (queue) {
    case InboxQueue::NeedsReview:
        return QStringLiteral("needs_review");
    case InboxQueue::Escalated:
        return QStringLiteral("escalated");
    case InboxQueue::Mine:
        return QStringLiteral("mine");
    case InboxQueue::Open:
        return QStringLiteral("open");
    case InboxQueue::Closed:
        return QStringLiteral("closed");
    }
    return QStringLiteral("open");
}

std::optional<InboxQueue> inboxQueueFromString(const QString &text)
{
    for (auto queue : {InboxQueue::NeedsReview, InboxQueue::Escalated, InboxQueue::Mine,
                       InboxQueue::Open, InboxQueue::Closed}) {
        if (toString(queue) == text)
            return queue;
    }
    return std::nullopt;
}

} // namespace sportello
