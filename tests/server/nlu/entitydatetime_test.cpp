// SPDX-License-Identifier: LicenseRef-Sportello
// Dates, times, parts of the day and ranges in five languages, resolved in the business's zone.
#include <vector>

#include <gtest/gtest.h>

#include <QTimeZone>

#include "nlu/entities/entityextractor.h"

using sportello::nlu::Entity;
using sportello::nlu::EntityContext;
using sportello::nlu::EntityExtractor;
using sportello::nlu::EntityType;

namespace {

// Wednesday 4 March 2026, 09:30 in Rome (CET, +01:00).
EntityContext romeWednesday()
{
    const QTimeZone rome("Europe/Rome");
    return EntityContext{QDateTime(QDate(2026, 3, 4), QTime(9, 30), rome), rome, QString()};
}

struct Case
{
    const char *language;
    const char16_t *message;
    EntityType type;
    const char16_t *span;  // the entity's text
    const char16_t *value; // ISO 8601
    const char16_t *end;   // empty when not a range
};

bool isTemporal(EntityType type)
{
    return type == EntityType::DateTime || type == EntityType::Date || type == EntityType::Time;
}

std::string describe(const QList<Entity> &entities)
{
    // Built as a QString: GCC 12 at -O3 warns (-Wrestrict) on chains of std::string operator+.
    QStringList parts;
    for (const Entity &e : entities) {
        parts.append(QStringLiteral("[%1 '%2' %3%4%5]")
                         .arg(sportello::nlu::toString(e.type), e.text, e.value,
                              e.end.isEmpty() ? QString() : QStringLiteral(" .. "), e.end));
    }
    return parts.isEmpty() ? std::string("(nothing)") : parts.join(u' ').toStdString();
}

void checkCases(const std::vector<Case> &cases, const EntityContext &context)
{
    static const EntityExtractor extractor;
    for (const Case &c : cases) {
        const QString message = QString::fromUtf16(c.message);
        // Both with the language known and with it unknown (all five languages tried).
        for (const QString &language : {QString::fromLatin1(c.language), QString()}) {
            const QList<Entity> found = extractor.extract(message, language, context);
            SCOPED_TRACE(QStringLiteral("%1 [%2] -> ").arg(message, language).toStdString() +
                         describe(found));
            QList<Entity> temporal;
            for (const Entity &e : found) {
                if (isTemporal(e.type)) {
                    temporal.append(e);
                }
            }
            ASSERT_EQ(temporal.size(), 1);
            const Entity &e = temporal.first();
            EXPECT_EQ(sportello::nlu::toString(e.type).toStdString(),
                      sportello::nlu::toString(c.type).toStdString());
            EXPECT_EQ(e.text.toStdString(), QString::fromUtf16(c.span).toStdString());
            EXPECT_EQ(message.mid(e.start, e.length).toStdString(), e.text.toStdString());
            EXPECT_EQ(e.value.toStdString(), QString::fromUtf16(c.value).toStdString());
            EXPECT_EQ(e.end.toStdString(), QString::fromUtf16(c.end).toStdString());
        }
    }
}

void checkNothing(const char *language, const std::vector<const char16_t *> &messages,
                  const EntityContext &context)
{
    static const EntityExtractor extractor;
    for (const char16_t *m : messages) {
        const QString message = QString::fromUtf16(m);
        const QList<Entity> found =
            extractor.extract(message, QString::fromLatin1(language), context);
        EXPECT_TRUE(found.isEmpty()) << message.toStdString() << " -> " << describe(found);
    }
}

constexpr EntityType DT = EntityType::DateTime;
constexpr EntityType D = EntityType::Date;
constexpr EntityType T = EntityType::Time;

} // namespace

