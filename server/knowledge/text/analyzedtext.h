// SPDX-License-Identifier: LicenseRef-Sportello
// What KnowledgeAnalyzer makes of a text: search terms and the folded words they came from.
#pragma once

#include <QStringList>

namespace sportello::knowledge {

struct AnalyzedText
{
    // Folded, stop words and elided articles dropped, stemmed: what lexical search matches.
    QStringList terms;
    // The same words before stemming, in the same order: an exact form scores a little above
    // a word that only shares the stem ("prenotazione" over "prenotare").
    QStringList words;
};

} // namespace sportello::knowledge
