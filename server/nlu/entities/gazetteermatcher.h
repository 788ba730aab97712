// SPDX-License-Identifier: LicenseRef-Sportello
// Finds the business's services and staff in a message, longest name first.
#pragma once

#include <QHash>
#include <QList>
#include <QStringList>

#include "nlu/entities/entity.h"
#include "nlu/entities/gazetteer.h"

namespace sportello::nlu {

class FoldedText;

// Names are compared word by word on folded text, so case, accents and punctuation do not
// matter ("Dott.ssa Rossi" = "dott ssa rossi"). Articles and prepositions are skipped on both
// sides ("pulizia dei denti" = "pulizia denti") and words are compared by a light stem that
// ignores plural endings ("walking tours", "pulizie"). Staff names are also found without their
// title ("Dr Rossi", "la dottoressa Rossi" for "Dott.ssa Rossi"); a bare surname must then be
// capitalised, because surnames are often ordinary words ("rossi" = red).
class GazetteerMatcher
{
public:
    explicit GazetteerMatcher(const Gazetteer &gazetteer);

    QList<Entity> match(const FoldedText &text) const;

    bool isEmpty() const { return m_byFirstKey.isEmpty(); }

private:
    struct Phrase
    {
        QStringList keys;
        int entry = 0;
        bool needsCapital = false; // bare surname: only when the customer capitalised it
        bool isCore = false;       // staff name without title: extend over a written title
    };

    void addPhrase(const QString &name, int entry, bool stripTitle);

    QList<GazetteerEntry> m_entries;
    QHash<QString, QList<Phrase>> m_byFirstKey; // longest phrase first
};

} // namespace sportello::nlu
