// SPDX-License-Identifier: LicenseRef-Sportello
// A message folded with TextNormalizer that still knows where every folded character came from.
#include "nlu/entities/foldedtext.h"

#include "nlu/text/textnormalizer.h"

namespace sportello::nlu {

FoldedText::FoldedText(const QString &original)
    : m_original(original)
{
    m_folded.reserve(original.size());
    m_sourceStart.reserve(original.size());
    m_sourceEnd.reserve(original.size());
    qsizetype i = 0;
    while (i < original.size()) {
        const QChar c = original.at(i);
        const qsizetype width =
            (c.isHighSurrogate() && i + 1 < original.size() && original.at(i + 1).isLowSurrogate())
                ? 2
                : 1;
        // Folding is per code point (NFKD decomposes each one independently and the marks it
        // produces are dropped), so folding piecewise gives the same text as folding at once.
        // ASCII takes a shortcut: it only needs lowercasing and the backtick apostrophe.
        if (c.unicode() < 0x80) {
            const char16_t u = c.unicode();
            const char16_t folded = u == u'`' ? u'\'' : (u >= u'A' && u <= u'Z' ? u + 32 : u);
            m_folded.append(QChar(folded));
            m_sourceStart.append(i);
            m_sourceEnd.append(i + 1);
        } else {
            const QString piece = TextNormalizer::fold(original.mid(i, width));
            for (const QChar f : piece) {
                m_folded.append(f);
                m_sourceStart.append(i);
                m_sourceEnd.append(i + width);
            }
        }
        i += width;
    }
}

qsizetype FoldedText::originalStart(qsizetype foldedStart) const
{
    if (foldedStart < 0) {
        return 0;
    }
    if (foldedStart >= m_sourceStart.size()) {
        return m_original.size();
    }
    return m_sourceStart.at(foldedStart);
}

qsizetype FoldedText::originalEnd(qsizetype foldedEnd) const
{
    if (foldedEnd <= 0) {
        return 0;
    }
    if (foldedEnd > m_sourceEnd.size()) {
        return m_original.size();
    }
    return m_sourceEnd.at(foldedEnd - 1);
}

QString FoldedText::originalText(qsizetype foldedStart, qsizetype foldedEnd) const
{
    if (foldedEnd <= foldedStart) {
        return {};
    }
    const qsizetype start = originalStart(foldedStart);
    return m_original.mid(start, originalEnd(foldedEnd) - start);
}

} // namespace sportello::nlu
