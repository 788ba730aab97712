// SPDX-License-Identifier: LicenseRef-Sportello
// What is known about a turn's language before reading its text.
#pragma once

#include <QString>
#include <QStringList>

namespace sportello::nlu {

// Codes are ISO 639-1 ("it"); anything empty is simply unknown. The priors only count when
// they name one of the allowed languages: a business that does not serve German never gets
// "de" back because a contact once wrote in German.
struct LanguageContext
{
    QStringList allowed;          // the business's languages; empty: it, en, es, fr, de
    QString conversationLanguage; // language of the conversation's previous turn
    QString contactLanguage;      // the contact's stored language
    QString phoneLanguage;        // PhoneLanguage::guess() of the contact's number
    QString defaultLanguage;      // the business's default; empty: the first allowed
};

} // namespace sportello::nlu
