// SPDX-License-Identifier: LicenseRef-Sportello
// One chunk's lexical index row with what lexical search filters on, for an in-memory index.
#pragma once

#include <QDate>
#include <QString>

namespace sportello::storage {

struct LexicalRow
{
    qint64 chunkId = 0;
    // The analysed columns as stored: space-separated tokens (see LexicalFields).
    QString question;
    QString section;
    QString body;
    QString exact;
    QString pairs;
    QString language;
    QDate validFrom; // invalid: no bound
    QDate validUntil;
    QString documentType;
};

} // namespace sportello::storage
