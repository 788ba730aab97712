// SPDX-License-Identifier: MIT
// Sportello: data of sync: where the console's event stream stopped.
#pragma once

#include <QString>

namespace sportello::protocol {

struct SyncRequest
{
    QString epoch; // empty: the console has no state yet (the reply is a snapshot)
    qint64 afterSeq = 0;
};

} // namespace sportello::protocol
