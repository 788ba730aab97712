// SPDX-License-Identifier: LicenseRef-Sportello
// A first guess at a customer's language from their phone number's country code.
#pragma once

#include <QString>
#include <QStringList>

namespace sportello::pipeline {

// Weak evidence (an Italian number can belong to a German speaker), used only when nothing
// better is known: the keyword's own language or the contact's stored language come first.
class PhoneLanguage
{
public:
    // Empty when the prefix says nothing or names a language the business does not serve.
    static QString guess(const QString &waId, const QStringList &businessLanguages);
};

} // namespace sportello::pipeline
