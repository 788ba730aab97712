// SPDX-License-Identifier: LicenseRef-Sportello
// Gives every chunk of a document a language: its own, else detected among the business's.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "knowledge/chunkdraft.h"

namespace sportello::nlu {
class LanguageDetector;
}

namespace sportello::knowledge {

// A chunk is analysed (stemmed, stop words dropped) in its language, so a wrong one costs
// recall. Chunks the detector is sure of keep its answer; the others (a price list, "Orari:
// 9-13") take the document's majority among the sure ones, and when none is sure the
// business's default language.
class ChunkLanguageResolver
{
public:
    // `allowed`: the business's languages (empty: nlu's defaults). The detector must outlive
    // this object.
    ChunkLanguageResolver(const nlu::LanguageDetector &detector, QStringList allowed,
                          QString defaultLanguage);

    // Fills the language of each chunk that has none; returns the language of most chunks
    // (ties: the one listed first among the allowed).
    QString resolve(QList<ChunkDraft> &chunks) const;

private:
    const nlu::LanguageDetector &m_detector;
    QStringList m_allowed;
    QString m_defaultLanguage;
};

} // namespace sportello::knowledge
