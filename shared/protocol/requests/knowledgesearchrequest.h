// SPDX-License-Identifier: MIT
// Sportello: data of knowledge.search: try a query against a business's knowledge base.
#pragma once

#include <QString>

namespace sportello::protocol {

struct KnowledgeSearchRequest
{
    QString phoneNumberId; // empty: the first configured business
    QString query;
    QString mode;     // bm25, dense or hybrid; empty: the business's configured mode
    int topK = 0;     // 0: the business's top_k
    QString language; // the query's (ISO 639-1); empty: detected
};

} // namespace sportello::protocol
