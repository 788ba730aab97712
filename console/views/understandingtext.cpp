// SPDX-License-Identifier: LicenseRef-Sportello
// The words the views show for what the server understood of a customer's turn.
#include "views/understandingtext.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>

namespace sportello::console::views {

namespace {
QString percent(double confidence)
{
    return QStringLiteral("%1%").arg(qRound(confidence * 100));
}

QString shortDateTime(const QDateTime &at)
{
    const QLocale locale;
    return locale.toString(at.date(), QStringLiteral("ddd d MMM")) + u' ' +
           locale.toString(at.time(), QLocale::ShortFormat);
}
} // namespace

QString UnderstandingText::intentName(const QString &intent)
{
    if (intent == u"booking_request")
        return tr("Booking request");
    if (intent == u"reschedule")
        return tr("Reschedule");
    if (intent == u"cancel_booking")
        return tr("Cancel booking");
    if (intent == u"confirm_booking")
        return tr("Confirms booking");
    if (intent == u"pricing_inquiry")
        return tr("Prices");
    if (intent == u"opening_hours")
        return tr("Opening hours");
    if (intent == u"location_directions")
        return tr("Directions");
    if (intent == u"document_request")
        return tr("Document request");
    if (intent == u"status_check")
        return tr("Status check");
    if (intent == u"payment")
        return tr("Payment");
    if (intent == u"complaint")
        return tr("Complaint");
    if (intent == u"human_request")
        return tr("Wants a person");
    if (intent == u"lead_contact_details")
        return tr("Contact details");
    if (intent == u"emergency")
        return tr("Emergency");
    if (intent == u"general_question")
        return tr("Question");
    if (intent == u"greeting")
        return tr("Greeting");
    if (intent == u"thanks")
        return tr("Thanks");
    if (intent == u"goodbye")
        return tr("Goodbye");
    if (intent == u"opt_out")
        return tr("Opt-out");
    if (intent == u"out_of_scope")
        return tr("Out of scope");
    QString words = intent;
    words.replace(u'_', u' ');
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return words;
}

QString UnderstandingText::sentiment(const QString &sentiment)
{
    if (sentiment == u"negative")
        return tr("negative");
    if (sentiment == u"positive")
        return tr("positive");
    if (sentiment == u"neutral")
        return tr("neutral");
    return sentiment;
}

QString UnderstandingText::language(const QString &code)
{
    const QLocale locale(code);
    if (code.isEmpty() || locale.language() == QLocale::C)
        return code;
    return QLocale::languageToString(locale.language());
}

QString UnderstandingText::entityValue(const protocol::UnderstoodEntity &entity)
{
    if (entity.type == u"datetime" || entity.type == u"date" || entity.type == u"time") {
        const QDateTime start = QDateTime::fromString(entity.value, Qt::ISODate);
        if (!start.isValid())
            return entity.value.isEmpty() ? entity.text : entity.value;
        const QLocale locale;
        QString text = entity.type == u"date"
                           ? locale.toString(start.date(), QStringLiteral("ddd d MMM"))
                           : shortDateTime(start.toLocalTime());
        const QDateTime end = QDateTime::fromString(entity.end, Qt::ISODate);
        if (end.isValid() && end != start) {
            text += QStringLiteral("–") +
                    (end.toLocalTime().date() == start.toLocalTime().date()
                         ? locale.toString(end.toLocalTime().time(), QLocale::ShortFormat)
                         : shortDateTime(end.toLocalTime()));
        }
        return text;
    }
    if (entity.type == u"service" || entity.type == u"staff")
        return entity.canonical.isEmpty() ? entity.text : entity.canonical;
    return entity.value.isEmpty() ? entity.text : entity.value;
}

QString UnderstandingText::line(const protocol::TurnUnderstanding &understanding)
{
    QStringList parts;
    if (!understanding.intent.isEmpty()) {
        QString intent =
            intentName(understanding.intent) + u' ' + percent(understanding.intentConfidence);
        if (understanding.lowConfidence)
            intent = tr("unsure: %1").arg(intent);
        else if (understanding.ambiguous && !understanding.alternatives.isEmpty())
            intent =
                tr("%1 or %2").arg(intent, intentName(understanding.alternatives.first().intent));
        parts << intent;
    }
    if (!understanding.language.isEmpty())
        parts << language(understanding.language);
    QStringList mood;
    if (understanding.sentiment == u"negative" || understanding.sentiment == u"positive")
        mood << sentiment(understanding.sentiment);
    if (understanding.angry)
        mood << tr("angry");
    if (understanding.urgent)
        mood << tr("urgent");
    if (!mood.isEmpty())
        parts << mood.join(QStringLiteral(", "));
    for (const auto &entity : understanding.entities) {
        if (entity.type == u"datetime" || entity.type == u"date" || entity.type == u"time") {
            parts << QStringLiteral("📅 ") + entityValue(entity);
            break;
        }
    }
    return parts.join(QStringLiteral("  ·  "));
}

QString UnderstandingText::details(const protocol::TurnUnderstanding &understanding)
{
    QStringList lines;
    if (!understanding.intent.isEmpty()) {
        lines << tr("Intent: %1 (%2)")
                     .arg(intentName(understanding.intent),
                          percent(understanding.intentConfidence));
        if (understanding.lowConfidence)
            lines << tr("Confidence is under the threshold: treated as out of scope.");
        if (understanding.ambiguous)
            lines << tr("The runner-up is close: check before acting.");
        QStringList others;
        for (const auto &candidate : understanding.alternatives)
            others << intentName(candidate.intent) + u' ' + percent(candidate.confidence);
        if (!others.isEmpty())
            lines << tr("Also possible: %1").arg(others.join(QStringLiteral(", ")));
    }
    if (!understanding.language.isEmpty()) {
        lines << tr("Language: %1 (%2)")
                     .arg(language(understanding.language),
                          percent(understanding.languageConfidence));
    }
    if (!understanding.sentiment.isEmpty()) {
        lines << tr("Sentiment: %1").arg(sentiment(understanding.sentiment));
        if (!understanding.cues.isEmpty())
            lines << tr("Because of: %1").arg(understanding.cues.join(QStringLiteral(", ")));
    }
    for (const auto &entity : understanding.entities)
        lines << QStringLiteral("%1: %2").arg(entity.text, entityValue(entity));
    return lines.join(u'\n');
}

} // namespace sportello::console::views
