// SPDX-License-Identifier: LicenseRef-Sportello
// A count of rows sharing one key (dashboard breakdowns).
#pragma once

#include <QString>

namespace sportello::storage {

struct KeyCount
{
    QString key;
    qint64 count = 0;
};

} // namespace sportello::storage
