// SPDX-License-Identifier: MIT
// Sportello: a proposed reply waiting for an agent's review.
#pragma once

#include <QList>
#include <QString>

#include "protocol/draftsource.h"

namespace sportello::protocol {

struct DraftInfo
{
    qint64 id = 0;
    qint64 conversationId = 0;
    QString text;
    QString intent;
    double confidence = 0;
    QList<DraftSource> sources;
    QString state; // pending, approved, edited, rejected
    qint64 createdAt = 0; // ms
};

} // namespace sportello::protocol
