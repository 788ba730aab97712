// SPDX-License-Identifier: LicenseRef-Sportello
// Cuts a Markdown document into chunks, one section (or part of one) each.
#include "knowledge/parsers/markdownparser.h"

#include <optional>

#include <QRegularExpression>

#include "knowledge/parsers/chunkmetadata.h"
#include "knowledge/parsers/sourcetext.h"
#include "knowledge/parsers/textpacker.h"

namespace sportello::knowledge {

namespace {

struct Fence
{
    QChar marker;
    qsizetype length = 0;
};

struct Heading
{
    int level = 0;
    QString text;
};

struct OpenHeading
{
    int level = 0;
    QString text;
    int line = 0;
    ChunkMetadata own;
    ChunkMetadata effective;
    bool settled = false;
};

qsizetype leadingSpaces(const QString &line)
{
    qsizetype count = 0;
    while (count < line.size() && line.at(count) == u' ')
        ++count;
    return count;
}

std::optional<Fence> fenceOpening(const QString &line)
{
    const qsizetype indent = leadingSpaces(line);
    if (indent > 3 || indent >= line.size())
        return std::nullopt;
    const QChar marker = line.at(indent);
    if (marker != u'`' && marker != u'~')
        return std::nullopt;
    qsizetype length = 0;
    while (indent + length < line.size() && line.at(indent + length) == marker)
        ++length;
    if (length < 3)
        return std::nullopt;
    // A backtick in the info string makes it inline code, not a fence.
    if (marker == u'`' && line.mid(indent + length).contains(u'`'))
        return std::nullopt;
    return Fence{marker, length};
}

bool closesFence(const QString &line, const Fence &fence)
{
    if (leadingSpaces(line) > 3)
        return false;
    const QString trimmed = line.trimmed();
    if (trimmed.size() < fence.length)
        return false;
    for (const QChar c : trimmed) {
        if (c != fence.marker)
            return false;
    }
    return true;
}

std::optional<Heading> atxHeading(const QString &line)
{
    static const QRegularExpression pattern(QStringLiteral("^ {0,3}(#{1,6})(?:[ \\t]+(.*))?$"));
    static const QRegularExpression closing(QStringLiteral("(?:^|[ \\t]+)#+$"));
    const auto match = pattern.match(line);
    if (!match.hasMatch())
        return std::nullopt;
    QString text = match.captured(2).trimmed();
    text.remove(closing);
    return Heading{static_cast<int>(match.capturedLength(1)), text.trimmed()};
}

// 1 for "===", 2 for "---", 0 otherwise.
int setextLevel(const QString &line)
{
    static const QRegularExpression pattern(QStringLiteral("^ {0,3}(=+|-+)[ \\t]*$"));
    const auto match = pattern.match(line);
    if (!match.hasMatch())
        return 0;
    return match.captured(1).startsWith(u'=') ? 1 : 2;
}

bool isThematicBreak(const QString &line)
{
    static const QRegularExpression pattern(
        QStringLiteral("^ {0,3}(?:(?:\\*[ \\t]*){3,}|(?:-[ \\t]*){3,}|(?:_[ \\t]*){3,})$"));
    return pattern.match(line).hasMatch();
}

bool startsListQuoteOrTable(const QString &line)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(?:[-*+]\\s|\\d{1,9}[.)]\\s|>|\\|)"));
    return pattern.match(line).hasMatch();
}

// key: value pairs of a validity comment, keys as ChunkMetadata::canonicalKey names them.
QList<std::pair<QString, QString>> metadataPairs(const QString &comment)
{
    static const QRegularExpression pair(
        QStringLiteral("\\b(valid[ _-]?from|valid[ _-]?until|language|lang)\\s*:\\s*([^\\s,;]+)"),
        QRegularExpression::CaseInsensitiveOption);
    QList<std::pair<QString, QString>> pairs;
    auto it = pair.globalMatch(comment);
    while (it.hasNext()) {
        const auto match = it.next();
        pairs.append({ChunkMetadata::canonicalKey(match.captured(1)), match.captured(2)});
    }
    return pairs;
}

QString unquoted(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2 && (value.startsWith(u'"') || value.startsWith(u'\'')) &&
        value.endsWith(value.at(0)))
        return value.mid(1, value.size() - 2).trimmed();
    // YAML's trailing comment, outside quotes.
    const qsizetype hash = value.indexOf(QStringLiteral(" #"));
    return hash >= 0 ? value.left(hash).trimmed() : value;
}

