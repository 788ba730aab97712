// SPDX-License-Identifier: LicenseRef-Sportello
// intents.*: managers see the business's intents, add examples (the model retrains in the
// background and every console hears of it) and remove them; over real loopback WebSockets.
#include <chrono>

#include "hubtestsupport.h"
#include "nlu/runtime/intentmodelregistry.h"
#include "storage/intentexamplerepository.h"

namespace sportello::test {
namespace {

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;
using protocol::Envelope;

const QString kBusiness = TestConfig::kSampleBusiness;
// Training the default taxonomy takes seconds; a loaded machine may need many more.
constexpr auto kTrainingTimeout = 90s;

// A server whose hub knows the intent models (as the application wires it), with its first
// model trained, and the staff of hubtestsupport.h.
class IntentsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        addStaff(server);
        registry = server.app().intentModels();
        ASSERT_NE(registry, nullptr);
        server.app().agentHub()->setIntentRegistry(registry);
        ASSERT_TRUE(waitFor([&] { return modelState() == nlu::IntentModelStatus::State::Ready; },
                            kTrainingTimeout))
            << "the default model was not ready in time";
        manager = loggedIn(server, QStringLiteral("marco"));
    }

    nlu::IntentModelStatus::State modelState() const { return registry->status(kBusiness).state; }

    // The registry can look idle for an instant between two trainings: waiting for the
    // number of examples the last change leaves is what tells the last training is done.
    bool modelReadyWith(int customExamples)
    {
        return waitFor(
            [&] {
                const auto status = registry->status(kBusiness);
                return status.state == nlu::IntentModelStatus::State::Ready &&
                       status.customExamples == customExamples;
            },
            kTrainingTimeout);
    }

    int storedExamples()
    {
        return int(storage::IntentExampleRepository(server.app().database().connection())
                       .forBusiness(kBusiness)
                       .size());
    }

    TestServer server;
    nlu::IntentModelRegistry *registry = nullptr;
    std::unique_ptr<HubTestClient> manager;
};

QJsonObject addData(const QString &intent, const QString &language, const QStringList &texts)
{
    return {{QStringLiteral("intent"), intent},
            {QStringLiteral("language"), language},
            {QStringLiteral("texts"), QJsonArray::fromStringList(texts)}};
}

QJsonObject catalogOf(const std::optional<Envelope> &answer)
{
    return answer ? answer->data.value(QLatin1StringView("catalog")).toObject() : QJsonObject{};
}

// The intent called `name` in a catalog's JSON, or an empty object.
QJsonObject intentIn(const QJsonObject &catalog, const QString &name)
{
    for (const auto &value : catalog.value(QLatin1StringView("intents")).toArray()) {
        if (value.toObject().value(QLatin1StringView("name")).toString() == name)
            return value.toObject();
    }
    return {};
}

QJsonObject modelOf(const QJsonObject &catalog)
{
    return catalog.value(QLatin1StringView("model")).toObject();
}

QString fieldOf(const std::optional<Envelope> &answer)
{
    return answer ? answer->error.field : QString();
}

const QStringList kWhitening{QStringLiteral("Quanto costa lo sbiancamento dei denti?"),
                             QStringLiteral("Fate offerte per lo sbiancamento?"),
                             QStringLiteral("Vorrei informazioni sullo sbiancamento")};

