// SPDX-License-Identifier: LicenseRef-Sportello
// Pipeline stage: decides who answers the turn.
#include "pipeline/routing/routingstage.h"

#include "pipeline/turn.h"

namespace sportello::pipeline {

QString RoutingStage::escalationReason(const protocol::TurnUnderstanding &understanding)
{
    const bool sure = !understanding.intent.isEmpty() && !understanding.lowConfidence;
    if (understanding.angry)
        return QStringLiteral("angry customer");
    if (understanding.urgent || (sure && understanding.intent == u"emergency"))
        return QStringLiteral("urgent");
    if (sure && understanding.intent == u"human_request")
        return QStringLiteral("customer asked for a person");
    if (sure && understanding.intent == u"complaint")
        return QStringLiteral("complaint");
    if (sure)
        return QStringLiteral("no automated answer for %1").arg(understanding.intent);
    if (!understanding.intent.isEmpty())
        return QStringLiteral("not understood");
    return QStringLiteral("no automated answer available");
}

void RoutingStage::run(Turn &turn)
{
    const QString previousRoute = turn.route;
    switch (turn.conversation.owner) {
    case ConversationOwner::Human:
        turn.route = QStringLiteral("human");
        turn.routeReason = QStringLiteral("an agent owns the conversation");
        break;
    case ConversationOwner::PendingHuman:
        turn.route = QStringLiteral("human");
        turn.routeReason = QStringLiteral("already waiting for an agent");
        break;
    case ConversationOwner::Bot:
    case ConversationOwner::Closed:
        turn.route = QStringLiteral("human");
        turn.newOwner = ConversationOwner::PendingHuman;
        turn.routeReason = escalationReason(turn.understanding);
        break;
    }
    if (!previousRoute.isEmpty())
        turn.route = previousRoute + QStringLiteral("+") + turn.route;
    turn.finished = true;
}

} // namespace sportello::pipeline
