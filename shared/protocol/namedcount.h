// SPDX-License-Identifier: MIT
// Sportello: a label with a count, for dashboard breakdowns.
#pragma once

#include <QString>

namespace sportello::protocol {

struct NamedCount
{
    QString name;
    int count = 0;
};

} // namespace sportello::protocol
