// SPDX-License-Identifier: MIT
// Sportello: one ranked chunk of a knowledge.search reply, with where it came from.
#pragma once

#include <QString>
#include <QStringList>

namespace sportello::protocol {

struct KnowledgeSearchResult
{
    qint64 chunk = 0; // the chunk's id
    qint64 documentId = 0;
    double score = 0.0; // higher is better; comparable only within one reply
    QString sourceName;
    QString documentType;
    QStringList section;
    QString question; // FAQ chunks only
    QString text;
    QString language;
};

} // namespace sportello::protocol
