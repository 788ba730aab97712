// SPDX-License-Identifier: LicenseRef-Sportello
// The text a chunk or a query is embedded as: one definition for import, rebuild and search.
#include "knowledge/embedding/embeddingtext.h"

namespace sportello::knowledge {

QString EmbeddingText::forChunk(const QStringList &section, const QString &question,
                                const QString &text)
{
    // An FAQ is found by a customer's question far more than by its answer's wording, so the
    // question leads; headings give a passage the context its text leaves implicit.
    QStringList parts;
    if (!question.isEmpty())
        parts.append(question);
    if (!section.isEmpty())
        parts.append(section.join(QStringLiteral(" > ")));
    parts.append(text);
    return parts.join(u'\n');
}

QString EmbeddingText::forQuery(const QString &query)
{
    return query.simplified();
}

} // namespace sportello::knowledge
