// SPDX-License-Identifier: LicenseRef-Sportello
// A signed webhook payload we could not use, kept for inspection and replay.
#pragma once

#include <QByteArray>
#include <QString>

namespace sportello::storage {

struct DeadLetter
{
    qint64 id = 0;
    qint64 receivedAt = 0;
    QString reason;
    QString phoneNumberId;
    QByteArray body;
};

} // namespace sportello::storage
