// SPDX-License-Identifier: LicenseRef-Sportello
// The text a chunk or a query is embedded as: one definition for import, rebuild and search.
#pragma once

#include <QString>
#include <QStringList>

namespace sportello::knowledge {

// Import, index rebuild and evaluation must embed a chunk from exactly the same text, or the
// embedding cache misses and vectors of one chunk drift apart; this is that one place.
class EmbeddingText
{
public:
    static QString forChunk(const QStringList &section, const QString &question,
                            const QString &text);
    static QString forQuery(const QString &query);
};

} // namespace sportello::knowledge
