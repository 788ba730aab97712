// SPDX-License-Identifier: LicenseRef-Sportello
// A chunk's or a query's text as the lexical index wants it: terms, exact words, term pairs.
#include "knowledge/retrieval/lexicaltext.h"

#include "knowledge/text/knowledgeanalyzer.h"

namespace sportello::knowledge {

storage::LexicalFields LexicalText::fields(const QString &question, const QStringList &section,
                                           const QString &text, const KnowledgeAnalyzer &analyzer)
{
    storage::LexicalFields fields;
    const AnalyzedText q = analyzer.analyze(question);
    const AnalyzedText s = analyzer.analyze(section.join(u'\n'));
    const AnalyzedText b = analyzer.analyze(text);
    fields.question = q.terms;
    fields.section = s.terms;
    fields.body = b.terms;
    fields.exact = q.words + s.words + b.words;
    // Per field: the last word of a heading and the first of the text are not "close".
    fields.pairs = pairs(q.terms) + pairs(s.terms) + pairs(b.terms);
    return fields;
}

QStringList LexicalText::pairs(const QStringList &terms, int window)
{
    QStringList result;
    for (qsizetype i = 0; i < terms.size(); ++i) {
        for (qsizetype j = i + 1; j < terms.size() && j <= i + window; ++j) {
            const QString &a = terms.at(i);
            const QString &b = terms.at(j);
            if (a == b)
                continue;
            result.append(a < b ? a + u'_' + b : b + u'_' + a);
        }
    }
    return result;
}

} // namespace sportello::knowledge
