// SPDX-License-Identifier: LicenseRef-Sportello
// One customer message inside a turn: the stored row and its typed content.
#pragma once

#include "storage/storedinbound.h"
#include "whatsapp/webhookpayload.h"

namespace sportello::pipeline {

struct TurnMessage
{
    storage::StoredInbound stored;
    whatsapp::InboundMessage message;
    bool consumed = false; // a stage fully handled it (e.g. an opt-out keyword)
};

} // namespace sportello::pipeline
