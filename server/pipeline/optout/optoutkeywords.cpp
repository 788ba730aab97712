// SPDX-License-Identifier: LicenseRef-Sportello
// Recognises opt-out and opt-in keywords sent as a whole message.
#include "pipeline/optout/optoutkeywords.h"

#include <array>

namespace sportello::pipeline {

namespace {
struct Keyword
{
    const char16_t *text;
    KeywordMatch::Kind kind;
    const char16_t *language;
};

constexpr std::array kKeywords{
    Keyword{u"STOP", KeywordMatch::Kind::OptOut, u""},
    Keyword{u"STOP ALL", KeywordMatch::Kind::OptOut, u""},
    Keyword{u"UNSUBSCRIBE", KeywordMatch::Kind::OptOut, u"en"},
    Keyword{u"CANCELLAMI", KeywordMatch::Kind::OptOut, u"it"},
    Keyword{u"DISISCRIVIMI", KeywordMatch::Kind::OptOut, u"it"},
    Keyword{u"BAJA", KeywordMatch::Kind::OptOut, u"es"},
    Keyword{u"ARRET", KeywordMatch::Kind::OptOut, u"fr"},
    Keyword{u"ABMELDEN", KeywordMatch::Kind::OptOut, u"de"},
    Keyword{u"START", KeywordMatch::Kind::OptIn, u""},
};
// Answers to "do you want to stop receiving our messages?" that mean yes. Deliberately short
// and explicit: "ok" or a thumbs-up is not consent to anything.
constexpr std::array kAffirmatives{
    u"SI",          u"SI GRAZIE",   u"SI CONFERMO", u"CONFERMO",  u"YES",
    u"YES PLEASE",  u"YES CONFIRM", u"CONFIRM",     u"CONFIRMED", u"SI POR FAVOR",
    u"CONFIRMO",    u"SI CONFIRMO", u"OUI",         u"OUI MERCI", u"OUI JE CONFIRME",
    u"JE CONFIRME", u"CONFIRME",    u"JA",          u"JA BITTE",  u"JA BESTATIGE",
    u"BESTATIGE",   u"BESTATIGT",
};
} // namespace

bool OptOutKeywords::isAffirmative(const QString &text)
{
    if (text.size() > 64)
        return false;
    const QString normalised = normalise(text);
    for (const auto *answer : kAffirmatives) {
        if (normalised == QStringView(answer))
            return true;
    }
    return false;
}

QString OptOutKeywords::normalise(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue; // the accent of "Arrêt"
        if (c.isLetterOrNumber()) {
            if (pendingSpace && !out.isEmpty())
                out += u' ';
            pendingSpace = false;
            out += c.toUpper();
        } else if (c.isSpace()) {
            pendingSpace = true;
        } else {
            // Punctuation and symbols ("stop!", "«STOP»", an emoji) separate like spaces.
            pendingSpace = true;
        }
    }
    return out;
}

std::optional<KeywordMatch> OptOutKeywords::match(const QString &text)
{
    if (text.size() > 64)
        return std::nullopt;
    const QString normalised = normalise(text);
    for (const auto &keyword : kKeywords) {
        if (normalised == QStringView(keyword.text))
            return KeywordMatch{keyword.kind, normalised, QString::fromUtf16(keyword.language)};
    }
    return std::nullopt;
}

} // namespace sportello::pipeline
