// SPDX-License-Identifier: LicenseRef-Sportello
// Folded words for days, months, counts and units in it, en, es, fr and de.
#pragma once

#include <optional>

#include <QHash>
#include <QString>
#include <QStringList>

namespace sportello::nlu {

enum class TimeUnit
{
    Minute,
    Hour,
    Day,
    Week,
    Month,
};

// One language's calendar vocabulary, folded like TextNormalizer folds ("lunedi", "marz").
// Patterns are regex alternations, escaped and longest first so that a longer word wins.
class DateTimeLexicon
{
public:
    // nullptr for a language without tables.
    static const DateTimeLexicon *forLanguage(const QString &code);
    static QStringList languages(); // it, en, es, fr, de

    const QString &code() const { return m_code; }

    QString weekdayPattern() const { return m_weekdayPattern; }
    int weekday(const QString &word) const { return m_weekdays.value(word); } // 1 = Monday; 0

    QString monthPattern() const { return m_monthPattern; }
    int month(const QString &word) const; // 1..12; 0; tolerates a trailing dot

    // Counts before a unit ("due settimane", "a couple of days"), including the articles.
    QString countPattern() const { return m_countPattern; }
    int count(const QString &words) const;

    // Hours written as words after a time cue ("alle dieci", "a la una").
    QString hourWordPattern() const { return m_hourWordPattern; }
    int hourWord(const QString &word) const { return m_hourWords.value(word, -1); }

    QString unitPattern() const { return m_unitPattern; }
    std::optional<TimeUnit> unit(const QString &word) const;

private:
    explicit DateTimeLexicon(const QString &code);

    QString m_code;
    QHash<QString, int> m_weekdays;
    QHash<QString, int> m_months;
    QHash<QString, int> m_counts;
    QHash<QString, int> m_hourWords;
    QHash<QString, TimeUnit> m_units;
    QString m_weekdayPattern;
    QString m_monthPattern;
    QString m_countPattern;
    QString m_hourWordPattern;
    QString m_unitPattern;
};

} // namespace sportello::nlu