TEST_F(IntentsTest, TheCatalogListsTheDefaultTaxonomyWithItsCounts)
{
    const auto answer = manager->request(QStringLiteral("intents.get"));
    ASSERT_TRUE(isReply(answer)) << errorCode(answer).toStdString();
    const QJsonObject catalog = catalogOf(answer);
    EXPECT_EQ(catalog.value(QLatin1StringView("phone_number_id")).toString(), kBusiness);
    const QJsonArray languages = catalog.value(QLatin1StringView("languages")).toArray();
    EXPECT_EQ(languages.size(), 5);
    EXPECT_TRUE(languages.contains(QStringLiteral("it")));

    const QStringList defaults = nlu::IntentModelRegistry::defaultIntents();
    EXPECT_GE(defaults.size(), 20);
    const QJsonArray intents = catalog.value(QLatin1StringView("intents")).toArray();
    ASSERT_EQ(intents.size(), defaults.size());
    QStringList names;
    for (const auto &value : intents) {
        const QJsonObject intent = value.toObject();
        names.append(intent.value(QLatin1StringView("name")).toString());
        // At least 30 examples per intent in each of the five languages.
        EXPECT_GE(intent.value(QLatin1StringView("default_examples")).toInt(), 30 * 5)
            << names.last().toStdString();
        EXPECT_TRUE(intent.value(QLatin1StringView("custom")).toArray().isEmpty());
    }
    EXPECT_EQ(names, defaults) << "sorted by name";
    EXPECT_TRUE(names.contains(QStringLiteral("booking_request")));
    EXPECT_TRUE(names.contains(QStringLiteral("out_of_scope")));

    const QJsonObject model = modelOf(catalog);
    EXPECT_EQ(model.value(QLatin1StringView("state")).toString(), QStringLiteral("ready"));
    EXPECT_EQ(model.value(QLatin1StringView("intents")).toInt(), defaults.size());
    EXPECT_GE(model.value(QLatin1StringView("examples")).toInt(), 30 * 5 * 20);
    EXPECT_EQ(model.value(QLatin1StringView("custom_examples")).toInt(), 0);
    EXPECT_GT(model.value(QLatin1StringView("ready_at")).toDouble(), 0.0);

    // The same with the business named.
    const auto named = manager->request(QStringLiteral("intents.get"),
                                        {{QStringLiteral("phone_number_id"), kBusiness}});
    ASSERT_TRUE(isReply(named));
    EXPECT_EQ(catalogOf(named), catalog);
    const auto unknown = manager->request(QStringLiteral("intents.get"),
                                          {{QStringLiteral("phone_number_id"), u"999"_s}});
    EXPECT_EQ(errorCode(unknown), QStringLiteral("not_found"));
    EXPECT_EQ(fieldOf(unknown), QStringLiteral("data.phone_number_id"));
}

TEST_F(IntentsTest, ANewIntentIsCreatedTheModelRetrainsAndEveryConsoleHears)
{
    auto admin = loggedIn(server, QStringLiteral("anna"));
    const qint64 before = QDateTime::currentMSecsSinceEpoch();

    QStringList texts = kWhitening;
    texts.append(QStringLiteral("  Quanto costa lo sbiancamento dei denti?  ")); // a repeat
    const auto added = manager->request(QStringLiteral("intents.add"),
                                        addData(u"whitening_offer"_s, u"it"_s, texts));
    ASSERT_TRUE(isReply(added)) << added->error.message.toStdString();
    EXPECT_EQ(added->data.value(QLatin1StringView("added")).toInt(), 3);
    const QJsonObject intent = intentIn(catalogOf(added), u"whitening_offer"_s);
    ASSERT_FALSE(intent.isEmpty()) << "a new name creates the intent";
    EXPECT_EQ(intent.value(QLatin1StringView("default_examples")).toInt(), 0);
    const QJsonArray custom = intent.value(QLatin1StringView("custom")).toArray();
    ASSERT_EQ(custom.size(), 3);
    const QJsonObject first = custom.at(0).toObject();
    EXPECT_EQ(first.value(QLatin1StringView("text")).toString(), kWhitening.at(0));
    EXPECT_EQ(first.value(QLatin1StringView("language")).toString(), QStringLiteral("it"));
    EXPECT_EQ(first.value(QLatin1StringView("created_by")).toString(), QStringLiteral("marco"));
    EXPECT_GE(first.value(QLatin1StringView("created_at")).toDouble(), double(before));
    EXPECT_GT(first.value(QLatin1StringView("id")).toDouble(), 0.0);
    EXPECT_EQ(storedExamples(), 3);

    // The other console hears of it: the model trains again on the new examples, then is
    // ready with them.
    const auto isIntentsEvent = [](const Envelope &event, const QString &state) {
        const QJsonObject catalog = event.data.value(QLatin1StringView("catalog")).toObject();
        return event.type == u"intents.changed" &&
               modelOf(catalog).value(QLatin1StringView("state")).toString() == state &&
               !intentIn(catalog, u"whitening_offer"_s).isEmpty();
    };
    const auto training = admin->waitForEvent(
        [&](const Envelope &event) { return isIntentsEvent(event, u"training"_s); }, 10000);
    ASSERT_TRUE(training.has_value()) << "no intents.changed saying the model is training";
    const auto ready = admin->waitForEvent(
        [&](const Envelope &event) {
            return event.seq > training->seq && isIntentsEvent(event, u"ready"_s) &&
                   modelOf(event.data.value(QLatin1StringView("catalog")).toObject())
                           .value(QLatin1StringView("custom_examples"))
                           .toInt() == 3;
        },
        int(std::chrono::milliseconds(kTrainingTimeout).count()));
    ASSERT_TRUE(ready.has_value()) << "the retrained model was not announced ready";
    const QJsonObject model = modelOf(ready->data.value(QLatin1StringView("catalog")).toObject());
    EXPECT_EQ(model.value(QLatin1StringView("intents")).toInt(),
              nlu::IntentModelRegistry::defaultIntents().size() + 1);
    EXPECT_GE(model.value(QLatin1StringView("ready_at")).toDouble(), double(before));
    EXPECT_TRUE(manager->waitForEvent(u"intents.changed"_s).has_value())
        << "the requesting console hears it too";

    const auto status = registry->status(kBusiness);
    EXPECT_EQ(status.state, nlu::IntentModelStatus::State::Ready);
    EXPECT_EQ(status.customExamples, 3);
    EXPECT_GE(status.readyAt, before);

    // intents.get agrees.
    const auto after = admin->request(QStringLiteral("intents.get"));
    ASSERT_TRUE(isReply(after));
    EXPECT_EQ(intentIn(catalogOf(after), u"whitening_offer"_s)
                  .value(QLatin1StringView("custom"))
                  .toArray()
                  .size(),
              3);
}

