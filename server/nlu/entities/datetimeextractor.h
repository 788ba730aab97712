// SPDX-License-Identifier: LicenseRef-Sportello
// Finds dates, times, parts of the day and ranges in five languages and resolves them.
#pragma once

#include <vector>

#include <QDateTime>
#include <QList>
#include <QRegularExpression>
#include <QTimeZone>

#include "nlu/entities/datetimeatom.h"
#include "nlu/entities/entity.h"

namespace sportello::nlu {

class DateTimeLexicon;
class FoldedText;

// Works in two steps. Small patterns per language find atoms on folded text: relative days
// ("domani", "pasado mañana", "übermorgen"), weekdays ("lunedì prossimo", "next Tuesday", "el
// lunes que viene"), calendar dates ("il 3 marzo", "am 3. März", "03/04", "2026-03-04"), offsets
// ("fra due settimane", "in 3 days"), times ("alle 10", "10h30", "10 Uhr", "3pm", "noon"), ranges
// ("tra le 10 e le 12", "between 2 and 4pm") and parts of the day. Then neighbouring atoms that
// are only separated by spaces, commas or connectors ("alle", "at", "um", "de la") are combined
// into one entity and resolved in the business's time zone.
//
// Resolution rules (all documented in the tests):
// - a weekday is its next occurrence after today, never today ("next"/"prossimo"/"que viene"
//   are the same); "this"/"questo" Monday may be today; "Monday next week" is in the next ISO
//   week;
// - a day and month without a year is the next such date from today (today included); a day of
//   the month alone ("on the 5th") is the next such day;
// - a time alone is today if it is still ahead of now, else tomorrow (a range or part of the
//   day: if its end is still ahead); the entity type is then Time, with the resolved date in
//   the value;
// - hours 1-6 without am/pm, part of the day or leading zero are afternoon hours ("alle 3" is
//   15:00), which suits businesses open during the day; "di mattina"/"am" override it;
// - parts of the day are ranges: morning 08-12, afternoon 12-18, evening 18-22, night 22-06;
// - "mezzanotte"/"midnight" after a date is the end of that day;
// - values are ISO 8601 with the offset in force at that instant (DST-correct); a date alone is
//   "yyyy-MM-dd".
class DateTimeExtractor
{
public:
    DateTimeExtractor();
    ~DateTimeExtractor();
    DateTimeExtractor(const DateTimeExtractor &) = delete;
    DateTimeExtractor &operator=(const DateTimeExtractor &) = delete;

    // language: it, en, es, fr or de; empty tries all five.
    QList<Entity> extract(const FoldedText &text, const QString &language, const QDateTime &now,
                          const QTimeZone &timeZone) const;

    // The atoms found before combination, in text order (for tests and diagnostics).
    QList<DateTimeAtom> atoms(const FoldedText &text, const QString &language, const QDateTime &now,
                              const QTimeZone &timeZone) const;

private:
    struct Rule;
    void addRules(const DateTimeLexicon &lexicon);
    void addNeutralRules();

    std::vector<Rule> m_rules;
    QRegularExpression m_glue;
    QRegularExpression m_alternative;
};

} // namespace sportello::nlu
