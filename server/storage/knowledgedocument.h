// SPDX-License-Identifier: LicenseRef-Sportello
// One document of a business's knowledge base as stored.
#pragma once

#include <QString>

namespace sportello::storage {

struct KnowledgeDocument
{
    qint64 id = 0;
    QString phoneNumberId;
    // The file name as imported; the key a re-import replaces.
    QString sourceName;
    QString type; // markdown, faq, text, pdf
    QString title;
    QString contentHash; // lower-case hex SHA-256
    QString language;    // ISO 639-1 of most chunks, empty when unknown
    int chunkCount = 0;  // set by KnowledgeRepository::replaceDocument
    QString createdBy;   // user name, or empty for the command line
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

} // namespace sportello::storage
