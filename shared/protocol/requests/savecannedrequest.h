// SPDX-License-Identifier: MIT
// Sportello: data of canned.save (id 0 adds a new one).
#pragma once

#include "protocol/cannedresponse.h"

namespace sportello::protocol {

struct SaveCannedRequest
{
    CannedResponse canned; // title trimmed, 1-100 characters; text trimmed, 1-4096
};

} // namespace sportello::protocol
