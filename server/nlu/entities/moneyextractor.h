// SPDX-License-Identifier: LicenseRef-Sportello
// Finds amounts of money ("50 €", "$1,200.50", "CHF 80.-", "cinquanta euro").
#pragma once

#include <QHash>
#include <QList>
#include <QRegularExpression>

#include "nlu/entities/entity.h"

namespace sportello::nlu {

class FoldedText;

// The value is a decimal with two digits and the ISO 4217 code: "1200.50 EUR". Separators are
// read from the shape of the number rather than the language, because customers mix them: a
// separator followed by exactly three digits groups thousands ("1.200 €", "$1,200"), one or two
// digits are decimals ("50,00 EUR", "1.200,50 €", "$1,200.50"). "$" is read as USD.
class MoneyExtractor
{
public:
    MoneyExtractor();

    // language: "fr" also accepts plain spaces between thousands ("1 200 €").
    QList<Entity> extract(const FoldedText &text, const QString &language) const;

private:
    void collect(const QRegularExpression &re, const FoldedText &text, QList<Entity> &out) const;

    QRegularExpression m_prefixed;
    QRegularExpression m_suffixed;
    QRegularExpression m_suffixedSpaced; // French thousands with plain spaces
    QRegularExpression m_words;
    QHash<QString, QString> m_currencies; // folded spelling -> ISO code
    QHash<QString, int> m_numberWords;
};

} // namespace sportello::nlu
