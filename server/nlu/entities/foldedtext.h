// SPDX-License-Identifier: LicenseRef-Sportello
// A message folded with TextNormalizer that still knows where every folded character came from.
#pragma once

#include <QList>
#include <QString>

namespace sportello::nlu {

// Patterns are written once against folded text ("lunedi", "manana", "ubermorgen") but spans
// must point into what the customer wrote. Folding changes lengths (NFKD, "ß" -> "ss"), so the
// text is folded one code point at a time and each folded unit remembers its source.
class FoldedText
{
public:
    explicit FoldedText(const QString &original);

    const QString &original() const { return m_original; }
    const QString &folded() const { return m_folded; }

    // Original start of the folded range [foldedStart, foldedEnd) and its original end
    // (exclusive). Empty folded ranges map to an empty original range.
    qsizetype originalStart(qsizetype foldedStart) const;
    qsizetype originalEnd(qsizetype foldedEnd) const;

    // The original text behind a folded range.
    QString originalText(qsizetype foldedStart, qsizetype foldedEnd) const;

private:
    QString m_original;
    QString m_folded;
    QList<qsizetype> m_sourceStart; // per folded unit
    QList<qsizetype> m_sourceEnd;   // per folded unit, exclusive
};

} // namespace sportello::nlu
