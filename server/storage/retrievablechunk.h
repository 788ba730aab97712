// SPDX-License-Identifier: LicenseRef-Sportello
// A chunk that may answer a query now, with its document's name and type for citing it.
#pragma once

#include <QString>
#include <QStringList>

namespace sportello::storage {

struct RetrievableChunk
{
    qint64 chunkId = 0;
    qint64 documentId = 0;
    QStringList section;
    QString question;
    QString text;
    QString language;
    QString sourceName;
    QString documentType;
};

} // namespace sportello::storage
