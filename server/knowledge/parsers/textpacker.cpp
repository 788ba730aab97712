// SPDX-License-Identifier: LicenseRef-Sportello
// Packs paragraphs into chunks of bounded size with overlap, cutting only between words.
#include "knowledge/parsers/textpacker.h"

#include <algorithm>

#include <QRegularExpression>
#include <QSet>

namespace sportello::knowledge {

namespace {

const QString kParagraphSeparator = QStringLiteral("\n\n");

QString rightTrimmed(const QString &line)
{
    qsizetype end = line.size();
    while (end > 0 && line.at(end - 1).isSpace())
        --end;
    return line.left(end);
}

bool isSentenceEnd(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u'\u2026';
}

bool isClosing(QChar c)
{
    return c == u'"' || c == u'\'' || c == u')' || c == u']' || c == u'\u201D' || c == u'\u2019' ||
           c == u'\u00BB';
}

// Italian, Spanish, French, German and English abbreviations a business text uses before a
// name or a number, lower case, without the final dot.
bool isKnownAbbreviation(const QString &token)
{
    static const QSet<QString> abbreviations = {
        QStringLiteral("dott"), QStringLiteral("dott.ssa"), QStringLiteral("dr"),
        QStringLiteral("dra"),  QStringLiteral("sig"),      QStringLiteral("sig.ra"),
        QStringLiteral("sigg"), QStringLiteral("prof"),     QStringLiteral("prof.ssa"),
        QStringLiteral("ing"),  QStringLiteral("avv"),      QStringLiteral("geom"),
        QStringLiteral("rag"),  QStringLiteral("arch"),     QStringLiteral("ecc"),
        QStringLiteral("etc"),  QStringLiteral("es"),       QStringLiteral("p.es"),
        QStringLiteral("ca"),   QStringLiteral("nr"),       QStringLiteral("num"),
        QStringLiteral("tel"),  QStringLiteral("cell"),     QStringLiteral("art"),
        QStringLiteral("pag"),  QStringLiteral("vol"),      QStringLiteral("cap"),
        QStringLiteral("sr"),   QStringLiteral("sra"),      QStringLiteral("srta"),
        QStringLiteral("ud"),   QStringLiteral("uds"),      QStringLiteral("st"),
        QStringLiteral("mr"),   QStringLiteral("mrs"),      QStringLiteral("ms"),
        QStringLiteral("vs"),   QStringLiteral("bzw"),      QStringLiteral("usw"),
        QStringLiteral("ggf"),  QStringLiteral("evtl"),     QStringLiteral("inkl"),
        QStringLiteral("str"),  QStringLiteral("mme"),      QStringLiteral("mlle"),
        QStringLiteral("fig"),  QStringLiteral("approx"),   QStringLiteral("pp"),
    };
    return abbreviations.contains(token);
}

// Whether the full stop at `dot` follows an abbreviation, an initial or a list number.
bool endsAbbreviation(const QString &text, qsizetype dot)
{
    qsizetype start = dot;
    while (start > 0 && !text.at(start - 1).isSpace() && text.at(start - 1) != u'(')
        --start;
    const QString token = text.mid(start, dot - start).toLower();
    if (token.isEmpty())
        return false;
    if (token.size() == 1 && token.at(0).isLetter())
        return true;
    static const QRegularExpression letterDots(QStringLiteral("^(?:[^\\W\\d_]\\.)+[^\\W\\d_]$"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    if (letterDots.match(token).hasMatch() || isKnownAbbreviation(token))
        return true;
    const bool number =
        std::all_of(token.begin(), token.end(), [](QChar c) { return c.isDigit(); });
    if (!number)
        return false;
    qsizetype lineStart = start;
    while (lineStart > 0 && text.at(lineStart - 1) != u'\n') {
        if (!text.at(lineStart - 1).isSpace())
            return false;
        --lineStart;
    }
    return true;
}

bool isListOrTableLine(const QString &line)
{
    static const QRegularExpression marker(
        QStringLiteral("^\\s*(?:[-*+\u2022\u2013]\\s|\\||\\d{1,3}[.)]\\s)"));
    return marker.match(line).hasMatch();
}

// Lists, tables and code are cut between lines: a line is their unit of meaning.
bool isLineBlock(const QStringList &lines)
{
    if (lines.size() < 2)
        return false;
    const QString first = lines.first().trimmed();
    if (first.startsWith(QStringLiteral("```")) || first.startsWith(QStringLiteral("~~~")))
        return true;
    return std::all_of(lines.begin() + 1, lines.end(), isListOrTableLine);
}

} // namespace

TextPacker::TextPacker(int maxChars, int overlapChars)
    : m_maxChars(std::max(1, maxChars))
    , m_overlapChars(std::max(0, overlapChars))
{
}

QStringList TextPacker::paragraphs(const QString &text)
{
    QStringList result;
    QStringList block;
    const auto flush = [&] {
        const QString paragraph = block.join(u'\n').trimmed();
        if (!paragraph.isEmpty())
            result.append(paragraph);
        block.clear();
    };
    for (const QString &line : text.split(u'\n')) {
        const QString stripped = rightTrimmed(line);
        if (stripped.trimmed().isEmpty())
            flush();
        else
            block.append(stripped);
    }
    flush();
    return result;
}

QList<qsizetype> TextPacker::sentenceStarts(const QString &text)
{
    QList<qsizetype> starts;
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        if (!isSentenceEnd(text.at(i))) {
            ++i;
            continue;
        }
        const qsizetype mark = i;
        qsizetype j = i + 1;
        while (j < size && isSentenceEnd(text.at(j)))
            ++j;
        const bool singleDot = text.at(mark) == u'.' && j == mark + 1;
        while (j < size && isClosing(text.at(j)))
            ++j;
        if (j >= size || !text.at(j).isSpace()) {
            i = j;
            continue;
        }
        qsizetype k = j;
        while (k < size && text.at(k).isSpace())
            ++k;
        if (k >= size)
            break;
        if (!text.at(k).isLower() && !(singleDot && endsAbbreviation(text, mark)))
            starts.append(k);
        i = k;
    }
    return starts;
}

void TextPacker::splitOnWords(const QString &text, const QString &separator,
                              QList<Piece> *pieces) const
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    QString current;
    QString currentSeparator = separator;
    for (const QString &word : text.split(whitespace, Qt::SkipEmptyParts)) {
        if (current.isEmpty()) {
            current = word;
        } else if (current.size() + 1 + word.size() <= m_maxChars) {
            current += u' ' + word;
        } else {
            pieces->append({current, currentSeparator});
            currentSeparator = QStringLiteral(" ");
            current = word;
        }
    }
    if (!current.isEmpty())
        pieces->append({current, currentSeparator});
}

void TextPacker::split(const QString &paragraph, QList<Piece> *pieces) const
{
    if (paragraph.size() <= m_maxChars) {
        pieces->append({paragraph, kParagraphSeparator});
        return;
    }
    const auto splitSentences = [&](const QString &text, const QString &separator) {
        QList<qsizetype> bounds = sentenceStarts(text);
        bounds.prepend(0);
        bounds.append(text.size());
        for (qsizetype b = 0; b + 1 < bounds.size(); ++b) {
            const QString sentence = rightTrimmed(text.mid(bounds[b], bounds[b + 1] - bounds[b]));
            QString joiner = separator;
            if (b > 0) {
                const QString gap = text.mid(bounds[b - 1], bounds[b] - bounds[b - 1]);
                joiner = gap.mid(rightTrimmed(gap).size()).contains(u'\n') ? QStringLiteral("\n")
                                                                           : QStringLiteral(" ");
            }
            if (sentence.size() <= m_maxChars)
                pieces->append({sentence, joiner});
            else
                splitOnWords(sentence, joiner, pieces);
        }
    };
    const QStringList lines = paragraph.split(u'\n');
    if (!isLineBlock(lines)) {
        splitSentences(paragraph, kParagraphSeparator);
        return;
    }
    QString joiner = kParagraphSeparator;
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        if (line.size() <= m_maxChars)
            pieces->append({line, joiner});
        else
            splitSentences(line, joiner);
        joiner = QStringLiteral("\n");
    }
}

