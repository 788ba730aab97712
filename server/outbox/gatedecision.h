// SPDX-License-Identifier: LicenseRef-Sportello
// The outbox gate's verdict on one outgoing message.
#pragma once

#include <QString>

#include "domain/deliverystatus.h"

namespace sportello::outbox {

struct GateDecision
{
    enum class Verdict
    {
        Allow,
        NeedsTemplate, // free-form outside the 24h window
        Refuse,        // opted out, unknown template, wrong parameter count, invalid message
    };
    Verdict verdict = Verdict::Allow;
    QString code;   // machine-readable: window_closed, opted_out, template_parameters, ...
    QString reason; // for agents and logs; names the field or rule

    bool allowed() const { return verdict == Verdict::Allow; }
    DeliveryStatus status() const
    {
        switch (verdict) {
        case Verdict::Allow:
            return DeliveryStatus::Queued;
        case Verdict::NeedsTemplate:
            return DeliveryStatus::NeedsTemplate;
        case Verdict::Refuse:
            return DeliveryStatus::Refused;
        }
        return DeliveryStatus::Refused;
    }
};

} // namespace sportello::outbox
