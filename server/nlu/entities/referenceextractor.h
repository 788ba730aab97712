// SPDX-License-Identifier: LicenseRef-Sportello
// Finds booking, order and case references ("#A1234", "PRN-12345", "pratica n. 2024/123").
#pragma once

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include "nlu/entities/entity.h"

namespace sportello::nlu {

class FoldedText;

// A reference is a token of letters, digits, "/", "-" or "_" with at least one digit that
// follows a cue ("booking ref ABC123", "Buchungsnummer 12345", "n° de reserva 998877",
// "référence 4567"), a "#" ("#A1234"), or has the shape of a code on its own: 2-5 capitals, a
// dash and 3+ digits ("PRN-12345"). The span and the value are the token as written, without
// the cue. Cues are per language and replaceable; matching them ignores case and accents.
class ReferenceExtractor
{
public:
    ReferenceExtractor();

    static QStringList defaultCues(const QString &language);
    // Replaces the cues of one language (it, en, es, fr, de or any other code).
    void setCues(const QString &language, const QStringList &cues);
    QStringList cues(const QString &language) const { return m_cues.value(language); }

    // language empty: the cues of every language.
    QList<Entity> extract(const FoldedText &text, const QString &language) const;

private:
    void rebuild();

    QHash<QString, QStringList> m_cues;
    QHash<QString, QRegularExpression> m_cued; // per language; "" holds them all
    QRegularExpression m_hash;
    QRegularExpression m_code;
    QRegularExpression m_dateShape;
};

} // namespace sportello::nlu
