// SPDX-License-Identifier: MIT
// Sportello: a saved reply agents insert into the composer.
#pragma once

#include <QString>

namespace sportello::protocol {

struct CannedResponse
{
    qint64 id = 0; // 0: not saved yet
    QString title;
    QString text;
    QString language;
};

} // namespace sportello::protocol
