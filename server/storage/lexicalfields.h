// SPDX-License-Identifier: LicenseRef-Sportello
// A chunk's analysed text as the lexical index stores it.
#pragma once

#include <QStringList>

namespace sportello::storage {

// Produced by the knowledge analyzer, never by storage: each list is already folded, stop
// words dropped and stemmed, so the index only has to store and count tokens. Tokens are
// letters and digits; pairs are two terms joined by '_'.
struct LexicalFields
{
    QStringList question;
    QStringList section;
    QStringList body;
    QStringList exact; // the unstemmed words of all three
    QStringList pairs; // unordered term pairs within a few words of each other
};

} // namespace sportello::storage
