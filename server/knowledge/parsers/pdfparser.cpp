// SPDX-License-Identifier: LicenseRef-Sportello
// Reads a PDF's text layer (Poppler) into chunks of whole paragraphs.
#include "knowledge/parsers/pdfparser.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <mutex>
#include <poppler-qt6.h>

#include <QRectF>

#include "knowledge/knowledgelog.h"
#include "knowledge/parsers/chunkmetadata.h"
#include "knowledge/parsers/textpacker.h"

namespace sportello::knowledge {

namespace {

// Poppler reports damaged objects on stderr through qDebug by default; an upload's damage is
// the uploader's concern, told in the error or warnings, and only worth a debug line here.
void routePopplerMessages()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Poppler::setDebugErrorFunction(
            [](const QString &message, const QVariant &) {
                qCDebug(lcKnowledge) << "poppler:" << message;
            },
            QVariant());
    });
}

struct Bookmark
{
    QStringList path;
    int page = 0;   // from 0
    double top = 0; // 0 = top of the page, 1 = bottom
};

struct PdfParagraph
{
    QString text;
    int page = 0;
    double top = 0;
};

struct PdfLine
{
    QString text;
    QRectF box;
};

void collectBookmarks(const QList<Poppler::OutlineItem> &items, const QStringList &parent,
                      QList<Bookmark> *bookmarks)
{
    for (const Poppler::OutlineItem &item : items) {
        QStringList path = parent;
        if (!item.name().trimmed().isEmpty())
            path.append(item.name().trimmed());
        const auto destination = item.destination();
        if (destination && destination->pageNumber() >= 1 && !path.isEmpty()) {
            const double top = destination->isChangeTop() ? destination->top() : 0.0;
            bookmarks->append({path, destination->pageNumber() - 1, std::clamp(top, 0.0, 1.0)});
        }
        if (item.hasChildren())
            collectBookmarks(item.children(), path, bookmarks);
    }
}

QList<PdfLine> linesOf(const Poppler::Page &page)
{
    QList<PdfLine> lines;
    QRectF lastWord;
    bool spaceAfterLast = false;
    for (const auto &word : page.textList()) {
        const QRectF box = word->boundingBox();
        const QString text = word->text();
        if (text.isEmpty())
            continue;
        const double height = std::min(box.height(), lastWord.height());
        const bool sameLine = !lines.isEmpty() &&
                              std::abs(box.center().y() - lastWord.center().y()) < height / 2 &&
                              box.left() >= lastWord.left();
        if (sameLine) {
            PdfLine &line = lines.last();
            line.text += (spaceAfterLast ? QStringLiteral(" ") : QString()) + text;
            line.box = line.box.united(box);
        } else {
            lines.append({text, box});
        }
        lastWord = box;
        spaceAfterLast = word->hasSpaceAfter();
    }
    return lines;
}

QList<PdfParagraph> paragraphsOf(const Poppler::Page &page, int index)
{
    QList<PdfParagraph> paragraphs;
    const double pageHeight = std::max(1.0, page.pageSizeF().height());
    const QList<PdfLine> lines = linesOf(page);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const PdfLine &line = lines.at(i);
        const QString text = line.text.trimmed();
        if (text.isEmpty())
            continue;
        bool joins = false;
        if (i > 0 && !paragraphs.isEmpty()) {
            const QRectF &previous = lines.at(i - 1).box;
            const double gap = line.box.top() - previous.bottom();
            const double height = std::max(previous.height(), line.box.height());
            joins = gap <= height / 2 && gap >= -height / 2;
        }
        if (!joins) {
            paragraphs.append({text, index, line.box.top() / pageHeight});
            continue;
        }
        QString &paragraph = paragraphs.last().text;
        // A line ending in a hyphen continues the word on the next line. The hyphen stays:
        // "full-" + "size" and "WJZ-" + "TV" need it, and only a dictionary could tell a
        // typesetter's "prenota-" + "zione" apart.
        const bool hyphenated = paragraph.size() > 1 && paragraph.endsWith(u'-') &&
                                paragraph.at(paragraph.size() - 2).isLetterOrNumber();
        if (!hyphenated)
            paragraph += u' ';
        paragraph += text;
    }
    return paragraphs;
}

} // namespace

std::optional<ParsedDocument> PdfParser::parse(const QByteArray &content, const QString &source,
                                               const ParseOptions &options, QString *error)
{
    routePopplerMessages();
    const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(content);
    if (!pdf) {
        *error = QStringLiteral("%1: not a readable PDF (damaged, or not a PDF)").arg(source);
        return std::nullopt;
    }
    if (pdf->isLocked()) {
        *error = QStringLiteral("%1: the PDF is password-protected; save a copy without the "
                                "password and import that")
                     .arg(source);
        return std::nullopt;
    }
    ParsedDocument document;
    document.type = QStringLiteral("pdf");
    document.title = pdf->info(QStringLiteral("Title")).trimmed();

    QList<Bookmark> bookmarks;
    collectBookmarks(pdf->outline(), {}, &bookmarks);
    std::stable_sort(bookmarks.begin(), bookmarks.end(), [](const Bookmark &a, const Bookmark &b) {
        return a.page != b.page ? a.page < b.page : a.top < b.top;
    });
    // Text above the first bookmark (a cover page) falls back to its page.
    const auto sectionOf = [&](const PdfParagraph &paragraph) {
        const Bookmark *found = nullptr;
        for (const Bookmark &bookmark : std::as_const(bookmarks)) {
            if (bookmark.page > paragraph.page ||
                (bookmark.page == paragraph.page && bookmark.top > paragraph.top + 0.01))
                break;
            found = &bookmark;
        }
        return found ? found->path : QStringList{QStringLiteral("Page %1").arg(paragraph.page + 1)};
    };

    const ChunkMetadata metadata = ChunkMetadata::fromOptions(options);
    const TextPacker packer(options.maxChunkChars, options.overlapChars);
    QStringList section;
    QStringList pending;
    const auto flush = [&] {
        for (const QString &text : packer.pack(pending)) {
            ChunkDraft chunk;
            chunk.ordinal = static_cast<int>(document.chunks.size());
            chunk.section = section;
            chunk.text = text;
            metadata.applyTo(&chunk);
            document.chunks.append(chunk);
        }
        pending.clear();
    };
    bool anyText = false;
    for (int index = 0; index < pdf->numPages(); ++index) {
        const std::unique_ptr<Poppler::Page> page = pdf->page(index);
        if (!page) {
            document.warnings.append(
                QStringLiteral("%1: page %2 cannot be read; skipped").arg(source).arg(index + 1));
            continue;
        }
        for (const PdfParagraph &paragraph : paragraphsOf(*page, index)) {
            anyText = true;
            const QStringList paragraphSection = sectionOf(paragraph);
            if (paragraphSection != section) {
                flush();
                section = paragraphSection;
            }
            pending.append(paragraph.text);
        }
    }
    flush();
    if (!anyText)
        document.warnings.append(QStringLiteral("%1: no text layer (a scanned PDF? text in images "
                                                "cannot be read)")
                                     .arg(source));
    return document;
}

} // namespace sportello::knowledge
