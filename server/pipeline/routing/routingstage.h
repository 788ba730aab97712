// SPDX-License-Identifier: LicenseRef-Sportello
// Pipeline stage: decides who answers the turn.
#pragma once

#include "pipeline/istage.h"

namespace sportello::pipeline {

// Until understanding and generation stages exist there is nothing the bot can answer
// safely, so every turn goes to the human queue; a conversation a human owns stays theirs
// and the bot stays silent.
class RoutingStage final : public IStage
{
public:
    QString name() const override { return QStringLiteral("routing"); }
    void run(Turn &turn) override;
};

} // namespace sportello::pipeline