TEST(EntityDateTime, Italian)
{
    checkCases(
        {
            {"it", u"Posso venire domani alle 10?", DT, u"domani alle 10",
             u"2026-03-05T10:00:00+01:00", u""},
            {"it", u"dopodomani pomeriggio va bene", DT, u"dopodomani pomeriggio",
             u"2026-03-06T12:00:00+01:00", u"2026-03-06T18:00:00+01:00"},
            {"it", u"lunedì prossimo", D, u"lunedì prossimo", u"2026-03-09", u""},
            {"it", u"il 13 marzo alle 15:30", DT, u"13 marzo alle 15:30",
             u"2026-03-13T15:30:00+01:00", u""},
            // Without a year a date already past this year is next year's.
            {"it", u"il 3 marzo", D, u"3 marzo", u"2027-03-03", u""},
            {"it", u"fra due settimane", D, u"fra due settimane", u"2026-03-18", u""},
            {"it", u"tra 3 giorni", D, u"tra 3 giorni", u"2026-03-07", u""},
            {"it", u"3 giorni fa", D, u"3 giorni fa", u"2026-03-01", u""},
            {"it", u"stasera", DT, u"stasera", u"2026-03-04T18:00:00+01:00",
             u"2026-03-04T22:00:00+01:00"},
            {"it", u"stasera alle 9", DT, u"stasera alle 9", u"2026-03-04T21:00:00+01:00", u""},
            {"it", u"domani sera", DT, u"domani sera", u"2026-03-05T18:00:00+01:00",
             u"2026-03-05T22:00:00+01:00"},
            {"it", u"domattina alle 11", DT, u"domattina alle 11", u"2026-03-05T11:00:00+01:00",
             u""},
            {"it", u"oggi pomeriggio", DT, u"oggi pomeriggio", u"2026-03-04T12:00:00+01:00",
             u"2026-03-04T18:00:00+01:00"},
            {"it", u"sabato mattina", DT, u"sabato mattina", u"2026-03-07T08:00:00+01:00",
             u"2026-03-07T12:00:00+01:00"},
            // A weekday is never today: Wednesday means next week's.
            {"it", u"mercoledì", D, u"mercoledì", u"2026-03-11", u""},
            {"it", u"oggi", D, u"oggi", u"2026-03-04", u""},
            {"it", u"venerdì 13 marzo", D, u"venerdì 13 marzo", u"2026-03-13", u""},
            {"it", u"lunedì 9 alle 16", DT, u"lunedì 9 alle 16", u"2026-03-09T16:00:00+01:00", u""},
            {"it", u"giovedì dalle 15 alle 17", DT, u"giovedì dalle 15 alle 17",
             u"2026-03-05T15:00:00+01:00", u"2026-03-05T17:00:00+01:00"},
            {"it", u"il 5 va bene?", D, u"il 5", u"2026-03-05", u""},
            {"it", u"il giorno 20", D, u"il giorno 20", u"2026-03-20", u""},
            {"it", u"la settimana prossima", D, u"la settimana prossima", u"2026-03-09",
             u"2026-03-15"},
            {"it", u"nel weekend", D, u"nel weekend", u"2026-03-07", u"2026-03-08"},
            {"it", u"lunedì della prossima settimana", D, u"lunedì della prossima settimana",
             u"2026-03-09", u""},
            // A time alone is today while it is still ahead, else tomorrow.
            {"it", u"alle 10.30", T, u"alle 10.30", u"2026-03-04T10:30:00+01:00", u""},
            {"it", u"alle 9", T, u"alle 9", u"2026-03-05T09:00:00+01:00", u""},
            {"it", u"ore 10", T, u"ore 10", u"2026-03-04T10:00:00+01:00", u""},
            {"it", u"verso le 11 e mezza", T, u"verso le 11 e mezza", u"2026-03-04T11:30:00+01:00",
             u""},
            // Hours 1-6 are afternoon unless the part of the day says otherwise.
            {"it", u"alle 3", T, u"alle 3", u"2026-03-04T15:00:00+01:00", u""},
            {"it", u"alle 3 di notte", T, u"alle 3 di notte", u"2026-03-05T03:00:00+01:00", u""},
            {"it", u"alle 8 di sera", T, u"alle 8 di sera", u"2026-03-04T20:00:00+01:00", u""},
            {"it", u"all'una", T, u"all'una", u"2026-03-04T13:00:00+01:00", u""},
            {"it", u"alle dieci", T, u"alle dieci", u"2026-03-04T10:00:00+01:00", u""},
            {"it", u"tra le 10 e le 12", T, u"tra le 10 e le 12", u"2026-03-04T10:00:00+01:00",
             u"2026-03-04T12:00:00+01:00"},
            {"it", u"tra le 2 e le 4", T, u"tra le 2 e le 4", u"2026-03-04T14:00:00+01:00",
             u"2026-03-04T16:00:00+01:00"},
            {"it", u"a mezzogiorno", T, u"mezzogiorno", u"2026-03-04T12:00:00+01:00", u""},
            {"it", u"domani a mezzogiorno", DT, u"domani a mezzogiorno",
             u"2026-03-05T12:00:00+01:00", u""},
            {"it", u"tra 2 ore", DT, u"tra 2 ore", u"2026-03-04T11:30:00+01:00", u""},
            {"it", u"fra mezz'ora", DT, u"fra mezz'ora", u"2026-03-04T10:00:00+01:00", u""},
            {"it", u"h 17", T, u"h 17", u"2026-03-04T17:00:00+01:00", u""},
        },
        romeWednesday());
}

