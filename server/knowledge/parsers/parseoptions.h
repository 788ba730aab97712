// SPDX-License-Identifier: LicenseRef-Sportello
// What the caller says about a document it hands to DocumentParser.
#pragma once

#include <optional>

#include <QDate>
#include <QString>

namespace sportello::knowledge {

struct ParseOptions
{
    // markdown, faq, text or pdf; empty = from the file name's extension.
    QString type;
    // Longest chunk the packers make, in UTF-16 units. A single word longer than this (a URL)
    // stays whole rather than being cut. FAQ pairs are never split.
    int maxChunkChars = 1200;
    // How much of a chunk's end the next chunk of the same section repeats, so a fact cut at
    // a chunk boundary is still whole in one of them. Less than half of maxChunkChars.
    int overlapChars = 150;
    // For chunks whose source names no language (front matter, a column); empty = detect at
    // import.
    QString language;
    // For chunks whose source gives no validity of its own; unset = open-ended.
    std::optional<QDate> validFrom;
    std::optional<QDate> validUntil;
};

} // namespace sportello::knowledge
