// SPDX-License-Identifier: LicenseRef-Sportello
// OptOutKeywords and PhoneLanguage: table-driven recognition rules.
#include <optional>

#include <gtest/gtest.h>

#include "pipeline/language/phonelanguage.h"
#include "pipeline/optout/optoutkeywords.h"
#include "pipelinetestdata.h"

namespace sportello::pipeline {
namespace {

struct KeywordCase
{
    const char *text;                       // UTF-8, as the customer typed it
    std::optional<KeywordMatch::Kind> kind; // nullopt: not a keyword
    const char *keyword = "";               // normalised
    const char *language = "";
};

void PrintTo(const KeywordCase &c, std::ostream *os)
{
    *os << '"' << c.text << '"';
}

class OptOutKeywordsTest : public ::testing::TestWithParam<KeywordCase>
{
};

TEST_P(OptOutKeywordsTest, Recognises)
{
    const KeywordCase &c = GetParam();
    const auto match = OptOutKeywords::match(QString::fromUtf8(c.text));
    if (!c.kind) {
        EXPECT_FALSE(match.has_value()) << "matched as " << match->keyword.toStdString();
        return;
    }
    ASSERT_TRUE(match.has_value());
    EXPECT_EQ(match->kind, *c.kind);
    EXPECT_EQ(match->keyword, QString::fromUtf8(c.keyword));
    EXPECT_EQ(match->language, QString::fromUtf8(c.language));
}

constexpr auto kOut = KeywordMatch::Kind::OptOut;
constexpr auto kIn = KeywordMatch::Kind::OptIn;

INSTANTIATE_TEST_SUITE_P(
    Keywords, OptOutKeywordsTest,
    ::testing::Values(
        KeywordCase{"STOP", kOut, "STOP", ""}, KeywordCase{"stop", kOut, "STOP", ""},
        KeywordCase{" Stop! ", kOut, "STOP", ""}, KeywordCase{"STOP ALL", kOut, "STOP ALL", ""},
        KeywordCase{"stop   all", kOut, "STOP ALL", ""},
        KeywordCase{"Stop-All", kOut, "STOP ALL", ""},
        KeywordCase{"unsubscribe", kOut, "UNSUBSCRIBE", "en"},
        KeywordCase{"Cancellami", kOut, "CANCELLAMI", "it"},
        KeywordCase{"DISISCRIVIMI.", kOut, "DISISCRIVIMI", "it"},
        KeywordCase{"baja", kOut, "BAJA", "es"}, KeywordCase{"¡Baja!", kOut, "BAJA", "es"},
        KeywordCase{"Arrêt", kOut, "ARRET", "fr"}, KeywordCase{"ARRÊT", kOut, "ARRET", "fr"},
        KeywordCase{"arret", kOut, "ARRET", "fr"}, KeywordCase{"Abmelden", kOut, "ABMELDEN", "de"},
        KeywordCase{"«STOP»", kOut, "STOP", ""}, KeywordCase{"\"stop\"", kOut, "STOP", ""},
        KeywordCase{"\tSTOP\n", kOut, "STOP", ""}, KeywordCase{"STOP 🛑", kOut, "STOP", ""},
        KeywordCase{"ＳＴＯＰ", kOut, "STOP", ""}, // full-width letters
        KeywordCase{"START", kIn, "START", ""}, KeywordCase{"start.", kIn, "START", ""},
        KeywordCase{"stop calling me", std::nullopt}, KeywordCase{"stopp", std::nullopt},
        KeywordCase{"please stop", std::nullopt}, KeywordCase{"", std::nullopt},
        KeywordCase{"   ", std::nullopt}, KeywordCase{"🛑", std::nullopt},
        KeywordCase{"STOPSTOP", std::nullopt}, KeywordCase{"STOP STOP", std::nullopt},
        KeywordCase{"S T O P", std::nullopt}, KeywordCase{"non voglio fare stop", std::nullopt},
        KeywordCase{"START NOW", std::nullopt}, KeywordCase{"stop all messages", std::nullopt},
        KeywordCase{"ARRETE", std::nullopt}, KeywordCase{"basta", std::nullopt}));

TEST(OptOutKeywords, LongTextIsNeverAKeyword)
{
    // Only whole, short messages count; a long one that merely pads STOP does not.
    EXPECT_FALSE(OptOutKeywords::match(QStringLiteral("STOP") + QString(80, u'!')));
    EXPECT_TRUE(OptOutKeywords::match(QStringLiteral("STOP") + QString(50, u'!')));
}

TEST(OptOutKeywords, Normalise)
{
    EXPECT_EQ(OptOutKeywords::normalise(QStringLiteral("  Arrêt!  ")), QStringLiteral("ARRET"));
    EXPECT_EQ(OptOutKeywords::normalise(QStringLiteral("stop\t\tall")), QStringLiteral("STOP ALL"));
    EXPECT_EQ(OptOutKeywords::normalise(QStringLiteral("¿Qué pasa?")), QStringLiteral("QUE PASA"));
    EXPECT_EQ(OptOutKeywords::normalise(QString()), QString());
    EXPECT_EQ(OptOutKeywords::normalise(QStringLiteral("...")), QString());
}

// ---------------------------------------------------------------------------------------------

struct PrefixCase
{
    const char *waId;
    const char *language; // "" when the prefix says nothing usable
};

void PrintTo(const PrefixCase &c, std::ostream *os)
{
    *os << c.waId;
}

class PhoneLanguageTest : public ::testing::TestWithParam<PrefixCase>
{
};

TEST_P(PhoneLanguageTest, GuessesFromTheCountryCode)
{
    const QStringList served{QStringLiteral("it"), QStringLiteral("en"), QStringLiteral("es"),
                             QStringLiteral("fr"), QStringLiteral("de")};
    EXPECT_EQ(PhoneLanguage::guess(QString::fromUtf8(GetParam().waId), served),
              QString::fromUtf8(GetParam().language));
}

INSTANTIATE_TEST_SUITE_P(
    Prefixes, PhoneLanguageTest,
    ::testing::Values(PrefixCase{"393331234567", "it"}, PrefixCase{"378549123456", "it"},
                      PrefixCase{"379123456", "it"}, PrefixCase{"4915112345678", "de"},
                      PrefixCase{"436641234567", "de"}, PrefixCase{"423123456", "de"},
                      PrefixCase{"33612345678", "fr"}, PrefixCase{"352621123456", "fr"},
                      PrefixCase{"37798123456", "fr"}, PrefixCase{"34612345678", "es"},
                      PrefixCase{"5215512345678", "es"}, PrefixCase{"5491123456789", "es"},
                      PrefixCase{"50212345678", "es"}, PrefixCase{"447700900123", "en"},
                      PrefixCase{"353861234567", "en"}, PrefixCase{"14155550100", "en"},
                      PrefixCase{"61412345678", "en"}, PrefixCase{"819012345678", ""},
                      PrefixCase{"41791234567", ""}, // Switzerland: no single language
                      PrefixCase{"37061234567", ""}, // 370 is not 37x of San Marino/Monaco
                      PrefixCase{"", ""}, PrefixCase{"IT.abcdef", ""}));

TEST(PhoneLanguage, OnlyLanguagesTheBusinessServes)
{
    const QStringList italianEnglish{QStringLiteral("it"), QStringLiteral("en")};
    EXPECT_EQ(PhoneLanguage::guess(QStringLiteral("393331234567"), italianEnglish),
              QStringLiteral("it"));
    EXPECT_EQ(PhoneLanguage::guess(QStringLiteral("4915112345678"), italianEnglish), QString());
    EXPECT_EQ(PhoneLanguage::guess(QStringLiteral("14155550100"), italianEnglish),
              QStringLiteral("en"));
    EXPECT_EQ(PhoneLanguage::guess(QStringLiteral("14155550100"), {}), QString());
}

} // namespace
} // namespace sportello::pipeline
