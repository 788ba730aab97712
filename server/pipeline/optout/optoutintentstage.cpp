// SPDX-License-Identifier: LicenseRef-Sportello
// Pipeline stage: an opt-out said in words ("please stop writing to me") is confirmed first.
#include "pipeline/optout/optoutintentstage.h"

#include "config/businessconfig.h"
#include "pipeline/optout/optoutkeywords.h"
#include "pipeline/optout/optoutstage.h"
#include "pipeline/turn.h"

namespace sportello::pipeline {

void OptOutIntentStage::run(Turn &turn)
{
    if (turn.contact.optedOut)
        return;
    const QString language = OptOutStage::confirmationLanguage(turn, turn.language);

    if (turn.contact.optOutAskedAt) {
        // Whatever the answer, the question is settled by this turn.
        turn.setOptOutAskedAt = std::optional<qint64>();
        const bool inTime = turn.now - *turn.contact.optOutAskedAt <= kAnswerWindowMs;
        if (inTime && OptOutKeywords::isAffirmative(turn.text())) {
            turn.setOptedOut = true;
            turn.route = QStringLiteral("opt_out");
            turn.routeReason = QStringLiteral("customer confirmed they want no more messages");
            turn.replies.append({whatsapp::TextContent{OptOutStage::customerText(
                                     turn, turn.business->optOutConfirmation, language)},
                                 QStringLiteral("optout_confirmation"), QStringLiteral("system"),
                                 QString(), QStringLiteral("optout"), false});
            for (auto &message : turn.messages)
                message.consumed = true;
            turn.finished = true;
            return;
        }
    }

    const auto &understanding = turn.understanding;
    if (understanding.intent != u"opt_out" || understanding.lowConfidence ||
        understanding.ambiguous) {
        return;
    }
    if (turn.contact.optOutLastAskedAt &&
        turn.now - *turn.contact.optOutLastAskedAt < kAskAgainAfterMs) {
        return;
    }
    turn.setOptOutAskedAt = std::optional<qint64>(turn.now);
    turn.route = QStringLiteral("opt_out_question");
    turn.routeReason = QStringLiteral("the customer may want no more messages (opt_out %1%)")
                           .arg(qRound(understanding.intentConfidence * 100));
    turn.replies.append({whatsapp::TextContent{OptOutStage::customerText(
                             turn, turn.business->optOutQuestion, language)},
                         QStringLiteral("optout_question"), QStringLiteral("system"), QString(),
                         QStringLiteral("optout_question"), false});
    turn.finished = true;
}

} // namespace sportello::pipeline