TEST_F(IntentsTest, DuplicatesAreSkippedAndARepeatedRequestIsNotRedone)
{
    const auto first = manager->request(QStringLiteral("intents.add"),
                                        addData(u"pricing_inquiry"_s, u"it"_s, kWhitening),
                                        QStringLiteral("add-1"));
    ASSERT_TRUE(isReply(first)) << first->error.message.toStdString();
    EXPECT_EQ(first->data.value(QLatin1StringView("added")).toInt(), 3);
    const QJsonObject pricing = intentIn(catalogOf(first), u"pricing_inquiry"_s);
    EXPECT_GT(pricing.value(QLatin1StringView("default_examples")).toInt(), 0);
    EXPECT_EQ(pricing.value(QLatin1StringView("custom")).toArray().size(), 3);

    // The same id: the stored answer, nothing done twice.
    const auto replayed = manager->request(QStringLiteral("intents.add"),
                                           addData(u"pricing_inquiry"_s, u"it"_s, kWhitening),
                                           QStringLiteral("add-1"));
    ASSERT_TRUE(isReply(replayed));
    EXPECT_EQ(replayed->data, first->data);
    EXPECT_EQ(storedExamples(), 3);

    // A new request with the same texts (even for another intent): skipped, not refused.
    ASSERT_TRUE(modelReadyWith(3));
    const qint64 readyAt = registry->status(kBusiness).readyAt;
    QStringList again = kWhitening;
    again.append(QStringLiteral("Lo sbiancamento è doloroso?"));
    const auto second = manager->request(QStringLiteral("intents.add"),
                                         addData(u"whitening_offer"_s, u"it"_s, again));
    ASSERT_TRUE(isReply(second));
    EXPECT_EQ(second->data.value(QLatin1StringView("added")).toInt(), 1);
    EXPECT_EQ(storedExamples(), 4);
    // The same text in another language is another example. (Waiting first: a change while
    // the model trains queues one more training, which would make the check below racy.)
    ASSERT_TRUE(modelReadyWith(4));
    const auto english = manager->request(
        QStringLiteral("intents.add"), addData(u"whitening_offer"_s, u"en"_s, {kWhitening.at(0)}));
    ASSERT_TRUE(isReply(english));
    EXPECT_EQ(english->data.value(QLatin1StringView("added")).toInt(), 1);

    // Nothing new at all: no retraining.
    ASSERT_TRUE(modelReadyWith(5));
    const qint64 retrainedAt = registry->status(kBusiness).readyAt;
    EXPECT_GT(retrainedAt, readyAt);
    const auto nothing = manager->request(QStringLiteral("intents.add"),
                                          addData(u"whitening_offer"_s, u"it"_s, again));
    ASSERT_TRUE(isReply(nothing));
    EXPECT_EQ(nothing->data.value(QLatin1StringView("added")).toInt(), 0);
    spinEventLoop(300ms);
    EXPECT_EQ(modelState(), nlu::IntentModelStatus::State::Ready);
    EXPECT_EQ(registry->status(kBusiness).readyAt, retrainedAt);
}

