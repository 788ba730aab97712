// SPDX-License-Identifier: LicenseRef-Sportello
// Cuts a plain text document into chunks of whole paragraphs.
#pragma once

#include <QByteArray>
#include <QString>

#include "knowledge/parseddocument.h"
#include "knowledge/parsers/parseoptions.h"

namespace sportello::knowledge {

// Paragraphs are separated by blank lines and packed by TextPacker. Plain text has no
// headings, so chunks have no section and the document no title; language and validity come
// from the options.
class TextParser
{
public:
    static ParsedDocument parse(const QByteArray &content, const QString &source,
                                const ParseOptions &options);
};

} // namespace sportello::knowledge
