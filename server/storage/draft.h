// SPDX-License-Identifier: LicenseRef-Sportello
// A proposed reply waiting for (or past) an agent's review: one row of drafts.
#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "protocol/draftsource.h"

namespace sportello::storage {

struct Draft
{
    qint64 id = 0;
    qint64 conversationId = 0;
    std::optional<qint64> turnId;
    QString text; // as proposed
    QString intent;
    double confidence = 0;
    QList<protocol::DraftSource> sources;
    QString state = QStringLiteral("pending"); // pending, approved, edited, rejected
    QString finalText;                         // what was sent
    QString resolvedBy;                        // agent:<name>
    std::optional<qint64> outboxId;
    qint64 createdAt = 0;
    std::optional<qint64> resolvedAt;
};

} // namespace sportello::storage