TEST(EntityDateTime, English)
{
    checkCases(
        {
            {"en", u"next Tuesday afternoon", DT, u"next Tuesday afternoon",
             u"2026-03-10T12:00:00+01:00", u"2026-03-10T18:00:00+01:00"},
            {"en", u"tomorrow at 9am", DT, u"tomorrow at 9am", u"2026-03-05T09:00:00+01:00", u""},
            {"en", u"in 3 days", D, u"in 3 days", u"2026-03-07", u""},
            {"en", u"in a week", D, u"in a week", u"2026-03-11", u""},
            {"en", u"can I come on the 5th?", D, u"on the 5th", u"2026-03-05", u""},
            {"en", u"3pm", T, u"3pm", u"2026-03-04T15:00:00+01:00", u""},
            {"en", u"at 10:30 p.m.", T, u"at 10:30 p.m.", u"2026-03-04T22:30:00+01:00", u""},
            {"en", u"at noon", T, u"noon", u"2026-03-04T12:00:00+01:00", u""},
            {"en", u"midday", T, u"midday", u"2026-03-04T12:00:00+01:00", u""},
            {"en", u"between 2 and 4pm", T, u"between 2 and 4pm", u"2026-03-04T14:00:00+01:00",
             u"2026-03-04T16:00:00+01:00"},
            {"en", u"from 11am to 1pm", T, u"from 11am to 1pm", u"2026-03-04T11:00:00+01:00",
             u"2026-03-04T13:00:00+01:00"},
            {"en", u"tonight at 8", DT, u"tonight at 8", u"2026-03-04T20:00:00+01:00", u""},
            {"en", u"March 13th at 10:30am", DT, u"March 13th at 10:30am",
             u"2026-03-13T10:30:00+01:00", u""},
            {"en", u"on 20 March 2026", D, u"20 March 2026", u"2026-03-20", u""},
            {"en", u"Friday at 5:30pm", DT, u"Friday at 5:30pm", u"2026-03-06T17:30:00+01:00", u""},
            {"en", u"this morning", DT, u"this morning", u"2026-03-04T08:00:00+01:00",
             u"2026-03-04T12:00:00+01:00"},
            {"en", u"half past 10", T, u"half past 10", u"2026-03-04T10:30:00+01:00", u""},
            {"en", u"next week", D, u"next week", u"2026-03-09", u"2026-03-15"},
            {"en", u"at quarter to 1", T, u"at quarter to 1", u"2026-03-04T12:45:00+01:00", u""},
            {"en", u"the day after tomorrow", D, u"the day after tomorrow", u"2026-03-06", u""},
            {"en", u"in 2 hours", DT, u"in 2 hours", u"2026-03-04T11:30:00+01:00", u""},
            {"en", u"Monday next week at 9", DT, u"Monday next week at 9",
             u"2026-03-09T09:00:00+01:00", u""},
            {"en", u"at 7 in the evening", T, u"at 7 in the evening", u"2026-03-04T19:00:00+01:00",
             u""},
        },
        romeWednesday());
}

