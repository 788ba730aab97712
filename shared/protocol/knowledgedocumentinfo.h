// SPDX-License-Identifier: MIT
// Sportello: one document of a business's knowledge base (knowledge.list, knowledge.changed).
#pragma once

#include <QString>

namespace sportello::protocol {

struct KnowledgeDocumentInfo
{
    qint64 id = 0;
    QString sourceName; // the file name it was imported as; a re-upload of it replaces it
    QString type;       // markdown, faq, text, pdf
    QString title;
    QString language; // ISO 639-1 of most chunks, empty when unknown
    int chunkCount = 0;
    qint64 updatedAt = 0; // ms
    QString createdBy;    // user name, empty for the command line
};

} // namespace sportello::protocol
