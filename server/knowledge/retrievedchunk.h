// SPDX-License-Identifier: LicenseRef-Sportello
// One chunk a retriever found for a query, with where it came from.
#pragma once

#include <QString>
#include <QStringList>

namespace sportello::knowledge {

struct RetrievedChunk
{
    qint64 chunkId = 0;
    qint64 documentId = 0;
    // Higher is better; comparable only among the results of one retrieval.
    double score = 0.0;
    QStringList section; // heading path, outermost first
    QString question;    // FAQ chunks only
    QString text;
    QString sourceName;   // the document's file name, for citing it
    QString documentType; // markdown, faq, text, pdf
    QString language;     // the chunk's, empty when unknown
};

} // namespace sportello::knowledge
