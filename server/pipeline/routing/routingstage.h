// SPDX-License-Identifier: LicenseRef-Sportello
// Pipeline stage: decides who answers the turn.
#pragma once

#include "pipeline/istage.h"
#include "protocol/turnunderstanding.h"

namespace sportello::pipeline {

// Until retrieval and generation stages exist there is nothing the bot can answer safely, so
// every turn goes to the human queue; a conversation a human owns stays theirs and the bot
// stays silent. What the turn was understood to be decides the reason agents see (angry and
// urgent customers first), so the queue can be worked in the right order.
class RoutingStage final : public IStage
{
public:
    QString name() const override { return QStringLiteral("routing"); }
    void run(Turn &turn) override;

    // "angry customer", "urgent", "customer asked for a person", "complaint", "no automated
    // answer for pricing_inquiry", "not understood", ...
    static QString escalationReason(const protocol::TurnUnderstanding &understanding);
};

} // namespace sportello::pipeline
