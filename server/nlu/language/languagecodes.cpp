// SPDX-License-Identifier: LicenseRef-Sportello
// Language codes and names, as people and CLD2 write them, mapped to ISO 639-1.
#include "nlu/language/languagecodes.h"

#include <cld2/public/compact_lang_det.h>
#include <cstdio>

#include <QHash>
#include <QList>

#include "nlu/text/textnormalizer.h"

namespace sportello::nlu {

namespace {

// CLD2 answers with the ISO codes of its time: Hebrew, Javanese and Yiddish have changed
// since, and callers compare with today's codes. Regional variants ("zh-Hant") keep only
// the language.
QString modernCode(const char *cld2Code)
{
    QString code = QString::fromLatin1(cld2Code).toLower();
    if (const qsizetype dash = code.indexOf(u'-'); dash > 0)
        code.truncate(dash);
    if (code == u"iw")
        return QStringLiteral("he");
    if (code == u"jw")
        return QStringLiteral("jv");
    if (code == u"ji")
        return QStringLiteral("yi");
    return code;
}

// Unknown, and the per-script pseudo-languages ("xx-Latn") CLD2 uses internally.
bool isKnown(CLD2::Language language)
{
    return language != CLD2::UNKNOWN_LANGUAGE && language != CLD2::TG_UNKNOWN_LANGUAGE &&
           language >= 0 && language < CLD2::NUM_LANGUAGES &&
           qstrncmp(CLD2::LanguageCode(language), "xx", 2) != 0;
}

// Every detection asks for a handful of codes: a table built once (thread-safe static
// initialisation) keeps CLD2's name parser and the text folding off that path.
struct CodeTables
{
    QList<QString> byLanguage;     // CLD2 Language -> modern code, empty when unknown
    QHash<QString, QString> codes; // lower-case CLD2 code -> modern code

    CodeTables()
    {
        byLanguage.resize(CLD2::NUM_LANGUAGES);
        for (int i = 0; i < CLD2::NUM_LANGUAGES; ++i) {
            const auto language = static_cast<CLD2::Language>(i);
            if (!isKnown(language))
                continue;
            byLanguage[i] = modernCode(CLD2::LanguageCode(language));
            codes.insert(QString::fromLatin1(CLD2::LanguageCode(language)).toLower(),
                         byLanguage[i]);
            codes.insert(byLanguage[i], byLanguage[i]);
        }
    }
};

const CodeTables &tables()
{
    static const CodeTables instance;
    return instance;
}

// CLD2 knows English names in capitals only; labelled files written by people often use the
// language's own name instead.
QString nativeName(const QString &folded)
{
    struct Name
    {
        const char16_t *name;
        const char16_t *code;
    };
    static constexpr Name names[] = {
        {u"italiano", u"it"}, {u"inglese", u"en"},    {u"deutsch", u"de"},
        {u"espanol", u"es"},  {u"castellano", u"es"}, {u"francais", u"fr"},
    };
    for (const Name &entry : names) {
        if (folded == entry.name)
            return QString::fromUtf16(entry.code);
    }
    return {};
}

} // namespace

QString LanguageCodes::normalize(const QString &codeOrName)
{
    const QString lower = codeOrName.trimmed().toLower();
    if (lower.isEmpty())
        return {};
    const auto known = tables().codes.constFind(lower);
    if (known != tables().codes.constEnd())
        return *known;
    if (const QString native = nativeName(TextNormalizer::fold(lower)); !native.isEmpty())
        return native;
    // CLD2 parses "en-Latn-GB" style tags in lower case and English names in capitals.
    CLD2::Language language = CLD2::GetLanguageFromName(lower.toUtf8().constData());
    if (!isKnown(language))
        language = CLD2::GetLanguageFromName(lower.toUpper().toUtf8().constData());
    return isKnown(language) ? tables().byLanguage.at(language) : QString();
}

QString LanguageCodes::fromCld2(int language)
{
    return language >= 0 && language < tables().byLanguage.size() ? tables().byLanguage.at(language)
                                                                  : QString();
}

} // namespace sportello::nlu
