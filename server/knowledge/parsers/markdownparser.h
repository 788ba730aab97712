// SPDX-License-Identifier: LicenseRef-Sportello
// Cuts a Markdown document into chunks, one section (or part of one) each.
#pragma once

#include <QByteArray>
#include <QString>

#include "knowledge/parseddocument.h"
#include "knowledge/parsers/parseoptions.h"

namespace sportello::knowledge {

// Sections start at ATX headings (# to ######) and setext headings (a line of = or - under a
// paragraph); lines inside ``` or ~~~ fences are never headings. Each chunk's section is the
// path of enclosing headings, outermost first; a section longer than maxChunkChars is packed
// by TextPacker; a section with no text of its own is skipped.
//
// An optional front matter block opens the document between two "---" lines, with
// `title:`, `language:`, `valid_from:` and `valid_until:` (ISO dates); other keys are
// ignored. The title is otherwise the first level-1 heading.
//
// A section's own language and validity go in an HTML comment on the heading's line or right
// under it, before its text:
//     ## Promozione estate
//     <!-- valid_from: 2026-06-01 valid_until: 2026-08-31 -->
// and hold for its subsections unless they say otherwise. HTML comments never reach the
// chunks (authors hide notes in them); a validity comment anywhere else is ignored with a
// warning. Bad dates and languages are ignored with a warning naming the line.
class MarkdownParser
{
public:
    static ParsedDocument parse(const QByteArray &content, const QString &source,
                                const ParseOptions &options);
};

} // namespace sportello::knowledge
