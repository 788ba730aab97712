// SPDX-License-Identifier: MIT
// Sportello: one thing found in a customer's words (a date, an amount, a service...).
#pragma once

#include <QString>

namespace sportello::protocol {

struct UnderstoodEntity
{
    QString type;  // datetime, date, time, money, email, phone, reference, service, staff
    int start = 0; // span in the turn's text, in UTF-16 code units
    int length = 0;
    QString text;      // as the customer wrote it
    QString value;     // normalised: ISO 8601 start, "50.00 EUR", E.164, e-mail...
    QString end;       // ISO 8601 end of a range or a part of the day; empty otherwise
    QString canonical; // a service's or staff member's name as the business spells it
};

} // namespace sportello::protocol
