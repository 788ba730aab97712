// SPDX-License-Identifier: LicenseRef-Sportello
// One retrievable piece of a knowledge-base document as stored.
#pragma once

#include <optional>

#include <QDate>
#include <QString>
#include <QStringList>

namespace sportello::storage {

struct KnowledgeChunk
{
    qint64 id = 0;
    qint64 documentId = 0;
    QString phoneNumberId;
    int ordinal = 0;
    QStringList section; // heading path, outermost first
    QString question;    // FAQ chunks only
    QString text;
    QString language;
    // Inclusive; unset = open-ended. Outside them the chunk is never retrieved.
    std::optional<QDate> validFrom;
    std::optional<QDate> validUntil;
    QString contentHash; // lower-case hex SHA-256
    qint64 updatedAt = 0;
};

} // namespace sportello::storage
