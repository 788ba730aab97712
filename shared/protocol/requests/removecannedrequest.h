// SPDX-License-Identifier: MIT
// Sportello: data of canned.remove.
#pragma once

#include <QtGlobal>

namespace sportello::protocol {

struct RemoveCannedRequest
{
    qint64 id = 0;
};

} // namespace sportello::protocol
