// SPDX-License-Identifier: LicenseRef-Sportello
// The language a turn is written in, and how sure we are of it.
#pragma once

#include <QString>

namespace sportello::nlu {

struct LanguageGuess
{
    QString language;        // ISO 639-1, always one of the allowed languages
    double confidence = 0.0; // 0..1, share of the evidence that went to language
    bool reliable = false;   // the text alone settles it, whatever the priors say
    // Where the answer came from: "text", "conversation", "contact", "phone" or "default".
    QString source;
};

} // namespace sportello::nlu
