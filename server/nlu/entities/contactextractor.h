// SPDX-License-Identifier: LicenseRef-Sportello
// Finds e-mail addresses and phone numbers in a message.
#pragma once

#include <QList>
#include <QRegularExpression>

#include "nlu/entities/entity.h"

namespace sportello::nlu {

// E-mail values are lowercased. Phone numbers are written in every national style ("333 123
// 4567", "06-1234 5678", "(212) 555-1234", "+44 (0)20 7946 0958"); the value is E.164 when the
// number is international ("+" or "00") or a default country calling code is known, else the
// bare digits. A national number drops its trunk "0" (not in Italy, San Marino and the Vatican,
// where the "0" is part of the number). Digit runs shaped like dates, times, years or grouped
// thousands are not phone numbers.
class ContactExtractor
{
public:
    ContactExtractor();

    QList<Entity> extractEmails(const QString &text) const;
    QList<Entity> extractPhones(const QString &text, const QString &defaultCountryCode) const;

    // The E.164 (or digits-only) form of one written number; empty when it is not plausible.
    static QString normalizePhone(const QString &written, const QString &defaultCountryCode);

private:
    QRegularExpression m_email;
    QRegularExpression m_phone;
};

} // namespace sportello::nlu