class MarkdownBuilder
{
public:
    MarkdownBuilder(const QString &source, const ParseOptions &options)
        : m_source(source)
        , m_packer(options.maxChunkChars, options.overlapChars)
    {
        m_document.type = QStringLiteral("markdown");
        m_documentMetadata = ChunkMetadata::fromOptions(options);
    }

    ParsedDocument build(const QString &text)
    {
        const QStringList lines = text.split(u'\n');
        const qsizetype first = readFrontMatter(lines);
        for (qsizetype i = first; i < lines.size(); ++i)
            readLine(lines.at(i), static_cast<int>(i + 1));
        if (m_inComment)
            m_document.warnings.append(
                QStringLiteral("%1:%2: HTML comment never closed; the text after it is hidden")
                    .arg(m_source)
                    .arg(m_commentLine));
        flushSection();
        return m_document;
    }

private:
    QString where(int line) const { return QStringLiteral("%1:%2").arg(m_source).arg(line); }

    // Returns the index of the first line after the front matter (0 when there is none).
    qsizetype readFrontMatter(const QStringList &lines)
    {
        if (lines.isEmpty() || lines.first().trimmed() != u"---")
            return 0;
        static const QRegularExpression keyValue(
            QStringLiteral("^([A-Za-z_][A-Za-z0-9_ -]*?)\\s*:(?:\\s+(.*))?$"));
        static const QRegularExpression yamlOther(QStringLiteral("^(?:\\s+\\S|\\s*-\\s|\\s*#)"));
        qsizetype close = -1;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QString trimmed = lines.at(i).trimmed();
            if (trimmed == u"---" || trimmed == u"...") {
                close = i;
                break;
            }
            // Not YAML: the first line was a thematic break, not front matter.
            if (!trimmed.isEmpty() && !keyValue.match(lines.at(i)).hasMatch() &&
                !yamlOther.match(lines.at(i)).hasMatch())
                return 0;
        }
        if (close < 0)
            return 0;
        ChunkMetadata own;
        for (qsizetype i = 1; i < close; ++i) {
            const auto match = keyValue.match(lines.at(i));
            if (!match.hasMatch())
                continue;
            const QString key = match.captured(1).trimmed().toLower();
            const QString value = unquoted(match.captured(2));
            if (key == u"title") {
                m_frontMatterTitle = value;
                continue;
            }
            const QString canonical = ChunkMetadata::canonicalKey(key);
            if (!canonical.isEmpty())
                own.set(canonical, value, where(static_cast<int>(i + 1)), &m_document.warnings);
        }
        m_documentMetadata = own.checkedOver(m_documentMetadata, where(1), &m_document.warnings);
        if (!m_frontMatterTitle.isEmpty())
            m_document.title = m_frontMatterTitle;
        return close + 1;
    }

    // Splits out HTML comments; returns the visible rest of the line and whether the line
    // had any comment in it.
    std::pair<QString, bool> stripComments(const QString &line, int number, QStringList *closed)
    {
        QString visible;
        bool touched = m_inComment;
        qsizetype pos = 0;
        while (pos < line.size()) {
            if (m_inComment) {
                const qsizetype end = line.indexOf(QStringLiteral("-->"), pos);
                if (end < 0) {
                    m_comment += line.mid(pos) + u'\n';
                    break;
                }
                m_comment += line.mid(pos, end - pos);
                closed->append(m_comment);
                m_comment.clear();
                m_inComment = false;
                pos = end + 3;
                continue;
            }
            const qsizetype start = line.indexOf(QStringLiteral("<!--"), pos);
            if (start < 0) {
                visible += line.mid(pos);
                break;
            }
            visible += line.mid(pos, start - pos);
            m_inComment = true;
            m_commentLine = number;
            touched = true;
            pos = start + 4;
        }
        if (m_inComment && pos >= line.size() && !m_comment.endsWith(u'\n'))
            m_comment += u'\n';
        return {visible, touched};
    }

    void applyComments(const QStringList &comments, int number, bool toHeading)
    {
        for (const QString &comment : comments) {
            const auto pairs = metadataPairs(comment);
            if (pairs.isEmpty())
                continue;
            if (!toHeading || m_headings.isEmpty()) {
                m_document.warnings.append(
                    QStringLiteral("%1: validity comment not right under a heading; ignored "
                                   "(for the whole document use the front matter)")
                        .arg(where(number)));
                continue;
            }
            for (const auto &[key, value] : pairs)
                m_headings.last().own.set(key, value, where(number), &m_document.warnings);
        }
    }

    void readLine(const QString &rawLine, int number)
    {
        if (m_fence) {
            m_body.append(rawLine);
            if (closesFence(rawLine, *m_fence)) {
                m_fence.reset();
                m_paragraphStart = m_body.size();
            }
            return;
        }
        QStringList comments;
        const auto [line, hadComment] = stripComments(rawLine, number, &comments);
        if (const auto heading = atxHeading(line)) {
            openHeading(*heading, number);
            applyComments(comments, number, true);
            return;
        }
        if (line.trimmed().isEmpty()) {
            applyComments(comments, number, m_underHeading);
            if (!hadComment) {
                m_body.append(QString());
                m_paragraphStart = m_body.size();
            }
            return;
        }
        applyComments(comments, number, m_underHeading);
        m_underHeading = false;
        if (const auto fence = fenceOpening(line)) {
            m_fence = fence;
            m_body.append(line);
            return;
        }
        if (const int level = setextLevel(line);
            level > 0 && m_body.size() > m_paragraphStart &&
            !startsListQuoteOrTable(m_body.at(m_paragraphStart))) {
            QStringList parts;
            for (qsizetype i = m_paragraphStart; i < m_body.size(); ++i)
                parts.append(m_body.at(i).trimmed());
            m_body.resize(m_paragraphStart);
            openHeading(Heading{level, parts.join(u' ')}, number - static_cast<int>(parts.size()));
            return;
        }
        if (isThematicBreak(line)) {
            m_body.append(QString());
            m_paragraphStart = m_body.size();
            return;
        }
        m_body.append(line);
    }

    void openHeading(const Heading &heading, int number)
    {
        flushSection();
        while (!m_headings.isEmpty() && m_headings.last().level >= heading.level)
            m_headings.removeLast();
        m_headings.append(OpenHeading{heading.level, heading.text, number, {}, {}, false});
        if (heading.level == 1 && m_document.title.isEmpty() && m_frontMatterTitle.isEmpty())
            m_document.title = heading.text;
        m_underHeading = true;
    }

    const ChunkMetadata &sectionMetadata()
    {
        if (m_headings.isEmpty())
            return m_documentMetadata;
        OpenHeading &current = m_headings.last();
        if (!current.settled) {
            const ChunkMetadata &outer = m_headings.size() > 1
                                             ? m_headings.at(m_headings.size() - 2).effective
                                             : m_documentMetadata;
            current.effective =
                current.own.checkedOver(outer, where(current.line), &m_document.warnings);
            current.settled = true;
        }
        return current.effective;
    }

    QStringList blocks() const
    {
        QStringList result;
        QStringList block;
        std::optional<Fence> fence;
        const auto flush = [&] {
            const QString text = block.join(u'\n').trimmed();
            if (!text.isEmpty())
                result.append(text);
            block.clear();
        };
        for (const QString &line : m_body) {
            if (fence) {
                block.append(line);
                if (closesFence(line, *fence)) {
                    fence.reset();
                    flush();
                }
                continue;
            }
            if (const auto opening = fenceOpening(line)) {
                flush();
                fence = opening;
                block.append(line);
            } else if (line.trimmed().isEmpty()) {
                flush();
            } else {
                QString stripped = line;
                while (!stripped.isEmpty() && stripped.back().isSpace())
                    stripped.chop(1);
                block.append(stripped);
            }
        }
        flush();
        return result;
    }

    void flushSection()
    {
        const ChunkMetadata metadata = sectionMetadata();
        QStringList path;
        for (const OpenHeading &heading : std::as_const(m_headings)) {
            if (!heading.text.isEmpty())
                path.append(heading.text);
        }
        for (const QString &text : m_packer.pack(blocks())) {
            ChunkDraft chunk;
            chunk.ordinal = static_cast<int>(m_document.chunks.size());
            chunk.section = path;
            chunk.text = text;
            metadata.applyTo(&chunk);
            m_document.chunks.append(chunk);
        }
        m_body.clear();
        m_paragraphStart = 0;
    }

    const QString &m_source;
    TextPacker m_packer;
    ParsedDocument m_document;
    ChunkMetadata m_documentMetadata;
    QString m_frontMatterTitle;
    QList<OpenHeading> m_headings;
    QStringList m_body;
    qsizetype m_paragraphStart = 0;
    bool m_underHeading = false;
    std::optional<Fence> m_fence;
    bool m_inComment = false;
    int m_commentLine = 0;
    QString m_comment;
};

} // namespace

ParsedDocument MarkdownParser::parse(const QByteArray &content, const QString &source,
                                     const ParseOptions &options)
{
    QStringList warnings;
    const QString text = SourceText::decode(content, source, &warnings);
    ParsedDocument document = MarkdownBuilder(source, options).build(text);
    document.warnings = warnings + document.warnings;
    return document;
}

} // namespace sportello::knowledge
