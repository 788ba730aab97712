// SPDX-License-Identifier: LicenseRef-Sportello
// Recognises opt-out and opt-in keywords sent as a whole message.
#pragma once

#include <optional>

#include <QString>

namespace sportello::pipeline {

struct KeywordMatch
{
    enum class Kind
    {
        OptOut,
        OptIn,
    };
    Kind kind = Kind::OptOut;
    QString keyword;  // normalised, e.g. "ARRET"
    QString language; // the keyword's own language, empty when it has none (STOP, START)
};

// STOP, STOP ALL, UNSUBSCRIBE, CANCELLAMI, DISISCRIVIMI, BAJA, ARRET, ABMELDEN opt out;
// START opts back in. Case, accents, surrounding spaces and punctuation do not matter; any
// other word in the message does ("stop calling me at work" is not an opt-out).
class OptOutKeywords
{
public:
    static std::optional<KeywordMatch> match(const QString &text);
    // A whole-message yes ("sì", "yes", "oui", "ja", "confermo"...) in the five languages.
    static bool isAffirmative(const QString &text);
    // Upper case, accents and punctuation stripped, spaces collapsed.
    static QString normalise(const QString &text);
};

} // namespace sportello::pipeline