TEST(EntityDateTime, Spanish)
{
    checkCases(
        {
            {"es", u"el lunes que viene", D, u"lunes que viene", u"2026-03-09", u""},
            {"es", u"mañana a las 10", DT, u"mañana a las 10", u"2026-03-05T10:00:00+01:00", u""},
            {"es", u"pasado mañana", D, u"pasado mañana", u"2026-03-06", u""},
            {"es", u"el 12 de mayo", D, u"12 de mayo", u"2026-05-12", u""},
            {"es", u"mañana por la tarde", DT, u"mañana por la tarde", u"2026-03-05T12:00:00+01:00",
             u"2026-03-05T18:00:00+01:00"},
            {"es", u"mañana por la mañana", DT, u"mañana por la mañana",
             u"2026-03-05T08:00:00+01:00", u"2026-03-05T12:00:00+01:00"},
            {"es", u"a las 5 de la tarde", T, u"a las 5 de la tarde", u"2026-03-04T17:00:00+01:00",
             u""},
            {"es", u"esta noche", DT, u"esta noche", u"2026-03-04T18:00:00+01:00",
             u"2026-03-04T22:00:00+01:00"},
            {"es", u"dentro de 3 días", D, u"dentro de 3 días", u"2026-03-07", u""},
            {"es", u"entre las 10 y las 12", T, u"entre las 10 y las 12",
             u"2026-03-04T10:00:00+01:00", u"2026-03-04T12:00:00+01:00"},
            {"es", u"a las 10 y media", T, u"a las 10 y media", u"2026-03-04T10:30:00+01:00", u""},
            {"es", u"el próximo viernes", D, u"próximo viernes", u"2026-03-06", u""},
            {"es", u"el viernes 13 de marzo a las 11", DT, u"viernes 13 de marzo a las 11",
             u"2026-03-13T11:00:00+01:00", u""},
            {"es", u"el día 20", D, u"el día 20", u"2026-03-20", u""},
            {"es", u"al mediodía", T, u"mediodía", u"2026-03-04T12:00:00+01:00", u""},
        },
        romeWednesday());
}

TEST(EntityDateTime, French)
{
    checkCases(
        {
            {"fr", u"vendredi matin", DT, u"vendredi matin", u"2026-03-06T08:00:00+01:00",
             u"2026-03-06T12:00:00+01:00"},
            {"fr", u"demain à 14h", DT, u"demain à 14h", u"2026-03-05T14:00:00+01:00", u""},
            {"fr", u"après-demain", D, u"après-demain", u"2026-03-06", u""},
            {"fr", u"le 13 mars", D, u"13 mars", u"2026-03-13", u""},
            {"fr", u"le 1er avril à 10h30", DT, u"1er avril à 10h30", u"2026-04-01T10:30:00+02:00",
             u""},
            {"fr", u"10h30", T, u"10h30", u"2026-03-04T10:30:00+01:00", u""},
            {"fr", u"à 10h", T, u"à 10h", u"2026-03-04T10:00:00+01:00", u""},
            {"fr", u"lundi prochain", D, u"lundi prochain", u"2026-03-09", u""},
            {"fr", u"dans 2 semaines", D, u"dans 2 semaines", u"2026-03-18", u""},
            {"fr", u"ce soir", DT, u"ce soir", u"2026-03-04T18:00:00+01:00",
             u"2026-03-04T22:00:00+01:00"},
            {"fr", u"à midi", T, u"midi", u"2026-03-04T12:00:00+01:00", u""},
            {"fr", u"entre 14h et 16h", T, u"entre 14h et 16h", u"2026-03-04T14:00:00+01:00",
             u"2026-03-04T16:00:00+01:00"},
            {"fr", u"samedi après-midi", DT, u"samedi après-midi", u"2026-03-07T12:00:00+01:00",
             u"2026-03-07T18:00:00+01:00"},
            {"fr", u"à 9 heures du matin", T, u"à 9 heures du matin", u"2026-03-05T09:00:00+01:00",
             u""},
            {"fr", u"aujourd’hui", D, u"aujourd’hui", u"2026-03-04", u""},
        },
        romeWednesday());
}

