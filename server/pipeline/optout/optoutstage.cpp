// SPDX-License-Identifier: LicenseRef-Sportello
// Pipeline stage: honours STOP-style keywords (and START) before anything else.
#include "pipeline/optout/optoutstage.h"

#include "config/businessconfig.h"
#include "pipeline/language/phonelanguage.h"
#include "pipeline/optout/optoutkeywords.h"
#include "pipeline/turn.h"

namespace sportello::pipeline {

namespace {
bool carriesText(MessageType type)
{
    return type == MessageType::Text || type == MessageType::Button ||
           type == MessageType::Interactive;
}
} // namespace

QString OptOutStage::customerText(const Turn &turn, const QMap<QString, QString> &texts,
                                  const QString &language)
{
    if (texts.contains(language))
        return texts.value(language);
    if (texts.contains(turn.business->defaultLanguage))
        return texts.value(turn.business->defaultLanguage);
    return texts.value(QStringLiteral("en"));
}

QString OptOutStage::confirmationLanguage(const Turn &turn, const QString &keywordLanguage)
{
    const QStringList &served = turn.business->languages;
    if (!keywordLanguage.isEmpty() && served.contains(keywordLanguage))
        return keywordLanguage;
    if (!turn.contact.language.isEmpty() && served.contains(turn.contact.language))
        return turn.contact.language;
    if (!turn.language.isEmpty() && served.contains(turn.language))
        return turn.language;
    const QString byPhone = PhoneLanguage::guess(turn.contact.waId, served);
    return byPhone.isEmpty() ? turn.business->defaultLanguage : byPhone;
}

void OptOutStage::run(Turn &turn)
{
    // Only the last keyword counts: "STOP" then "START" in one burst means subscribed.
    std::optional<KeywordMatch> last;
    TurnMessage *lastMessage = nullptr;
    for (auto &message : turn.messages) {
        if (!carriesText(message.message.type))
            continue;
        if (auto match = OptOutKeywords::match(message.message.text)) {
            message.consumed = true;
            last = match;
            lastMessage = &message;
        }
    }
    if (!last)
        return;

    bool optedOut = turn.contact.optedOut;
    const QString language = confirmationLanguage(turn, last->language);
    if (last->kind == KeywordMatch::Kind::OptOut && !optedOut) {
        turn.setOptedOut = true;
        turn.route = QStringLiteral("opt_out");
        turn.routeReason = QStringLiteral("customer sent %1").arg(last->keyword);
        turn.replies.append(
            {whatsapp::TextContent{customerText(turn, turn.business->optOutConfirmation, language)},
             QStringLiteral("optout_confirmation"), QStringLiteral("system"), QString(),
             QStringLiteral("optout"), false});
    } else if (last->kind == KeywordMatch::Kind::OptIn && optedOut) {
        turn.setOptedOut = false;
        turn.route = QStringLiteral("opt_in");
        turn.routeReason = QStringLiteral("customer sent %1").arg(last->keyword);
        turn.replies.append(
            {whatsapp::TextContent{customerText(turn, turn.business->optInConfirmation, language)},
             QStringLiteral("optin_confirmation"), QStringLiteral("system"), QString(),
             QStringLiteral("optin"), false});
    } else if (last->kind == KeywordMatch::Kind::OptIn) {
        // START from someone who never opted out is an ordinary message.
        lastMessage->consumed = false;
    } else {
        turn.route = QStringLiteral("opt_out");
        turn.routeReason =
            QStringLiteral("repeated %1 from a contact already opted out").arg(last->keyword);
    }
    if (turn.language.isEmpty() && !last->language.isEmpty())
        turn.language = last->language;
    if (!turn.hasUnconsumedMessages())
        turn.finished = true;
}

} // namespace sportello::pipeline
