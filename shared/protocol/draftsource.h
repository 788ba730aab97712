// SPDX-License-Identifier: MIT
// Sportello: a knowledge chunk a draft reply cites.
#pragma once

#include <QString>

namespace sportello::protocol {

struct DraftSource
{
    QString title;
    QString snippet;
    double score = 0;
};

} // namespace sportello::protocol
