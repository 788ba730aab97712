// SPDX-License-Identifier: LicenseRef-Sportello
// The one gate every outgoing message passes before the durable outbox.
#include "outbox/outboxgate.h"

#include <QDateTime>

#include "config/businessconfig.h"

namespace sportello::outbox {

namespace {
GateDecision refuse(const QString &code, const QString &reason)
{
    return {GateDecision::Verdict::Refuse, code, reason};
}

GateDecision checkTemplate(const whatsapp::TemplateContent &content,
                           const config::BusinessConfig &business)
{
    const auto definition = business.findTemplate(content.name, content.languageCode);
    if (!definition) {
        return refuse(QStringLiteral("unknown_template"),
                      QStringLiteral("template \"%1\" in language \"%2\" is not configured for "
                                     "this business")
                          .arg(content.name, content.languageCode));
    }
    auto mismatch = [&](const QString &component, int expected, qsizetype got) {
        return refuse(QStringLiteral("template_parameters"),
                      QStringLiteral("template \"%1\" %2 takes %3 parameter(s), got %4")
                          .arg(content.name, component)
                          .arg(expected)
                          .arg(got));
    };
    if (content.headerParameters.size() != definition->headerParameters)
        return mismatch(QStringLiteral("header"), definition->headerParameters,
                        content.headerParameters.size());
    if (content.bodyParameters.size() != definition->bodyParameters)
        return mismatch(QStringLiteral("body"), definition->bodyParameters,
                        content.bodyParameters.size());
    for (const auto &button : content.buttons) {
        if (button.index < 0 || button.index >= definition->buttonParameters.size()) {
            return refuse(QStringLiteral("template_parameters"),
                          QStringLiteral("template \"%1\" has no button %2")
                              .arg(content.name)
                              .arg(button.index));
        }
        const int expected = definition->buttonParameters.at(button.index);
        if (button.parameters.size() != expected)
            return mismatch(QStringLiteral("button %1").arg(button.index), expected,
                            button.parameters.size());
    }
    return {};
}
} // namespace

GateDecision OutboxGate::check(const OutboundRequest &request,
                               const config::BusinessConfig &business, const GateContext &context)
{
    const auto *templ = std::get_if<whatsapp::TemplateContent>(&request.message.content);
    const bool confirmsPreference =
        request.purpose == u"optout_confirmation" || request.purpose == u"optin_confirmation";

    if (context.optedOut && !confirmsPreference) {
        // After STOP nothing is pushed to the customer; a reply to something they wrote
        // after opting out is a conversation they started, and stays possible.
        const bool wroteSince = context.lastCustomerTimestamp && context.optedOutAt &&
                                *context.lastCustomerTimestamp * 1000 > *context.optedOutAt;
        if (templ || !wroteSince) {
            return refuse(QStringLiteral("opted_out"),
                          QStringLiteral("the customer opted out of messages from this business"));
        }
    }

    if (templ)
        return checkTemplate(*templ, business);

    // Free-form: only inside the customer service window, measured from the customer's own
    // timestamp (a late webhook must not make a closed window look open).
    if (!context.lastCustomerTimestamp) {
        return {GateDecision::Verdict::NeedsTemplate, QStringLiteral("window_closed"),
                QStringLiteral("the customer has never written: only a template can start the "
                               "conversation")};
    }
    const qint64 closesAt = (*context.lastCustomerTimestamp + kWindowSeconds) * 1000;
    if (context.now >= closesAt) {
        return {GateDecision::Verdict::NeedsTemplate, QStringLiteral("window_closed"),
                QStringLiteral("the 24-hour customer service window closed at %1: send a template")
                    .arg(QDateTime::fromMSecsSinceEpoch(closesAt, Qt::UTC).toString(Qt::ISODate))};
    }
    return {};
}

} // namespace sportello::outbox
