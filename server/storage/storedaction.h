// SPDX-License-Identifier: LicenseRef-Sportello
// A console action's reply, kept so that a replayed request is answered, not repeated.
#pragma once

#include <QByteArray>
#include <QString>

namespace sportello::storage {

struct StoredAction
{
    QString type;         // the request type ("message.send")
    QByteArray replyJson; // the encoded reply or error frame, sent again as it is
    qint64 createdAt = 0;
};

} // namespace sportello::storage