TEST(EntityDateTime, German)
{
    checkCases(
        {
            {"de", u"übermorgen", D, u"übermorgen", u"2026-03-06", u""},
            {"de", u"morgen um 10 Uhr", DT, u"morgen um 10 Uhr", u"2026-03-05T10:00:00+01:00", u""},
            {"de", u"nächsten Montag", D, u"nächsten Montag", u"2026-03-09", u""},
            {"de", u"am 13. März", D, u"13. März", u"2026-03-13", u""},
            {"de", u"10 Uhr", T, u"10 Uhr", u"2026-03-04T10:00:00+01:00", u""},
            {"de", u"morgen Nachmittag", DT, u"morgen Nachmittag", u"2026-03-05T12:00:00+01:00",
             u"2026-03-05T18:00:00+01:00"},
            {"de", u"heute Abend", DT, u"heute Abend", u"2026-03-04T18:00:00+01:00",
             u"2026-03-04T22:00:00+01:00"},
            {"de", u"morgen früh", DT, u"morgen früh", u"2026-03-05T08:00:00+01:00",
             u"2026-03-05T12:00:00+01:00"},
            {"de", u"um halb 11", T, u"um halb 11", u"2026-03-04T10:30:00+01:00", u""},
            {"de", u"in 3 Tagen", D, u"in 3 Tagen", u"2026-03-07", u""},
            {"de", u"gegen halb 3", T, u"gegen halb 3", u"2026-03-04T14:30:00+01:00", u""},
            {"de", u"zwischen 10 und 12 Uhr", T, u"zwischen 10 und 12 Uhr",
             u"2026-03-04T10:00:00+01:00", u"2026-03-04T12:00:00+01:00"},
            {"de", u"am Freitag um 15:30", DT, u"Freitag um 15:30", u"2026-03-06T15:30:00+01:00",
             u""},
            {"de", u"Montagabend", DT, u"Montagabend", u"2026-03-09T18:00:00+01:00",
             u"2026-03-09T22:00:00+01:00"},
            {"de", u"Freitag, den 13. März um 9 Uhr", DT, u"Freitag, den 13. März um 9 Uhr",
             u"2026-03-13T09:00:00+01:00", u""},
            {"de", u"nächste Woche", D, u"nächste Woche", u"2026-03-09", u"2026-03-15"},
        },
        romeWednesday());
}

TEST(EntityDateTime, NumericDatesAndTimes)
{
    checkCases(
        {
            // Day first in all five languages.
            {"it", u"il 03/04", D, u"03/04", u"2026-04-03", u""},
            {"en", u"on 03/04", D, u"03/04", u"2026-04-03", u""},
            {"de", u"am 3.4.", D, u"3.4.", u"2026-04-03", u""},
            {"fr", u"le 03/04/2026", D, u"03/04/2026", u"2026-04-03", u""},
            {"es", u"el 3-4-26", D, u"3-4-26", u"2026-04-03", u""},
            {"en", u"2026-03-04", D, u"2026-03-04", u"2026-03-04", u""},
            {"en", u"2026-03-20T16:45", DT, u"2026-03-20T16:45", u"2026-03-20T16:45:00+01:00", u""},
            {"it", u"03/04 alle 10:30", DT, u"03/04 alle 10:30", u"2026-04-03T10:30:00+02:00", u""},
            {"it", u"10:30", T, u"10:30", u"2026-03-04T10:30:00+01:00", u""},
            {"en", u"10:30-12:00", T, u"10:30-12:00", u"2026-03-04T10:30:00+01:00",
             u"2026-03-04T12:00:00+01:00"},
        },
        romeWednesday());
}

TEST(EntityDateTime, AlternativeTimeSharesTheDay)
{
    static const EntityExtractor extractor;
    const QList<Entity> found = extractor.extract(QStringLiteral("domani alle 10 o alle 11"),
                                                  QStringLiteral("it"), romeWednesday());
    ASSERT_EQ(found.size(), 2) << describe(found);
    EXPECT_EQ(found.at(0).value, QStringLiteral("2026-03-05T10:00:00+01:00"));
    EXPECT_EQ(found.at(1).value, QStringLiteral("2026-03-05T11:00:00+01:00"));
    EXPECT_EQ(found.at(1).text, QStringLiteral("alle 11"));
}

TEST(EntityDateTime, TwoSeparateDates)
{
    static const EntityExtractor extractor;
    const QList<Entity> found = extractor.extract(QStringLiteral("lunedì o martedì mattina"),
                                                  QStringLiteral("it"), romeWednesday());
    ASSERT_EQ(found.size(), 2) << describe(found);
    EXPECT_EQ(found.at(0).value, QStringLiteral("2026-03-09"));
    EXPECT_EQ(found.at(1).value, QStringLiteral("2026-03-10T08:00:00+01:00"));
}

TEST(EntityDateTime, MovingFromOneDayToAnother)
{
    static const EntityExtractor extractor;
    const QList<Entity> found = extractor.extract(
        QStringLiteral("Posso spostare l'appuntamento di martedì alle 16:30 a mercoledì prossimo?"),
        QStringLiteral("it"), romeWednesday());
    ASSERT_EQ(found.size(), 2) << describe(found);
    EXPECT_EQ(found.at(0).text, QStringLiteral("martedì alle 16:30"));
    EXPECT_EQ(found.at(0).value, QStringLiteral("2026-03-10T16:30:00+01:00"));
    EXPECT_EQ(found.at(1).text, QStringLiteral("mercoledì prossimo"));
    EXPECT_EQ(found.at(1).value, QStringLiteral("2026-03-11"));
}

