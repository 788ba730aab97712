// SPDX-License-Identifier: LicenseRef-Sportello
// Turns a business's document (Markdown, FAQ, text or PDF) into chunks: the one entry point.
#pragma once

#include <optional>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "knowledge/parseddocument.h"
#include "knowledge/parsers/parseoptions.h"

namespace sportello::knowledge {

// Picks the parser from options.type when set, else from the file name's extension:
// .md .markdown → markdown; .csv .tsv .json .jsonl .ndjson → faq; .txt .text → text;
// .pdf → pdf. Errors name the file; so do the warnings of a document that did parse.
class DocumentParser
{
public:
    // markdown, faq, text, pdf.
    static QStringList types();
    // The type for a file name's extension, empty when none fits.
    static QString typeForFileName(const QString &fileName);

    static std::optional<ParsedDocument> parse(const QString &path, const ParseOptions &options,
                                               QString *error);
    // An upload: `fileName` picks the type (unless options.type says) and names it in errors.
    static std::optional<ParsedDocument> parse(const QByteArray &content, const QString &fileName,
                                               const ParseOptions &options, QString *error);
};

} // namespace sportello::knowledge
