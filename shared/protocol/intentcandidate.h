// SPDX-License-Identifier: MIT
// Sportello: one intent the classifier considered for a turn, with its confidence.
#pragma once

#include <QString>

namespace sportello::protocol {

struct IntentCandidate
{
    QString intent;
    double confidence = 0.0; // calibrated, 0..1
};

} // namespace sportello::protocol
