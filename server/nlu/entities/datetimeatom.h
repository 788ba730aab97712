// SPDX-License-Identifier: LicenseRef-Sportello
// One piece of a date/time expression ("domani", "alle 10", "pomeriggio") before combination.
#pragma once

#include <optional>

#include <QDate>
#include <QDateTime>

namespace sportello::nlu {

enum class DayPart
{
    None,
    Morning,   // 08:00-12:00
    Afternoon, // 12:00-18:00
    Evening,   // 18:00-22:00
    Night,     // 22:00-06:00 of the next day
};

// Spans are in folded text. Hours are kept as written until the atom is combined with its
// neighbours, because "alle 3" is 15:00 on its own but 03:00 in "alle 3 di notte".
struct DateTimeAtom
{
    qsizetype start = 0;
    qsizetype end = 0;

    std::optional<QDate> date;
    std::optional<QDate> dateEnd; // "next week", "the weekend"
    bool weekdayOnly = false;     // a bare weekday: an explicit date next to it wins

    int hour = -1; // -1: no time
    int minute = 0;
    bool hourFixed = false; // 24-hour form, leading zero or am/pm: never shifted
    int endHour = -1;       // -1: not a range
    int endMinute = 0;
    bool endHourFixed = false;
    bool midnight = false; // "mezzanotte": the end of the day it is attached to

    DayPart part = DayPart::None;
    bool weakPart = false; // "sera", "tarde", "Abend": only next to a date or a time

    std::optional<QDateTime> instant; // "tra due ore": already absolute

    qsizetype length() const { return end - start; }
    bool hasTime() const { return hour >= 0; }
};

} // namespace sportello::nlu
