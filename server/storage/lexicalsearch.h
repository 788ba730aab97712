// SPDX-License-Identifier: LicenseRef-Sportello
// One lexical search: the analysed query, the filters and the field weights.
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace sportello::storage {

struct LexicalSearch
{
    // BM25 weight of a match in each field. Scaling them all by s is the same ranking as
    // dividing BM25's k1 by s, so they also set how fast repeated matches saturate. The
    // defaults were tuned on the dev split of the queries (kb eval --split dev) of an English
    // FAQ set and an Italian passage set together, never on the reported ones.
    struct Weights
    {
        double question = 8.0;
        double section = 1.0;
        double body = 1.3;
        double exact = 0.2;
        double pairs = 0.1;
    };

    // Analysed like LexicalFields; any of them may be empty. A chunk matches when it has
    // any of them (OR): terms in question, section or body, words in exact, pairs in pairs.
    QStringList terms;
    QStringList words;
    QStringList pairs;

    QString phoneNumberId; // required: a business only ever searches its own knowledge
    QString language;      // empty: every language
    QDate date;            // chunks not valid on this date are left out; invalid: today
    QString documentType;  // empty: every type
    int limit = 10;
    Weights weights;
};

} // namespace sportello::storage
