// SPDX-License-Identifier: LicenseRef-Sportello
// A count of rows in one time bucket (dashboard).
#pragma once

#include <QtGlobal>

namespace sportello::storage {

struct TimeCount
{
    qint64 at = 0; // start of the bucket, ms since the epoch (UTC)
    qint64 count = 0;
};

} // namespace sportello::storage
