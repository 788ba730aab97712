// SPDX-License-Identifier: LicenseRef-Sportello
// Reads a PDF's text layer (Poppler) into chunks of whole paragraphs.
#pragma once

#include <optional>

#include <QByteArray>
#include <QString>

#include "knowledge/parseddocument.h"
#include "knowledge/parsers/parseoptions.h"

namespace sportello::knowledge {

// Lines are rebuilt from the words' positions and a paragraph ends where the gap to the next
// line is larger than half a line (or the text jumps back up, to a new column). Its lines are
// joined with a space, or with none after a line-ending hyphen, which is kept. Paragraphs are
// packed by TextPacker. When the PDF has an outline (bookmarks) each chunk's section is the
// path of the last bookmark at or above its text, else ["Page N"]; chunks never straddle two
// sections. The title is the document's Title property. Password-protected or damaged files
// are errors naming the file; a PDF without a text layer (a scan) yields no chunks and a
// warning.
class PdfParser
{
public:
    static std::optional<ParsedDocument> parse(const QByteArray &content, const QString &source,
                                               const ParseOptions &options, QString *error);
};

} // namespace sportello::knowledge
