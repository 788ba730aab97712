// SPDX-License-Identifier: LicenseRef-Sportello
// A first guess at a customer's language from their phone number's country code.
#include "pipeline/language/phonelanguage.h"

#include <array>

namespace sportello::pipeline {

namespace {
struct Prefix
{
    const char16_t *digits;
    const char16_t *language;
};

// Longest prefixes first so that 378 (San Marino) wins over 37x.
constexpr std::array kPrefixes{
    Prefix{u"378", u"it"}, Prefix{u"379", u"it"}, Prefix{u"352", u"fr"}, Prefix{u"377", u"fr"},
    Prefix{u"423", u"de"}, Prefix{u"353", u"en"}, Prefix{u"502", u"es"}, Prefix{u"503", u"es"},
    Prefix{u"504", u"es"}, Prefix{u"505", u"es"}, Prefix{u"506", u"es"}, Prefix{u"507", u"es"},
    Prefix{u"591", u"es"}, Prefix{u"593", u"es"}, Prefix{u"595", u"es"}, Prefix{u"598", u"es"},
    Prefix{u"39", u"it"},  Prefix{u"34", u"es"},  Prefix{u"33", u"fr"},  Prefix{u"49", u"de"},
    Prefix{u"43", u"de"},  Prefix{u"44", u"en"},  Prefix{u"61", u"en"},  Prefix{u"64", u"en"},
    Prefix{u"27", u"en"},  Prefix{u"52", u"es"},  Prefix{u"54", u"es"},  Prefix{u"56", u"es"},
    Prefix{u"57", u"es"},  Prefix{u"51", u"es"},  Prefix{u"58", u"es"},  Prefix{u"53", u"es"},
    Prefix{u"1", u"en"},
};
} // namespace

QString PhoneLanguage::guess(const QString &waId, const QStringList &businessLanguages)
{
    for (const auto &prefix : kPrefixes) {
        if (waId.startsWith(QStringView(prefix.digits))) {
            const QString language = QString::fromUtf16(prefix.language);
            return businessLanguages.contains(language) ? language : QString();
        }
    }
    return {};
}

} // namespace sportello::pipeline
