// SPDX-License-Identifier: LicenseRef-Sportello
// A chunk's or a query's text as the lexical index wants it: terms, exact words, term pairs.
#pragma once

#include <QString>
#include <QStringList>

#include "storage/lexicalfields.h"

namespace sportello::knowledge {

class KnowledgeAnalyzer;

// The index and the query are built by the same analyzer, so a query term matches exactly
// the chunk terms it should. Pairs reward chunks where two query terms occur close together
// (in any order: questions reorder what the text says) without the cost of phrase queries.
class LexicalText
{
public:
    // Terms apart by at most this many positions (after stop words are dropped) form a pair.
    static constexpr int kPairWindow = 3;

    static storage::LexicalFields fields(const QString &question, const QStringList &section,
                                         const QString &text, const KnowledgeAnalyzer &analyzer);

    // "a_b" with a <= b, for terms at most `window` positions apart; none for a term with
    // itself. In text order, repeats included.
    static QStringList pairs(const QStringList &terms, int window = kPairWindow);
};

} // namespace sportello::knowledge
