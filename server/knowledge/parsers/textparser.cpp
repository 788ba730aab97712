// SPDX-License-Identifier: LicenseRef-Sportello
// Cuts a plain text document into chunks of whole paragraphs.
#include "knowledge/parsers/textparser.h"

#include "knowledge/parsers/chunkmetadata.h"
#include "knowledge/parsers/sourcetext.h"
#include "knowledge/parsers/textpacker.h"

namespace sportello::knowledge {

ParsedDocument TextParser::parse(const QByteArray &content, const QString &source,
                                 const ParseOptions &options)
{
    ParsedDocument document;
    document.type = QStringLiteral("text");
    const QString text = SourceText::decode(content, source, &document.warnings);
    const ChunkMetadata metadata = ChunkMetadata::fromOptions(options);
    const TextPacker packer(options.maxChunkChars, options.overlapChars);
    for (const QString &chunkText : packer.pack(TextPacker::paragraphs(text))) {
        ChunkDraft chunk;
        chunk.ordinal = static_cast<int>(document.chunks.size());
        chunk.text = chunkText;
        metadata.applyTo(&chunk);
        document.chunks.append(chunk);
    }
    return document;
}

} // namespace sportello::knowledge
