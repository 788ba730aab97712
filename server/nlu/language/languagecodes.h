// SPDX-License-Identifier: LicenseRef-Sportello
// Language codes and names, as people and CLD2 write them, mapped to ISO 639-1.
#pragma once

#include <QString>

namespace sportello::nlu {

class LanguageCodes
{
public:
    // "it", "IT", "it-IT", "ITALIAN", "Italian", "italiano" -> "it". Empty when the text names
    // no language CLD2 knows (including CLD2's own "un"/"unknown").
    static QString normalize(const QString &codeOrName);

    // The code of one of CLD2's Language values (an int so callers need no CLD2 header);
    // empty for unknown languages.
    static QString fromCld2(int language);
};

} // namespace sportello::nlu
