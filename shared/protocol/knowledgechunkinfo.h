// SPDX-License-Identifier: MIT
// Sportello: one retrievable piece of a knowledge-base document (knowledge.chunks).
#pragma once

#include <QString>
#include <QStringList>

namespace sportello::protocol {

struct KnowledgeChunkInfo
{
    qint64 id = 0;
    int ordinal = 0;     // position in its document, from 0
    QStringList section; // heading path, outermost first
    QString question;    // FAQ chunks only
    QString text;
    QString language;
    // "YYYY-MM-DD", inclusive; empty = open-ended.
    QString validFrom;
    QString validUntil;
};

} // namespace sportello::protocol
