// SPDX-License-Identifier: LicenseRef-Sportello
// The business's services and staff found by name, alias, title and light plural changes.
#include <gtest/gtest.h>

#include <QJsonArray>
#include <QTimeZone>

#include "nlu/entities/entityextractor.h"
#include "nlu/entities/gazetteer.h"

using sportello::nlu::Entity;
using sportello::nlu::EntityContext;
using sportello::nlu::EntityExtractor;
using sportello::nlu::EntityType;
using sportello::nlu::Gazetteer;

namespace {

EntityContext context()
{
    const QTimeZone rome("Europe/Rome");
    return EntityContext{QDateTime(QDate(2026, 3, 4), QTime(9, 30), rome), rome, QString()};
}

Gazetteer dentalAndTours()
{
    Gazetteer g;
    g.addService(QStringLiteral("Igiene dentale"),
                 {QStringLiteral("pulizia dei denti"), QStringLiteral("ablazione tartaro")});
    g.addService(QStringLiteral("Sbiancamento"));
    g.addService(QStringLiteral("Tour"));
    g.addService(QStringLiteral("Walking tour"));
    g.addService(QStringLiteral("Colosseum tour"), {QStringLiteral("Colosseo")});
    g.addService(QStringLiteral("Crème brûlée class"));
    g.addStaff(QStringLiteral("Dott.ssa Rossi"), {QStringLiteral("Giulia Rossi")});
    g.addStaff(QStringLiteral("Marco Bianchi"));
    return g;
}

struct Found
{
    EntityType type;
    QString text;
    QString canonical;
};

QList<Found> gazetteerHits(const EntityExtractor &extractor, const QString &message)
{
    QList<Found> out;
    for (const Entity &e : extractor.extract(message, QString(), context())) {
        if (e.type == EntityType::Service || e.type == EntityType::Staff) {
            EXPECT_EQ(message.mid(e.start, e.length), e.text);
            EXPECT_EQ(e.value, e.canonical);
            out.append(Found{e.type, e.text, e.canonical});
        }
    }
    return out;
}

} // namespace

TEST(EntityGazetteer, ServicesAndStaffWithAliasesAndTitles)
{
    const EntityExtractor extractor(dentalAndTours());
    const QList<Found> hits = gazetteerHits(
        extractor, QStringLiteral("Vorrei una pulizia dei denti con la dottoressa Rossi"));
    ASSERT_EQ(hits.size(), 2);
    EXPECT_EQ(hits.at(0).type, EntityType::Service);
    EXPECT_EQ(hits.at(0).text, QStringLiteral("pulizia dei denti"));
    EXPECT_EQ(hits.at(0).canonical, QStringLiteral("Igiene dentale"));
    EXPECT_EQ(hits.at(1).type, EntityType::Staff);
    EXPECT_EQ(hits.at(1).text, QStringLiteral("dottoressa Rossi"));
    EXPECT_EQ(hits.at(1).canonical, QStringLiteral("Dott.ssa Rossi"));
}

TEST(EntityGazetteer, CaseAccentsArticlesAndPlurals)
{
    const EntityExtractor extractor(dentalAndTours());
    const struct
    {
        const char16_t *message;
        const char16_t *text;
        const char16_t *canonical;
    } cases[] = {
        {u"quanto costa l'IGIENE DENTALE?", u"IGIENE DENTALE", u"Igiene dentale"},
        {u"prezzo pulizia denti", u"pulizia denti", u"Igiene dentale"},
        {u"do you have walking tours today?", u"walking tours", u"Walking tour"},
        {u"Is the Colosseum tour available?", u"Colosseum tour", u"Colosseum tour"},
        {u"visita al colosseo", u"colosseo", u"Colosseum tour"},
        {u"creme brulee class on Friday", u"creme brulee class", u"Crème brûlée class"},
        {u"appuntamento con Dr Rossi", u"Dr Rossi", u"Dott.ssa Rossi"},
        {u"appuntamento con la dott.ssa rossi", u"dott.ssa rossi", u"Dott.ssa Rossi"},
        {u"c'è Bianchi oggi?", u"Bianchi", u"Marco Bianchi"},
        {u"con marco bianchi", u"marco bianchi", u"Marco Bianchi"},
    };
    for (const auto &c : cases) {
        const QString message = QString::fromUtf16(c.message);
        SCOPED_TRACE(message.toStdString());
        const QList<Found> hits = gazetteerHits(extractor, message);
        ASSERT_EQ(hits.size(), 1);
        EXPECT_EQ(hits.first().text.toStdString(), QString::fromUtf16(c.text).toStdString());
        EXPECT_EQ(hits.first().canonical.toStdString(),
                  QString::fromUtf16(c.canonical).toStdString());
    }
}

TEST(EntityGazetteer, LongestNameWinsAndWordsMustBeWhole)
{
    const EntityExtractor extractor(dentalAndTours());
    QList<Found> hits = gazetteerHits(extractor, QStringLiteral("colosseum tour o tour semplice"));
    ASSERT_EQ(hits.size(), 2);
    EXPECT_EQ(hits.at(0).canonical, QStringLiteral("Colosseum tour"));
    EXPECT_EQ(hits.at(1).canonical, QStringLiteral("Tour"));
    // Not inside other words, not a lowercase surname that is an ordinary word, not across a
    // sentence break.
    EXPECT_TRUE(gazetteerHits(extractor, QStringLiteral("tourism is great")).isEmpty());
    EXPECT_TRUE(gazetteerHits(extractor, QStringLiteral("ho i denti rossi")).isEmpty());
    EXPECT_TRUE(gazetteerHits(extractor, QStringLiteral("pulizia. Denti")).isEmpty());
}

TEST(EntityGazetteer, SetterAndJson)
{
    EntityExtractor extractor;
    EXPECT_TRUE(gazetteerHits(extractor, QStringLiteral("sbiancamento")).isEmpty());
    const Gazetteer gazetteer = Gazetteer::fromJson(QJsonObject{
        {QStringLiteral("services"),
         QJsonArray{QStringLiteral("Sbiancamento"),
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("Igiene dentale")},
                                {QStringLiteral("aliases"),
                                 QJsonArray{QStringLiteral("pulizia dei denti")}}}}},
        {QStringLiteral("staff"), QJsonArray{QStringLiteral("Dr. Verdi")}},
    });
    ASSERT_EQ(gazetteer.entries().size(), 3);
    EXPECT_EQ(Gazetteer::fromJson(gazetteer.toJson()), gazetteer);
    extractor.setGazetteer(gazetteer);
    EXPECT_EQ(extractor.gazetteer(), gazetteer);
    const QList<Found> hits =
        gazetteerHits(extractor, QStringLiteral("Sbiancamento con il dottor Verdi"));
    ASSERT_EQ(hits.size(), 2);
    EXPECT_EQ(hits.at(1).text, QStringLiteral("dottor Verdi"));
    EXPECT_EQ(hits.at(1).canonical, QStringLiteral("Dr. Verdi"));
}