QString TextPacker::overlapOf(const QString &chunk) const
{
    const qsizetype earliest = chunk.size() - m_overlapChars;
    if (m_overlapChars == 0 || earliest <= 0)
        return {};
    // The longest tail that fits and starts at the most natural boundary: a paragraph, else a
    // line or a sentence, as long as it keeps at least half of the overlap.
    QList<qsizetype> paragraphStarts;
    QList<qsizetype> lineStarts = sentenceStarts(chunk);
    for (qsizetype i = 1; i < chunk.size(); ++i) {
        if (chunk.at(i - 1) != u'\n' || chunk.at(i).isSpace())
            continue;
        if (i >= 2 && chunk.at(i - 2) == u'\n')
            paragraphStarts.append(i);
        else
            lineStarts.append(i);
    }
    std::sort(lineStarts.begin(), lineStarts.end());
    for (const QList<qsizetype> &starts : {paragraphStarts, lineStarts}) {
        const auto first = std::lower_bound(starts.begin(), starts.end(), earliest);
        if (first != starts.end() && chunk.size() - *first >= m_overlapChars / 2)
            return chunk.mid(*first);
    }
    for (qsizetype i = earliest; i < chunk.size(); ++i) {
        if (chunk.at(i - 1).isSpace() && !chunk.at(i).isSpace())
            return chunk.mid(i);
    }
    return {};
}

QStringList TextPacker::pack(const QStringList &paragraphs) const
{
    QList<Piece> pieces;
    for (const QString &paragraph : paragraphs)
        split(paragraph, &pieces);
    QStringList chunks;
    QString current;
    for (const Piece &piece : std::as_const(pieces)) {
        if (current.isEmpty()) {
            current = piece.text;
            continue;
        }
        if (current.size() + piece.separator.size() + piece.text.size() <= m_maxChars) {
            current += piece.separator + piece.text;
            continue;
        }
        chunks.append(current);
        const QString overlap = overlapOf(current);
        if (!overlap.isEmpty() &&
            overlap.size() + piece.separator.size() + piece.text.size() <= m_maxChars)
            current = overlap + piece.separator + piece.text;
        else
            current = piece.text;
    }
    if (!current.isEmpty())
        chunks.append(current);
    return chunks;
}

} // namespace sportello::knowledge
