// SPDX-License-Identifier: LicenseRef-Sportello
// The context one turn carries through the pipeline: what came in, what was decided.
#include "pipeline/turn.h"

#include <algorithm>

namespace sportello::pipeline {

bool Turn::hasUnconsumedMessages() const
{
    return std::any_of(messages.cbegin(), messages.cend(),
                       [](const TurnMessage &m) { return !m.consumed; });
}

} // namespace sportello::pipeline
