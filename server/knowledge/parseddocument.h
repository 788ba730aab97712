// SPDX-License-Identifier: LicenseRef-Sportello
// A document cut into chunks by one of the format parsers.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "knowledge/chunkdraft.h"

namespace sportello::knowledge {

struct ParsedDocument
{
    // markdown, faq, text or pdf.
    QString type;
    // Document title when the source has one (first H1, PDF title), else empty.
    QString title;
    QList<ChunkDraft> chunks;
    // Things skipped or guessed, each naming where ("faq.csv:12: empty answer, row skipped").
    QStringList warnings;
};

} // namespace sportello::knowledge
