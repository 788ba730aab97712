// SPDX-License-Identifier: LicenseRef-Sportello
// The one way every NLU component turns customer text into comparable words.
#pragma once

#include <QString>
#include <QStringList>

namespace sportello::nlu {

// Customers type on phones: accents are dropped or wrong ("perche", "perché", "perchè"),
// capitals are random and apostrophes come in three shapes. Folding all of that away before
// matching keeps models and keyword lists small and makes them agree with each other.
class TextNormalizer
{
public:
    // Case-folded, accents removed (NFKD minus combining marks), ß→ss, æ→ae, œ→oe, every
    // apostrophe shape as '. Everything else, emoji included, is kept.
    static QString fold(const QString &text);

    // Runs of letters and digits of already folded text. Apostrophes split words, so the
    // elided article of "l'appuntamento" or "j'ai" becomes its own token.
    static QStringList words(const QString &folded);

    // fold() then words().
    static QStringList foldedWords(const QString &text) { return words(fold(text)); }
};

} // namespace sportello::nlu
