// SPDX-License-Identifier: LicenseRef-Sportello
// One chunk found by a lexical search, with its score.
#pragma once

#include <QString>
#include <QStringList>

namespace sportello::storage {

struct LexicalHit
{
    qint64 chunkId = 0;
    qint64 documentId = 0;
    double score = 0.0; // BM25, higher is better; comparable within one search only
    QStringList section;
    QString question;
    QString text;
    QString language;
    QString sourceName;
    QString documentType;
};

} // namespace sportello::storage
