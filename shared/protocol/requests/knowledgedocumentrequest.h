// SPDX-License-Identifier: MIT
// Sportello: data of knowledge.chunks and knowledge.remove: one document of a business.
#pragma once

#include <QString>

namespace sportello::protocol {

struct KnowledgeDocumentRequest
{
    QString phoneNumberId; // empty: the first configured business
    qint64 documentId = 0;
};

} // namespace sportello::protocol
