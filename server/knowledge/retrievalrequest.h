// SPDX-License-Identifier: LicenseRef-Sportello
// What to look up in a business's knowledge base, and which chunks may answer.
#pragma once

#include <QDate>
#include <QString>

namespace sportello::knowledge {

struct RetrievalRequest
{
    QString phoneNumberId;
    QString query;
    // The query's language (ISO 639-1), which picks stemmer and stop words; empty when
    // unknown: the query is then only folded and tokenised.
    QString language;
    // Only chunks in this language; empty: any.
    QString onlyLanguage;
    // Chunks not valid on this date are never returned; invalid: today.
    QDate date;
    // Only chunks of documents of this type (markdown, faq, text, pdf); empty: any.
    QString documentType;
    int topK = 5;
};

} // namespace sportello::knowledge
