// SPDX-License-Identifier: LicenseRef-Sportello
// An extractive answer: an FAQ's own answer proposed for a query, with what it cites.
#pragma once

#include <QString>

#include "knowledge/retrievedchunk.h"

namespace sportello::knowledge {

struct FaqDraft
{
    QString text; // the FAQ's answer, as written
    double confidence = 0.0;
    RetrievedChunk source;
    // "faq.csv › Prices › How much is a cleaning?": the document, the heading path and the
    // question, for agents to see where the answer comes from.
    QString sourceTitle;
    QString snippet; // the start of the answer, cut on a word
};

} // namespace sportello::knowledge