TEST_F(IntentsTest, BadRequestsNameTheField)
{
    const auto refused = [&](const QJsonObject &data, const char *type = "intents.add") {
        const auto answer = manager->request(QString::fromLatin1(type), data);
        EXPECT_EQ(errorCode(answer), QStringLiteral("bad_request"))
            << answer->error.message.toStdString();
        return fieldOf(answer);
    };
    for (const QString &name : {u"Whitening Offer"_s, u"1whitening"_s, u"whitening-offer"_s, u""_s,
                                QString(65, u'a'), u"_offer"_s}) {
        EXPECT_EQ(refused(addData(name, u"it"_s, kWhitening)), QStringLiteral("data.intent"))
            << name.toStdString();
    }
    EXPECT_EQ(refused({{QStringLiteral("language"), u"it"_s},
                       {QStringLiteral("texts"), QJsonArray{u"ciao"_s}}}),
              QStringLiteral("data.intent"));
    // A language the business does not speak.
    const auto portuguese =
        manager->request(u"intents.add"_s, addData(u"whitening_offer"_s, u"pt"_s, kWhitening));
    EXPECT_EQ(errorCode(portuguese), QStringLiteral("bad_request"));
    EXPECT_EQ(fieldOf(portuguese), QStringLiteral("data.language"));
    EXPECT_TRUE(portuguese->error.message.contains(QStringLiteral("it, en, es, fr, de")))
        << portuguese->error.message.toStdString();
    EXPECT_EQ(refused(addData(u"whitening_offer"_s, u""_s, kWhitening)),
              QStringLiteral("data.language"));
    // Texts: none, blank, too many, too long, not strings.
    EXPECT_EQ(refused(addData(u"whitening_offer"_s, u"it"_s, {})), QStringLiteral("data.texts"));
    EXPECT_EQ(refused(addData(u"whitening_offer"_s, u"it"_s, {u"ok"_s, u"   "_s})),
              QStringLiteral("data.texts[1]"));
    QStringList many;
    for (int i = 0; i < 101; ++i)
        many.append(QStringLiteral("esempio %1").arg(i));
    EXPECT_EQ(refused(addData(u"whitening_offer"_s, u"it"_s, many)), QStringLiteral("data.texts"));
    EXPECT_EQ(refused(addData(u"whitening_offer"_s, u"it"_s, {QString(501, u'x')})),
              QStringLiteral("data.texts[0]"));
    EXPECT_EQ(refused({{QStringLiteral("intent"), u"whitening_offer"_s},
                       {QStringLiteral("language"), u"it"_s},
                       {QStringLiteral("texts"), QJsonArray{u"ok"_s, 3}}}),
              QStringLiteral("data.texts[1]"));
    EXPECT_EQ(refused({{QStringLiteral("intent"), u"whitening_offer"_s},
                       {QStringLiteral("language"), u"it"_s}}),
              QStringLiteral("data.texts"));
    EXPECT_EQ(storedExamples(), 0) << "nothing was stored behind a refusal";

    // 100 texts of 500 characters are fine.
    QStringList longest;
    for (int i = 0; i < 100; ++i)
        longest.append(QString::number(i) + QString(500 - QString::number(i).size(), u'x'));
    const auto full =
        manager->request(u"intents.add"_s, addData(u"whitening_offer"_s, u"it"_s, longest));
    ASSERT_TRUE(isReply(full)) << full->error.message.toStdString();
    EXPECT_EQ(full->data.value(QLatin1StringView("added")).toInt(), 100);

    // intents.remove: exactly one of id and intent.
    EXPECT_EQ(refused({}, "intents.remove"), QStringLiteral("data.id"));
    EXPECT_EQ(refused({{QStringLiteral("id"), 1}, {QStringLiteral("intent"), u"whitening_offer"_s}},
                      "intents.remove"),
              QStringLiteral("data.intent"));
    EXPECT_EQ(refused({{QStringLiteral("id"), u"1"_s}}, "intents.remove"),
              QStringLiteral("data.id"));
    EXPECT_EQ(refused({{QStringLiteral("intent"), u"Not A Name"_s}}, "intents.remove"),
              QStringLiteral("data.intent"));
}

TEST_F(IntentsTest, AgentsAreRefused)
{
    auto agent = loggedIn(server, QStringLiteral("giulia"));
    const auto get = agent->request(QStringLiteral("intents.get"));
    EXPECT_EQ(errorCode(get), QStringLiteral("forbidden"));
    EXPECT_TRUE(get->error.message.contains(QStringLiteral("managers"))) << "says who may";
    EXPECT_EQ(errorCode(agent->request(QStringLiteral("intents.add"),
                                       addData(u"whitening_offer"_s, u"it"_s, kWhitening))),
              QStringLiteral("forbidden"));
    EXPECT_EQ(errorCode(agent->request(QStringLiteral("intents.remove"),
                                       {{QStringLiteral("intent"), u"whitening_offer"_s}})),
              QStringLiteral("forbidden"));
    EXPECT_EQ(storedExamples(), 0);
    // An admin may, like a manager.
    auto admin = loggedIn(server, QStringLiteral("anna"));
    EXPECT_TRUE(isReply(admin->request(QStringLiteral("intents.get"))));
}

