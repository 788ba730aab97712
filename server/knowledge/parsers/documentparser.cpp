// SPDX-License-Identifier: LicenseRef-Sportello
// Turns a business's document (Markdown, FAQ, text or PDF) into chunks: the one entry point.
#include "knowledge/parsers/documentparser.h"

#include <QFile>
#include <QFileInfo>

#include "knowledge/knowledgelog.h"
#include "knowledge/parsers/chunkmetadata.h"
#include "knowledge/parsers/faqparser.h"
#include "knowledge/parsers/markdownparser.h"
#include "knowledge/parsers/pdfparser.h"
#include "knowledge/parsers/sourcetext.h"
#include "knowledge/parsers/textparser.h"

namespace sportello::knowledge {

namespace {

// Below this a chunk is a sentence fragment, too little context to answer from.
constexpr int kMinChunkChars = 200;

QString checkOptions(const ParseOptions &options)
{
    if (options.maxChunkChars < kMinChunkChars)
        return QStringLiteral("maxChunkChars is %1; it must be at least %2")
            .arg(options.maxChunkChars)
            .arg(kMinChunkChars);
    if (options.overlapChars < 0 || options.overlapChars * 2 >= options.maxChunkChars)
        return QStringLiteral("overlapChars is %1; it must be from 0 to less than half of "
                              "maxChunkChars (%2)")
            .arg(options.overlapChars)
            .arg(options.maxChunkChars);
    if (!options.language.trimmed().isEmpty() &&
        ChunkMetadata::languageCode(options.language).isEmpty())
        return QStringLiteral("language \"%1\" is not a language code (it, en, es, fr, de...)")
            .arg(options.language);
    if (options.validFrom && options.validUntil && *options.validFrom > *options.validUntil)
        return QStringLiteral("valid from %1 is after valid until %2")
            .arg(options.validFrom->toString(Qt::ISODate),
                 options.validUntil->toString(Qt::ISODate));
    return {};
}

QString acceptedList()
{
    return QStringLiteral(".md, .markdown (markdown); .csv, .tsv, .json, .jsonl, .ndjson (faq); "
                          ".txt, .text (text); .pdf (pdf)");
}

} // namespace

QStringList DocumentParser::types()
{
    return {QStringLiteral("markdown"), QStringLiteral("faq"), QStringLiteral("text"),
            QStringLiteral("pdf")};
}

QString DocumentParser::typeForFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"md" || suffix == u"markdown")
        return QStringLiteral("markdown");
    if (suffix == u"csv" || suffix == u"tsv" || suffix == u"json" || suffix == u"jsonl" ||
        suffix == u"ndjson")
        return QStringLiteral("faq");
    if (suffix == u"txt" || suffix == u"text")
        return QStringLiteral("text");
    if (suffix == u"pdf")
        return QStringLiteral("pdf");
    return {};
}

std::optional<ParsedDocument> DocumentParser::parse(const QString &path,
                                                    const ParseOptions &options, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return parse(file.readAll(), path, options, error);
}

std::optional<ParsedDocument> DocumentParser::parse(const QByteArray &content,
                                                    const QString &fileName,
                                                    const ParseOptions &options, QString *error)
{
    if (const QString problem = checkOptions(options); !problem.isEmpty()) {
        *error = QStringLiteral("%1: %2").arg(fileName, problem);
        return std::nullopt;
    }
    QString type = options.type.trimmed().toLower();
    if (!type.isEmpty() && !types().contains(type)) {
        *error = QStringLiteral("%1: unknown document type \"%2\" (accepted: %3)")
                     .arg(fileName, options.type, types().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (type.isEmpty())
        type = typeForFileName(fileName);
    if (type.isEmpty()) {
        const QString suffix = QFileInfo(fileName).suffix();
        *error = QStringLiteral("%1: cannot tell the document type from %2 (accepted: %3; or "
                                "name the type: %4)")
                     .arg(fileName,
                          suffix.isEmpty() ? QStringLiteral("a name without an extension")
                                           : QStringLiteral("the extension \".%1\"").arg(suffix),
                          acceptedList(), types().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (type != u"pdf" && SourceText::looksBinary(content)) {
        *error = QStringLiteral("%1: binary data, not a %2 document (%3)")
                     .arg(fileName, type,
                          content.startsWith("%PDF-")
                              ? QStringLiteral("it is a PDF: import it as pdf")
                              : QStringLiteral("a word processor or spreadsheet file? save it as "
                                               "text, Markdown or CSV"));
        return std::nullopt;
    }
    std::optional<ParsedDocument> document;
    if (type == u"markdown")
        document = MarkdownParser::parse(content, fileName, options);
    else if (type == u"faq")
        document = FaqParser::parse(content, fileName, options, error);
    else if (type == u"text")
        document = TextParser::parse(content, fileName, options);
    else
        document = PdfParser::parse(content, fileName, options, error);
    if (!document)
        return std::nullopt;
    if (document->chunks.isEmpty()) {
        // The warnings say why (every FAQ row skipped, a scanned PDF); an empty document
        // would only hide them.
        *error = QStringLiteral("%1: nothing to import").arg(fileName);
        const QStringList &warnings = document->warnings;
        if (!warnings.isEmpty())
            *error += QStringLiteral(" (%1%2)").arg(
                warnings.mid(0, 5).join(QStringLiteral("; ")),
                warnings.size() > 5 ? QStringLiteral("; and %1 more").arg(warnings.size() - 5)
                                    : QString());
        return std::nullopt;
    }
    qCDebug(lcKnowledge) << "parsed" << fileName << "as" << type << "into"
                         << document->chunks.size() << "chunks," << document->warnings.size()
                         << "warnings";
    return document;
}

} // namespace sportello::knowledge
