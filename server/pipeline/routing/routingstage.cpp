// SPDX-License-Identifier: LicenseRef-Sportello
// Pipeline stage: decides who answers the turn.
#include "pipeline/routing/routingstage.h"

#include "pipeline/turn.h"

namespace sportello::pipeline {

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
        turn.routeReason = QStringLiteral("no automated answer available");
        break;
    }
    if (!previousRoute.isEmpty())
        turn.route = previousRoute + QStringLiteral("+") + turn.route;
    turn.finished = true;
}

} // namespace sportello::pipeline
