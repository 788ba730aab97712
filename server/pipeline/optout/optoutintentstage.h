// SPDX-License-Identifier: LicenseRef-Sportello
// Pipeline stage: an opt-out said in words ("please stop writing to me") is confirmed first.
#pragma once

#include "pipeline/istage.h"

namespace sportello::pipeline {

// Keywords are unambiguous and OptOutStage acts on them at once. The intent model is not:
// when it alone says opt_out (confident and without a close runner-up), the bot asks once
// whether the customer wants no more messages; a plain yes in the next 24 hours opts out,
// any other answer settles the question and the turn goes on as usual.
class OptOutIntentStage final : public IStage
{
public:
    QString name() const override { return QStringLiteral("opt-out-intent"); }
    void run(Turn &turn) override;

    static constexpr qint64 kAnswerWindowMs = 24 * 60 * 60 * 1000;
    // A customer who answered the question is not asked again for a week: the turn goes on
    // to routing (a person sees an opt_out intent) instead of the same question every time.
    static constexpr qint64 kAskAgainAfterMs = 7 * kAnswerWindowMs;
};

} // namespace sportello::pipeline
