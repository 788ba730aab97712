// SPDX-License-Identifier: LicenseRef-Sportello
// The words the views show for protocol values: statuses, owners, times, placeholders.
#include "views/displaytext.h"

#include <QLocale>
#include <QRegularExpression>

#include "domain/messagetype.h"

namespace sportello::console::views {

namespace {
constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;

// "caption" or "file name" after a placeholder, when the message has one.
QString withDetail(const QString &placeholder, const QString &detail)
{
    const QString trimmed = detail.trimmed();
    if (trimmed.isEmpty())
        return placeholder;
    return placeholder + u'\n' + trimmed;
}
} // namespace

QString DisplayText::customerTitle(const protocol::ConversationSummary &summary)
{
    const QString name = summary.customerName.trimmed();
    return name.isEmpty() ? customerNumber(summary) : name;
}

QString DisplayText::customerNumber(const protocol::ConversationSummary &summary)
{
    if (!summary.waId.isEmpty())
        return u'+' + summary.waId;
    return summary.userId;
}

QString DisplayText::windowCountdown(qint64 expiresAtMs, qint64 nowMs)
{
    if (expiresAtMs <= nowMs)
        return tr("window closed");
    //: The 24-hour customer service window; %1 is a duration like "3 h 12 min".
    return tr("window closes in %1").arg(duration(expiresAtMs - nowMs));
}

QString DisplayText::windowCountdownShort(qint64 expiresAtMs, qint64 nowMs)
{
    if (expiresAtMs <= nowMs)
        //: Short form of "the 24-hour window is closed", in a list row.
        return tr("closed");
    return duration(expiresAtMs - nowMs);
}

QString DisplayText::duration(qint64 ms)
{
    if (ms < 0)
        ms = 0;
    if (ms < kMinuteMs)
        //: Seconds, e.g. "45 s".
        return tr("%1 s").arg(ms / 1000);
    if (ms < kHourMs)
        //: Minutes, e.g. "12 min".
        return tr("%1 min").arg(ms / kMinuteMs);
    if (ms < kDayMs) {
        //: Hours and minutes, e.g. "3 h 05 min".
        return tr("%1 h %2 min")
            .arg(ms / kHourMs)
            .arg((ms % kHourMs) / kMinuteMs, 2, 10, QLatin1Char('0'));
    }
    //: Days and hours, e.g. "2 d 4 h".
    return tr("%1 d %2 h").arg(ms / kDayMs).arg((ms % kDayMs) / kHourMs);
}

QString DisplayText::clockTime(const QTime &time)
{
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    // Some locales (C among them) put seconds in the short format; chats show minutes.
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    format.remove(seconds);
    return locale.toString(time, format);
}

QString DisplayText::listTime(const QDateTime &at, const QDateTime &now)
{
    if (!at.isValid())
        return QString();
    const QDate day = at.date();
    const QDate today = now.date();
    const QLocale locale;
    if (day == today)
        return clockTime(at.time());
    if (day == today.addDays(-1))
        return tr("Yesterday");
    if (day > today.addDays(-7) && day < today)
        return locale.dayName(day.dayOfWeek(), QLocale::ShortFormat);
    return locale.toString(day, QLocale::ShortFormat);
}

QString DisplayText::dayHeading(const QDate &day, const QDate &today)
{
    if (day == today)
        return tr("Today");
    if (day == today.addDays(-1))
        return tr("Yesterday");
    return QLocale().toString(day, QLocale::LongFormat);
}

QString DisplayText::owner(ConversationOwner owner)
{
    switch (owner) {
    case ConversationOwner::Bot:
        return tr("Assistant");
    case ConversationOwner::PendingHuman:
        return tr("Waiting for an agent");
    case ConversationOwner::Human:
        return tr("Agent");
    case ConversationOwner::Closed:
        return tr("Closed");
    }
    return tr("Assistant");
}

QString DisplayText::role(AgentRole role)
{
    switch (role) {
    case AgentRole::Agent:
        return tr("Agent");
    case AgentRole::Manager:
        return tr("Manager");
    case AgentRole::Admin:
        return tr("Administrator");
    }
    return tr("Agent");
}

QString DisplayText::author(const QString &author)
{
    if (author.startsWith(QLatin1StringView("agent:")))
        return author.mid(6);
    if (author == u"bot")
        return tr("Assistant");
    if (author == u"customer")
        return tr("Customer");
    if (author == u"system" || author.isEmpty())
        return tr("System");
    return author;
}

QString DisplayText::deliveryStatus(DeliveryStatus status)
{
    switch (status) {
    case DeliveryStatus::Queued:
        return tr("Waiting to be sent");
    case DeliveryStatus::Sending:
        return tr("Sending");
    case DeliveryStatus::Accepted:
        return tr("Accepted by WhatsApp");
    case DeliveryStatus::Sent:
        return tr("Sent");
    case DeliveryStatus::Failed:
        return tr("Not delivered");
    case DeliveryStatus::Delivered:
        return tr("Delivered");
    case DeliveryStatus::Read:
        return tr("Read");
    case DeliveryStatus::Played:
        return tr("Played");
    case DeliveryStatus::NeedsTemplate:
        return tr("Not sent: the 24-hour window is closed, send a template");
    case DeliveryStatus::Refused:
        return tr("Not sent: refused before sending");
    }
    return QString();
}

QString DisplayText::deliveryTicks(DeliveryStatus status)
{
    switch (status) {
    case DeliveryStatus::Queued:
    case DeliveryStatus::Sending:
        return QStringLiteral("\u23F2"); // timer clock: not with WhatsApp yet
    case DeliveryStatus::Accepted:
    case DeliveryStatus::Sent:
        return QStringLiteral("\u2713");
    case DeliveryStatus::Delivered:
    case DeliveryStatus::Read:
    case DeliveryStatus::Played:
        return QStringLiteral("\u2713\u2713");
    case DeliveryStatus::Failed:
    case DeliveryStatus::NeedsTemplate:
    case DeliveryStatus::Refused:
        return QStringLiteral("\u26A0");
    }
    return QString();
}

QString DisplayText::deliveryError(int code, const QString &title)
{
    // The codes agents actually meet, in words they can act on; Meta's own titles are terse.
    QString words;
    switch (code) {
    case 0:
        break;
    case 131047:
        words = tr("More than 24 hours have passed since the customer last wrote: only a "
                   "template can be sent.");
        break;
    case 131026:
        words = tr("The message could not be delivered: the number may not use WhatsApp, or "
                   "the customer's app is too old.");
        break;
    case 131050:
        words = tr("The customer has stopped marketing messages from this business.");
        break;
    case 131051:
        words = tr("WhatsApp does not support this message type.");
        break;
    case 131056:
        words = tr("Too many messages to this customer in a short time; try again later.");
        break;
    case 131057:
        words = tr("The WhatsApp business account is in maintenance mode.");
        break;
    case 131049:
        words = tr("WhatsApp held this message back to protect the customer's experience.");
        break;
    case 131000:
        words = tr("WhatsApp could not send the message because of an error on its side.");
        break;
    case 130429:
        words = tr("The WhatsApp sending rate limit was reached; the message will be retried.");
        break;
    case 132000:
    case 132012:
        words = tr("The template's parameters do not match the template.");
        break;
    case 132001:
        words = tr("The template does not exist in this language, or is not approved yet.");
        break;
    default:
        break;
    }
    if (words.isEmpty())
        words = title.trimmed().isEmpty() ? tr("WhatsApp did not deliver the message.")
                                          : title.trimmed();
    if (code == 0)
        return words;
    //: %1 is an explanation, %2 WhatsApp's numeric error code.
    return tr("%1 (error %2)").arg(words).arg(code);
}

QString DisplayText::entryText(const protocol::ThreadEntry &entry)
{
    const QString text = entry.text.trimmed();
    switch (messageTypeFromString(entry.type)) {
    case MessageType::Image:
        return withDetail(tr("📷 Photo"), entry.caption.isEmpty() ? text : entry.caption);
    case MessageType::Video:
        return withDetail(tr("🎬 Video"), entry.caption.isEmpty() ? text : entry.caption);
    case MessageType::Audio:
        return tr("🎤 Voice message");
    case MessageType::Document:
        return withDetail(tr("📄 Document"),
                          entry.fileName.isEmpty() ? entry.caption : entry.fileName);
    case MessageType::Sticker:
        return tr("Sticker");
    case MessageType::Location:
        return withDetail(tr("📍 Location"), text);
    case MessageType::Contacts:
        return withDetail(tr("👤 Contact card"), text);
    case MessageType::Reaction:
        //: %1 is the emoji the customer reacted with.
        return text.isEmpty() ? tr("Reaction removed") : tr("Reacted %1").arg(text);
    case MessageType::Order:
        return withDetail(tr("🛒 Order"), text);
    case MessageType::Unsupported: {
        const QString why = entry.errorTitle.isEmpty() ? text : entry.errorTitle;
        //: %1 is WhatsApp's reason, e.g. "Message type unknown".
        return tr("Unsupported message: %1")
            .arg(why.isEmpty() ? tr("WhatsApp gave no details") : why);
    }
    case MessageType::Text:
    case MessageType::Interactive:
    case MessageType::Button:
    case MessageType::System:
    case MessageType::Other:
        break;
    }
    if (entry.type == u"template" && text.isEmpty())
        return tr("Template message");
    if (text.isEmpty() && !entry.caption.isEmpty())
        return entry.caption.trimmed();
    if (text.isEmpty() && entry.kind == protocol::ThreadEntryKind::Inbound)
        //: %1 is the WhatsApp message type as sent, e.g. "poll".
        return tr("Unsupported message: %1").arg(entry.type.isEmpty() ? tr("no text") : entry.type);
    return entry.text;
}

} // namespace sportello::console::views