TEST(EntityDateTime, GreetingsAndFalseFriendsAreNotTimes)
{
    const EntityContext context = romeWednesday();
    checkNothing("it",
                 {u"Buona sera, ok grazie", u"buonasera", u"Buon pomeriggio!", u"ho 3 figli",
                  u"sono a 10 minuti"},
                 context);
    checkNothing("en", {u"Good morning!", u"Good evening, thanks", u"good night"}, context);
    checkNothing("es", {u"Buenas tardes", u"llego tarde", u"buenas noches"}, context);
    checkNothing("fr", {u"Bonne soirée", u"bonne nuit", u"Bonjour"}, context);
    checkNothing("de", {u"Guten Morgen", u"Guten Abend", u"gute Nacht"}, context);
    // With the language unknown "hier" is German "here", not French "yesterday".
    checkNothing("", {u"Ich bin hier"}, context);
    // A bare number is a time only after a time cue, and quantities are not dates.
    checkNothing("",
                 {u"siamo in 10", u"prenoto per 10", u"sono le 10", u"il 5 per cento",
                  u"10 minuti di ritardo", u"1/2 kg", u"voto 10", u"ho 2 figli di 3 e 5 anni",
                  u"version 2.0", u"score 3-1", u"in 2 people"},
                 context);
}

TEST(EntityDateTime, FrenchYesterdayNeedsTheLanguage)
{
    static const EntityExtractor extractor;
    const QList<Entity> found = extractor.extract(QStringLiteral("j'ai appelé hier"),
                                                  QStringLiteral("fr"), romeWednesday());
    ASSERT_EQ(found.size(), 1) << describe(found);
    EXPECT_EQ(found.first().value, QStringLiteral("2026-03-03"));
}

TEST(EntityDateTime, AcrossTheSpringDstChange)
{
    // Wednesday 25 March 2026; Rome moves to CEST (+02:00) on Sunday 29 March at 02:00.
    const QTimeZone rome("Europe/Rome");
    const EntityContext context{QDateTime(QDate(2026, 3, 25), QTime(10, 0), rome), rome, {}};
    checkCases(
        {
            {"it", u"domenica alle 10", DT, u"domenica alle 10", u"2026-03-29T10:00:00+02:00", u""},
            {"it", u"lunedì alle 9", DT, u"lunedì alle 9", u"2026-03-30T09:00:00+02:00", u""},
            {"it", u"sabato sera", DT, u"sabato sera", u"2026-03-28T18:00:00+01:00",
             u"2026-03-28T22:00:00+01:00"},
            // 02:30 does not exist that night: the clock jumps to 03:00.
            {"it", u"domenica alle 02:30", DT, u"domenica alle 02:30", u"2026-03-29T03:30:00+02:00",
             u""},
            {"it", u"fra una settimana", D, u"fra una settimana", u"2026-04-01", u""},
        },
        context);
}

TEST(EntityDateTime, NewYorkZone)
{
    // The same instant read by a business in New York (EST, -05:00); DST starts there on
    // Sunday 8 March 2026.
    const QTimeZone newYork("America/New_York");
    const EntityContext context{QDateTime(QDate(2026, 3, 4), QTime(9, 30), newYork), newYork, {}};
    checkCases(
        {
            {"en", u"tomorrow at 9am", DT, u"tomorrow at 9am", u"2026-03-05T09:00:00-05:00", u""},
            {"en", u"next Monday at 10", DT, u"next Monday at 10", u"2026-03-09T10:00:00-04:00",
             u""},
            {"en", u"in 2 hours", DT, u"in 2 hours", u"2026-03-04T11:30:00-05:00", u""},
        },
        context);
}

TEST(EntityDateTime, TodayIsTheBusinessDayNotUtc)
{
    // 23:30 UTC on Wednesday is already Thursday 00:30 in Rome.
    const QTimeZone rome("Europe/Rome");
    const EntityContext context{
        QDateTime(QDate(2026, 3, 4), QTime(23, 30), QTimeZone::utc()), rome, {}};
    checkCases(
        {
            {"it", u"domani", D, u"domani", u"2026-03-06", u""},
            {"it", u"alle 10", T, u"alle 10", u"2026-03-05T10:00:00+01:00", u""},
        },
        context);
}
