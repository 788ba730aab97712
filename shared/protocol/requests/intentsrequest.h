// SPDX-License-Identifier: MIT
// Sportello: data of intents.get.
#pragma once

#include <QString>

namespace sportello::protocol {

struct IntentsRequest
{
    QString phoneNumberId; // empty: the first configured business
};

} // namespace sportello::protocol
