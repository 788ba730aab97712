// SPDX-License-Identifier: LicenseRef-Sportello
// Packs paragraphs into chunks of bounded size with overlap, cutting only between words.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sportello::knowledge {

// Whole paragraphs are packed together while they fit. A paragraph longer than the cap is cut
// on lines when it is a list or a table (or a code block), else on sentences, and a piece
// still too long on words; a single word longer than the cap stays whole. Each chunk after
// the first starts with the end of the previous one: at most overlapChars, from a paragraph
// start, else a line or sentence start, when that keeps at least half of it, else from a
// word start; none when that would push the chunk over the cap.
class TextPacker
{
public:
    TextPacker(int maxChars, int overlapChars);

    // Blocks of `text` separated by blank lines, trailing spaces removed from each line and
    // empty blocks dropped.
    static QStringList paragraphs(const QString &text);
    // Offsets in `text` where a sentence after the first starts. A full stop after a known
    // abbreviation (Dott., ecc., z.B.), an initial or a list number does not end a sentence,
    // nor does one followed by a lower-case letter.
    static QList<qsizetype> sentenceStarts(const QString &text);

    // Paragraphs in order (as paragraphs() makes them) to chunk texts.
    QStringList pack(const QStringList &paragraphs) const;

private:
    struct Piece
    {
        QString text;
        // What joins it to the piece before it in the same chunk: a blank line between
        // paragraphs, a newline or a space inside one.
        QString separator;
    };

    void split(const QString &paragraph, QList<Piece> *pieces) const;
    void splitOnWords(const QString &text, const QString &separator, QList<Piece> *pieces) const;
    QString overlapOf(const QString &chunk) const;

    int m_maxChars;
    int m_overlapChars;
};

} // namespace sportello::knowledge
