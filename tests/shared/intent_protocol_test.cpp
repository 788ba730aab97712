// SPDX-License-Identifier: LicenseRef-Sportello
// The intents.* protocol: IntentCatalog and its parts round trip through PayloadCodec, the
// three requests through RequestCodec, and every bad field is named by its path.
#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "protocol/messagecodec.h"
#include "protocol/payloadcodec.h"
#include "protocol/requestcodec.h"

namespace sportello::protocol {
namespace {

using namespace Qt::StringLiterals;

template <typename T>
T payloadRoundTrip(const T &value)
{
    ProtocolError error;
    const QJsonObject json = PayloadCodec::toJson(value);
    // Through text, as on the wire.
    const QJsonObject wire = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
    const auto back = PayloadCodec::fromJson<T>(wire, u"data"_s, &error);
    EXPECT_TRUE(back.has_value()) << error.field.toStdString() << ": "
                                  << error.message.toStdString();
    if (!back)
        return T{};
    EXPECT_EQ(PayloadCodec::toJson(*back), json) << "a field was lost or altered";
    return *back;
}

template <typename T>
ProtocolError payloadError(const QJsonObject &json)
{
    ProtocolError error;
    EXPECT_FALSE(PayloadCodec::fromJson<T>(json, u"data.catalog"_s, &error).has_value())
        << QJsonDocument(json).toJson().toStdString();
    EXPECT_EQ(error.code, u"bad_request"_s);
    return error;
}

Envelope requestOf(const QString &type, const QJsonObject &data)
{
    return MessageCodec::request(type, u"r-1"_s, data);
}

template <typename T>
std::optional<T> parse(const QString &type, const QJsonObject &data, ProtocolError *error)
{
    // Through the whole frame path, as the console and the server do.
    const auto decoded = MessageCodec::decode(MessageCodec::encode(requestOf(type, data)));
    EXPECT_TRUE(std::holds_alternative<Envelope>(decoded));
    if (!std::holds_alternative<Envelope>(decoded))
        return std::nullopt;
    return RequestCodec::parse<T>(std::get<Envelope>(decoded), error);
}

template <typename T>
QString requestErrorField(const QString &type, const QJsonObject &data)
{
    ProtocolError error;
    EXPECT_FALSE(parse<T>(type, data, &error).has_value())
        << QJsonDocument(data).toJson().toStdString();
    EXPECT_EQ(error.code, u"bad_request"_s);
    EXPECT_TRUE(error.message.startsWith(error.field)) << error.message.toStdString();
    return error.field;
}

IntentCatalog sampleCatalog()
{
    IntentCatalog catalog;
    catalog.phoneNumberId = u"100000000000001"_s;
    catalog.languages = {u"it"_s, u"en"_s, u"de"_s};
    catalog.model.state = u"failed"_s;
    catalog.model.examples = 2103;
    catalog.model.intents = 21;
    catalog.model.customExamples = 3;
    catalog.model.trainSeconds = 4.25;
    catalog.model.readyAt = 1717171717171;
    catalog.model.error = u"out of memory"_s;
    IntentInfo booking;
    booking.name = u"booking_request"_s;
    booking.defaultExamples = 105;
    IntentInfo whitening;
    whitening.name = u"whitening_offer"_s;
    whitening.custom = {
        {41, u"it"_s, u"Quanto costa lo sbiancamento?"_s, u"marco"_s, 1717171700000},
        {42, u"de"_s, u"Was kostet das Bleaching? 😬"_s, QString(), 1717171700001},
    };
    catalog.intents = {booking, whitening};
    return catalog;
}

TEST(IntentProtocol, TheCatalogRoundTrips)
{
    const IntentCatalog catalog = sampleCatalog();
    const IntentCatalog back = payloadRoundTrip(catalog);
    EXPECT_EQ(back.phoneNumberId, catalog.phoneNumberId);
    EXPECT_EQ(back.languages, catalog.languages);
    EXPECT_EQ(back.model.state, u"failed"_s);
    EXPECT_EQ(back.model.examples, 2103);
    EXPECT_EQ(back.model.intents, 21);
    EXPECT_EQ(back.model.customExamples, 3);
    EXPECT_DOUBLE_EQ(back.model.trainSeconds, 4.25);
    EXPECT_EQ(back.model.readyAt, 1717171717171);
    EXPECT_EQ(back.model.error, u"out of memory"_s);
    ASSERT_EQ(back.intents.size(), 2);
    EXPECT_EQ(back.intents.at(0).defaultExamples, 105);
    EXPECT_TRUE(back.intents.at(0).custom.isEmpty());
    ASSERT_EQ(back.intents.at(1).custom.size(), 2);
    const IntentExampleInfo &german = back.intents.at(1).custom.at(1);
    EXPECT_EQ(german.id, 42);
    EXPECT_EQ(german.language, u"de"_s);
    EXPECT_EQ(german.text, u"Was kostet das Bleaching? 😬"_s);
    EXPECT_TRUE(german.createdBy.isEmpty());
    EXPECT_EQ(german.createdAt, 1717171700001);
    ASSERT_NE(back.intent(u"whitening_offer"_s), nullptr);
    EXPECT_EQ(back.intent(u"nothing"_s), nullptr);

    // The spellings of PROTOCOL.md.
    const QJsonObject json = PayloadCodec::toJson(catalog);
    for (const char *key : {"phone_number_id", "languages", "model", "intents"})
        EXPECT_TRUE(json.contains(QLatin1StringView(key))) << key;
    const QJsonObject model = json.value("model"_L1).toObject();
    for (const char *key :
         {"state", "examples", "intents", "custom_examples", "train_seconds", "ready_at", "error"})
        EXPECT_TRUE(model.contains(QLatin1StringView(key))) << key;
    const QJsonObject intent = json.value("intents"_L1).toArray().at(1).toObject();
    for (const char *key : {"name", "default_examples", "custom"})
        EXPECT_TRUE(intent.contains(QLatin1StringView(key))) << key;
    const QJsonObject example = intent.value("custom"_L1).toArray().at(0).toObject();
    for (const char *key : {"id", "language", "text", "created_by", "created_at"})
        EXPECT_TRUE(example.contains(QLatin1StringView(key))) << key;

    // Every state, and the defaults of an empty catalog part.
    for (const QString &state : {u"none"_s, u"training"_s, u"ready"_s, u"failed"_s}) {
        IntentModelInfo info;
        info.state = state;
        EXPECT_EQ(payloadRoundTrip(info).state, state);
    }
    EXPECT_EQ(IntentModelInfo{}.state, u"none"_s);
}

TEST(IntentProtocol, BadCatalogFieldsAreNamedByTheirPath)
{
    const QJsonObject good = PayloadCodec::toJson(sampleCatalog());
    const auto without = [&](const QString &key) {
        QJsonObject json = good;
        json.remove(key);
        return json;
    };
    const auto with = [&](const QString &key, const QJsonValue &value) {
        QJsonObject json = good;
        json.insert(key, value);
        return json;
    };
    EXPECT_EQ(payloadError<IntentCatalog>(without(u"phone_number_id"_s)).field,
              u"data.catalog.phone_number_id"_s);
    EXPECT_EQ(payloadError<IntentCatalog>(without(u"model"_s)).field, u"data.catalog.model"_s);
    EXPECT_EQ(
        payloadError<IntentCatalog>(with(u"languages"_s, QJsonArray{u"it"_s, u"I T"_s})).field,
        u"data.catalog.languages[1]"_s);
    EXPECT_EQ(payloadError<IntentCatalog>(with(u"intents"_s, u"none"_s)).field,
              u"data.catalog.intents"_s);

    QJsonObject model = good.value("model"_L1).toObject();
    model.insert(u"state"_s, u"cooking"_s);
    EXPECT_EQ(payloadError<IntentCatalog>(with(u"model"_s, model)).field,
              u"data.catalog.model.state"_s);
    model = good.value("model"_L1).toObject();
    model.insert(u"examples"_s, -1);
    EXPECT_EQ(payloadError<IntentCatalog>(with(u"model"_s, model)).field,
              u"data.catalog.model.examples"_s);
    model = good.value("model"_L1).toObject();
    model.insert(u"train_seconds"_s, u"fast"_s);
    EXPECT_EQ(payloadError<IntentCatalog>(with(u"model"_s, model)).field,
              u"data.catalog.model.train_seconds"_s);

    QJsonArray intents = good.value("intents"_L1).toArray();
    QJsonObject whitening = intents.at(1).toObject();
    whitening.insert(u"default_examples"_s, 1.5);
    intents.replace(1, whitening);
    EXPECT_EQ(payloadError<IntentCatalog>(with(u"intents"_s, intents)).field,
              u"data.catalog.intents[1].default_examples"_s);
    whitening = good.value("intents"_L1).toArray().at(1).toObject();
    QJsonArray custom = whitening.value("custom"_L1).toArray();
    QJsonObject example = custom.at(1).toObject();
    example.remove(u"id"_s);
    custom.replace(1, example);
    whitening.insert(u"custom"_s, custom);
    intents = good.value("intents"_L1).toArray();
    intents.replace(1, whitening);
    EXPECT_EQ(payloadError<IntentCatalog>(with(u"intents"_s, intents)).field,
              u"data.catalog.intents[1].custom[1].id"_s);
    example = custom.at(0).toObject();
    example.insert(u"text"_s, u""_s);
    custom.replace(0, example);
    whitening.insert(u"custom"_s, custom);
    intents.replace(1, whitening);
    EXPECT_EQ(payloadError<IntentCatalog>(with(u"intents"_s, intents)).field,
              u"data.catalog.intents[1].custom[0].text"_s);
    intents = good.value("intents"_L1).toArray();
    intents.replace(0, u"booking_request"_s);
    EXPECT_EQ(payloadError<IntentCatalog>(with(u"intents"_s, intents)).field,
              u"data.catalog.intents[0]"_s);
}

TEST(IntentProtocol, RequestsRoundTrip)
{
    EXPECT_TRUE(RequestCodec::isKnownType(u"intents.get"_s));
    EXPECT_TRUE(RequestCodec::isKnownType(u"intents.add"_s));
    EXPECT_TRUE(RequestCodec::isKnownType(u"intents.remove"_s));

    ProtocolError error;
    const auto first =
        parse<IntentsRequest>(u"intents.get"_s, RequestCodec::toJson(IntentsRequest{}), &error);
    ASSERT_TRUE(first.has_value());
    EXPECT_TRUE(first->phoneNumberId.isEmpty()) << "the first business";
    const auto named = parse<IntentsRequest>(
        u"intents.get"_s, RequestCodec::toJson(IntentsRequest{u"100000000000002"_s}), &error);
    ASSERT_TRUE(named.has_value());
    EXPECT_EQ(named->phoneNumberId, u"100000000000002"_s);

    const AddIntentExamplesRequest add{u"100000000000002"_s,
                                       u"whitening_offer"_s,
                                       u"it"_s,
                                       {u"  Quanto costa?  "_s, u"Fate offerte?"_s}};
    const auto added =
        parse<AddIntentExamplesRequest>(u"intents.add"_s, RequestCodec::toJson(add), &error);
    ASSERT_TRUE(added.has_value()) << error.message.toStdString();
    EXPECT_EQ(added->phoneNumberId, add.phoneNumberId);
    EXPECT_EQ(added->intent, add.intent);
    EXPECT_EQ(added->language, u"it"_s);
    EXPECT_EQ(added->texts, (QStringList{u"Quanto costa?"_s, u"Fate offerte?"_s}))
        << "texts are trimmed";

    const auto byId = parse<RemoveIntentExamplesRequest>(
        u"intents.remove"_s, RequestCodec::toJson(RemoveIntentExamplesRequest{{}, 42, {}}), &error);
    ASSERT_TRUE(byId.has_value());
    EXPECT_EQ(byId->id, 42);
    EXPECT_TRUE(byId->intent.isEmpty());
    const auto byIntent = parse<RemoveIntentExamplesRequest>(
        u"intents.remove"_s,
        RequestCodec::toJson(RemoveIntentExamplesRequest{u"100000000000002"_s, 0, u"payment"_s}),
        &error);
    ASSERT_TRUE(byIntent.has_value());
    EXPECT_EQ(byIntent->id, 0);
    EXPECT_EQ(byIntent->intent, u"payment"_s);
    EXPECT_EQ(byIntent->phoneNumberId, u"100000000000002"_s);
}

TEST(IntentProtocol, IntentNamesFollowTheTaxonomysSpelling)
{
    for (const QString &name :
         {u"booking_request"_s, u"a"_s, u"offer2"_s, u"x_"_s, QString(64, u'z')})
        EXPECT_TRUE(RequestCodec::isValidIntentName(name)) << name.toStdString();
    for (const QString &name :
         {QString(), u"Booking"_s, u"2offer"_s, u"_offer"_s, u"whitening-offer"_s, u"white offer"_s,
          u"sbiancamentò"_s, QString(65, u'z')})
        EXPECT_FALSE(RequestCodec::isValidIntentName(name)) << name.toStdString();
}

TEST(IntentProtocol, BadRequestsNameTheField)
{
    const auto add = [](const QJsonValue &intent, const QJsonValue &language,
                        const QJsonValue &texts) {
        QJsonObject data;
        if (!intent.isUndefined())
            data.insert(u"intent"_s, intent);
        if (!language.isUndefined())
            data.insert(u"language"_s, language);
        if (!texts.isUndefined())
            data.insert(u"texts"_s, texts);
        return requestErrorField<AddIntentExamplesRequest>(u"intents.add"_s, data);
    };
    const QJsonArray texts{u"ciao"_s};
    EXPECT_EQ(add(QJsonValue::Undefined, u"it"_s, texts), u"data.intent"_s);
    EXPECT_EQ(add(u"Offer"_s, u"it"_s, texts), u"data.intent"_s);
    EXPECT_EQ(add(7, u"it"_s, texts), u"data.intent"_s);
    EXPECT_EQ(add(u"offer"_s, QJsonValue::Undefined, texts), u"data.language"_s);
    EXPECT_EQ(add(u"offer"_s, u""_s, texts), u"data.language"_s);
    EXPECT_EQ(add(u"offer"_s, u"it"_s, QJsonValue::Undefined), u"data.texts"_s);
    EXPECT_EQ(add(u"offer"_s, u"it"_s, QJsonArray{}), u"data.texts"_s);
    EXPECT_EQ(add(u"offer"_s, u"it"_s, u"ciao"_s), u"data.texts"_s);
    EXPECT_EQ(add(u"offer"_s, u"it"_s, QJsonArray{u"ciao"_s, u" \n "_s}), u"data.texts[1]"_s);
    EXPECT_EQ(add(u"offer"_s, u"it"_s, QJsonArray{u"ciao"_s, false}), u"data.texts[1]"_s);
    EXPECT_EQ(add(u"offer"_s, u"it"_s, QJsonArray{QString(501, u'x')}), u"data.texts[0]"_s);
    QJsonArray many;
    for (int i = 0; i < 101; ++i)
        many.append(QString::number(i));
    EXPECT_EQ(add(u"offer"_s, u"it"_s, many), u"data.texts"_s);
    many.removeLast();
    ProtocolError error;
    EXPECT_TRUE(parse<AddIntentExamplesRequest>(
                    u"intents.add"_s,
                    {{u"intent"_s, u"offer"_s}, {u"language"_s, u"it"_s}, {u"texts"_s, many}},
                    &error)
                    .has_value())
        << "100 is the limit";
    // 500 characters are code points: an emoji counts once.
    QString emoji;
    for (int i = 0; i < 500; ++i)
        emoji += u"😀"_s;
    EXPECT_TRUE(
        parse<AddIntentExamplesRequest>(
            u"intents.add"_s,
            {{u"intent"_s, u"offer"_s}, {u"language"_s, u"it"_s}, {u"texts"_s, QJsonArray{emoji}}},
            &error)
            .has_value());
    EXPECT_EQ(requestErrorField<AddIntentExamplesRequest>(u"intents.add"_s,
                                                          {{u"phone_number_id"_s, u" "_s},
                                                           {u"intent"_s, u"offer"_s},
                                                           {u"language"_s, u"it"_s},
                                                           {u"texts"_s, texts}}),
              u"data.phone_number_id"_s);
    EXPECT_EQ(requestErrorField<IntentsRequest>(u"intents.get"_s, {{u"phone_number_id"_s, 12}}),
              u"data.phone_number_id"_s);

    const auto remove = [](const QJsonObject &data) {
        return requestErrorField<RemoveIntentExamplesRequest>(u"intents.remove"_s, data);
    };
    EXPECT_EQ(remove({}), u"data.id"_s);
    EXPECT_EQ(remove({{u"phone_number_id"_s, u"100000000000001"_s}}), u"data.id"_s);
    EXPECT_EQ(remove({{u"id"_s, 3}, {u"intent"_s, u"offer"_s}}), u"data.intent"_s);
    EXPECT_EQ(remove({{u"id"_s, 0}}), u"data.id"_s);
    EXPECT_EQ(remove({{u"id"_s, 2.5}}), u"data.id"_s);
    EXPECT_EQ(remove({{u"intent"_s, u"Not a name"_s}}), u"data.intent"_s);
    // A null counts as absent, like everywhere else.
    EXPECT_TRUE(parse<RemoveIntentExamplesRequest>(
                    u"intents.remove"_s, {{u"id"_s, 3}, {u"intent"_s, QJsonValue::Null}}, &error)
                    .has_value());
}

} // namespace
} // namespace sportello::protocol