TEST_F(IntentsTest, RemovingByIdAndByIntent)
{
    auto other = loggedIn(server, QStringLiteral("anna"));
    const auto whitening =
        manager->request(u"intents.add"_s, addData(u"whitening_offer"_s, u"it"_s, kWhitening));
    ASSERT_TRUE(isReply(whitening));
    const auto booking = manager->request(
        u"intents.add"_s,
        addData(u"booking_request"_s, u"it"_s,
                {u"Vorrei fissare una seduta di igiene"_s, u"Posso venire giovedì?"_s}));
    ASSERT_TRUE(isReply(booking));
    const QJsonArray custom = intentIn(catalogOf(whitening), u"whitening_offer"_s)
                                  .value(QLatin1StringView("custom"))
                                  .toArray();
    ASSERT_EQ(custom.size(), 3);
    const qint64 id = qint64(custom.at(1).toObject().value(QLatin1StringView("id")).toDouble());

    // One example by id.
    other->clearEvents();
    const auto one = manager->request(u"intents.remove"_s, {{QStringLiteral("id"), id}});
    ASSERT_TRUE(isReply(one)) << one->error.message.toStdString();
    EXPECT_EQ(one->data.value(QLatin1StringView("removed")).toInt(), 1);
    const QJsonArray left =
        intentIn(catalogOf(one), u"whitening_offer"_s).value(QLatin1StringView("custom")).toArray();
    ASSERT_EQ(left.size(), 2);
    for (const auto &value : left)
        EXPECT_NE(qint64(value.toObject().value(QLatin1StringView("id")).toDouble()), id);
    EXPECT_TRUE(other
                    ->waitForEvent([](const Envelope &event) {
                        return event.type == u"intents.changed" &&
                               intentIn(event.data.value(QLatin1StringView("catalog")).toObject(),
                                        u"whitening_offer"_s)
                                       .value(QLatin1StringView("custom"))
                                       .toArray()
                                       .size() == 2;
                    })
                    .has_value())
        << "the removal reaches the other console";
    const auto gone = manager->request(u"intents.remove"_s, {{QStringLiteral("id"), id}});
    EXPECT_EQ(errorCode(gone), QStringLiteral("not_found"));
    EXPECT_EQ(fieldOf(gone), QStringLiteral("data.id"));

    // A business's own intent, whole: it leaves the catalog.
    const auto intent =
        manager->request(u"intents.remove"_s, {{QStringLiteral("intent"), u"whitening_offer"_s}});
    ASSERT_TRUE(isReply(intent));
    EXPECT_EQ(intent->data.value(QLatin1StringView("removed")).toInt(), 2);
    EXPECT_TRUE(intentIn(catalogOf(intent), u"whitening_offer"_s).isEmpty());

    // A default intent: only the business's examples go; the intent stays.
    const auto defaults =
        manager->request(u"intents.remove"_s, {{QStringLiteral("intent"), u"booking_request"_s}});
    ASSERT_TRUE(isReply(defaults));
    EXPECT_EQ(defaults->data.value(QLatin1StringView("removed")).toInt(), 2);
    const QJsonObject bookingAfter = intentIn(catalogOf(defaults), u"booking_request"_s);
    EXPECT_GT(bookingAfter.value(QLatin1StringView("default_examples")).toInt(), 0);
    EXPECT_TRUE(bookingAfter.value(QLatin1StringView("custom")).toArray().isEmpty());
    EXPECT_EQ(storedExamples(), 0);

    // ... and nothing more can be removed from it.
    const auto builtIn =
        manager->request(u"intents.remove"_s, {{QStringLiteral("intent"), u"booking_request"_s}});
    EXPECT_EQ(errorCode(builtIn), QStringLiteral("bad_request"));
    EXPECT_EQ(fieldOf(builtIn), QStringLiteral("data.intent"));
    EXPECT_TRUE(builtIn->error.message.contains(QStringLiteral("default taxonomy")))
        << builtIn->error.message.toStdString();
    const auto unknown =
        manager->request(u"intents.remove"_s, {{QStringLiteral("intent"), u"never_heard_of"_s}});
    EXPECT_EQ(errorCode(unknown), QStringLiteral("not_found"));
    EXPECT_EQ(fieldOf(unknown), QStringLiteral("data.intent"));

    // The model follows: back to the default taxonomy alone.
    ASSERT_TRUE(modelReadyWith(0));
}

} // namespace
} // namespace sportello::test
