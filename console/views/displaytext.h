// SPDX-License-Identifier: LicenseRef-Sportello
// The words the views show for protocol values: statuses, owners, times, placeholders.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include "domain/agentrole.h"
#include "domain/conversationowner.h"
#include "domain/deliverystatus.h"
#include "protocol/conversationsummary.h"
#include "protocol/threadentry.h"

namespace sportello::console::views {

// One place for the translated wording, so the list, the thread, the header and the
// notifications say the same thing the same way. Pure functions of their arguments ("now" is
// passed in), so they are testable without a clock.
class DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(DisplayText)

public:
    // "Ada Rossi", else "+393401234567".
    static QString customerTitle(const protocol::ConversationSummary &summary);
    // "+393401234567" (wa_id with a plus), or the BSUID when there is no number.
    static QString customerNumber(const protocol::ConversationSummary &summary);

    // "window closes in 3 h 12 min" / "window closed".
    static QString windowCountdown(qint64 expiresAtMs, qint64 nowMs);
    // The short form for list rows: "3 h 12 min" / "closed".
    static QString windowCountdownShort(qint64 expiresAtMs, qint64 nowMs);
    // "45 s", "12 min", "3 h 05 min", "2 d 4 h".
    static QString duration(qint64 ms);

    // A time of day as the locale writes it, to the minute ("14:05", "2:05 PM").
    static QString clockTime(const QTime &time);
    // The list's time column: "14:05" today, "Yesterday", a weekday within a week, else a date.
    static QString listTime(const QDateTime &at, const QDateTime &now);
    // The thread's day separators: "Today", "Yesterday", "Monday 3 March 2025".
    static QString dayHeading(const QDate &day, const QDate &today);

    // Who holds the conversation, in words: "Assistant", "Waiting for an agent", ...
    static QString owner(ConversationOwner owner);
    // "Agent", "Manager", "Administrator".
    static QString role(AgentRole role);
    // "giulia", "Assistant", "Customer", "System" for a ThreadEntry author spelling.
    static QString author(const QString &author);

    // The delivery state in words, for tooltips and accessibility.
    static QString deliveryStatus(DeliveryStatus status);
    // The compact mark next to an outgoing bubble's time: ✓, ✓✓, ⚠, or a clock while queued.
    static QString deliveryTicks(DeliveryStatus status);
    // A WhatsApp error in words: the known codes explained, else Meta's title and the code.
    static QString deliveryError(int code, const QString &title);

    // What a bubble shows as its text: the message text, or a placeholder for media and
    // message types the console cannot show ("📷 Photo", "Voice message",
    // "Unsupported message: ..."), with the caption or file name when there is one.
    static QString entryText(const protocol::ThreadEntry &entry);
};

} // namespace sportello::console::views
