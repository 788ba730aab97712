// SPDX-License-Identifier: MIT
// Sportello: the wire spellings of a thread entry's kind.
#include "protocol/threadentry.h"

namespace sportello::protocol {

QString toString(ThreadEntryKind kind)
{
    switch (kind) {
    case ThreadEntryKind::Inbound:
        return QStringLiteral("inbound");
    case ThreadEntryKind::Outbound:
        return QStringLiteral("outbound");
    case ThreadEntryKind::Note:
        return QStringLiteral("note");
    case ThreadEntryKind::System:
        return QStringLiteral("system");
    }
    return QStringLiteral("inbound");
}

std::optional<ThreadEntryKind> threadEntryKindFromString(const QString &text)
{
    for (auto kind : {ThreadEntryKind::Inbound, ThreadEntryKind::Outbound, ThreadEntryKind::Note,
                      ThreadEntryKind::System}) {
        if (toString(kind) == text)
            return kind;
    }
    return std::nullopt;
}

} // namespace sportello::protocol
