// SPDX-License-Identifier: LicenseRef-Sportello
// One retrievable piece of a document as a parser cut it, before it is stored.
#pragma once

#include <optional>

#include <QDate>
#include <QString>
#include <QStringList>

namespace sportello::knowledge {

struct ChunkDraft
{
    // Position in the document, from 0; stable for an unchanged document.
    int ordinal = 0;
    // Heading path, outermost first ("Prices" > "Whitening"); empty for text without headings.
    QStringList section;
    // FAQ chunks only: the question, indexed as its own field; `text` is then the answer.
    QString question;
    QString text;
    // it, en, es, fr, de... when the source says so; empty = detect at import.
    QString language;
    // Outside [validFrom, validUntil] the chunk is never retrieved; unset = open-ended.
    std::optional<QDate> validFrom;
    std::optional<QDate> validUntil;
};

} // namespace sportello::knowledge
