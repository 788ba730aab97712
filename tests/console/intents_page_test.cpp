// SPDX-License-Identifier: LicenseRef-Sportello
// The managers' Intents page: IntentCatalogModel's two levels, and with the real server and
// the real widgets (offscreen): the catalog shows, examples are added and removed through the
// page, and the model's training state follows.
#include <chrono>
#include <memory>

#include <gtest/gtest.h>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>

#include "agents/hub/agenthub.h"
#include "models/consolestore.h"
#include "models/intentcatalogmodel.h"
#include "net/consoleactions.h"
#include "net/hubclient.h"
#include "nlu/runtime/intentmodelregistry.h"
#include "support/testconfig.h"
#include "support/testserver.h"
#include "support/testusers.h"
#include "support/waitfor.h"
#include "views/intentspage.h"
#include "views/mainwindow.h"
#include "views/settingsdialog.h"
#include "viewtestsupport.h"

using namespace sportello;
using namespace sportello::console;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;
using console::test::child;
using models::IntentCatalogModel;
using sportello::test::waitFor;

namespace {

const QString kPassword = u"correct horse battery"_s;
constexpr auto kTrainingTimeout = 90s;

protocol::IntentCatalog smallCatalog()
{
    protocol::IntentCatalog catalog;
    catalog.phoneNumberId = u"100000000000001"_s;
    catalog.languages = {u"it"_s, u"en"_s};
    catalog.model.state = u"ready"_s;
    catalog.model.examples = 140;
    catalog.model.intents = 3;
    catalog.model.customExamples = 2;
    catalog.model.trainSeconds = 1.5;
    catalog.model.readyAt = 1717171717171;
    protocol::IntentInfo booking{u"booking_request"_s, 70, {}};
    protocol::IntentInfo greeting{u"greeting"_s, 70, {}};
    protocol::IntentInfo whitening{u"whitening_offer"_s, 0, {}};
    whitening.custom = {{7, u"it"_s, u"Quanto costa lo sbiancamento?"_s, u"marco"_s, 1},
                        {9, u"en"_s, u"How much is whitening?"_s, u"anna"_s, 2}};
    catalog.intents = {booking, greeting, whitening};
    return catalog;
}

class IntentsPageTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { console::test::ensureViewsApplication(); }
};

} // namespace

TEST_F(IntentsPageTest, TheModelHasIntentsAtTheRootAndTheirExamplesBelow)
{
    IntentCatalogModel model;
    EXPECT_FALSE(model.isLoaded());
    EXPECT_EQ(model.rowCount(), 0);
    console::test::SignalLog changed(&model, &IntentCatalogModel::catalogChanged);
    model.setCatalog(smallCatalog());
    EXPECT_TRUE(model.isLoaded());
    EXPECT_EQ(changed.count(), 1);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.columnCount(), 3);

    const QModelIndex whitening = model.indexOfIntent(u"whitening_offer"_s);
    ASSERT_TRUE(whitening.isValid());
    EXPECT_EQ(whitening.row(), 2);
    EXPECT_FALSE(model.parent(whitening).isValid());
    EXPECT_EQ(whitening.data().toString(), u"whitening_offer"_s);
    EXPECT_EQ(model.index(2, IntentCatalogModel::DefaultColumn).data().toInt(), 0);
    EXPECT_EQ(model.index(2, IntentCatalogModel::CustomColumn).data().toInt(), 2);
    EXPECT_EQ(model.index(0, IntentCatalogModel::DefaultColumn).data().toInt(), 70);
    EXPECT_FALSE(whitening.data(IntentCatalogModel::IsExampleRole).toBool());

    ASSERT_EQ(model.rowCount(whitening), 2);
    EXPECT_EQ(model.rowCount(model.index(2, 1)), 0) << "only the first column has children";
    EXPECT_EQ(model.rowCount(model.indexOfIntent(u"greeting"_s)), 0);
    const QModelIndex english = model.index(1, IntentCatalogModel::TextColumn, whitening);
    ASSERT_TRUE(english.isValid());
    EXPECT_EQ(model.parent(english), whitening);
    EXPECT_EQ(english.data().toString(), u"How much is whitening?"_s);
    EXPECT_EQ(english.data(IntentCatalogModel::ExampleIdRole).toLongLong(), 9);
    EXPECT_EQ(english.data(IntentCatalogModel::IntentNameRole).toString(), u"whitening_offer"_s);
    EXPECT_TRUE(english.data(IntentCatalogModel::IsExampleRole).toBool());
    EXPECT_EQ(model.index(1, IntentCatalogModel::LanguageColumn, whitening).data().toString(),
              u"en"_s);
    EXPECT_EQ(model.index(1, IntentCatalogModel::AddedByColumn, whitening).data().toString(),
              u"anna"_s);
    EXPECT_FALSE(model.index(2, 0, whitening).isValid());
    EXPECT_FALSE(model.index(0, 0, english).isValid()) << "examples have no children";
    EXPECT_FALSE(model.index(3, 0).isValid());
    EXPECT_FALSE(model.indexOfIntent(u"nothing"_s).isValid());
    EXPECT_EQ(model.headerData(0, Qt::Horizontal).toString(), u"Intent"_s);

    model.clear();
    EXPECT_FALSE(model.isLoaded());
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(changed.count(), 2);
}

TEST_F(IntentsPageTest, ThePageValidatesTheFormNextToTheFields)
{
    IntentCatalogModel model;
    views::IntentsPage page;
    page.setModel(&model);
    page.show();
    auto *add = child<QPushButton>(page, "addIntentExamplesButton");
    auto *name = child<QComboBox>(page, "addIntentName");
    auto *language = child<QComboBox>(page, "addIntentLanguage");
    auto *texts = child<QPlainTextEdit>(page, "addIntentTexts");
    auto *nameError = child<QLabel>(page, "addIntentNameError");
    auto *textsError = child<QLabel>(page, "addIntentTextsError");
    ASSERT_TRUE(add && name && language && texts && nameError && textsError);
    EXPECT_FALSE(add->isEnabled()) << "nothing to add to before the catalog is there";
    EXPECT_TRUE(page.modelStateText().contains(u"Loading"_s));

    model.setCatalog(smallCatalog());
    EXPECT_TRUE(page.modelStateText().startsWith(u"Ready"_s)) << page.modelStateText();
    EXPECT_EQ(name->count(), 3);
    ASSERT_EQ(language->count(), 2);
    EXPECT_EQ(language->itemData(0).toString(), u"it"_s);
    EXPECT_EQ(language->itemText(0), u"Italian"_s);

    console::test::SignalLog requested(&page, &views::IntentsPage::addExamplesRequested);
    EXPECT_FALSE(page.addFromForm());
    EXPECT_FALSE(nameError->isHidden());
    EXPECT_FALSE(textsError->isHidden());
    name->setEditText(u"Whitening Offer"_s);
    EXPECT_FALSE(nameError->isHidden()) << "said while typing";
    EXPECT_TRUE(nameError->text().contains(u"lowercase"_s)) << nameError->text();
    name->setEditText(u"whitening_offer"_s);
    EXPECT_TRUE(nameError->isHidden());
    texts->setPlainText(QString(501, u'x'));
    EXPECT_TRUE(textsError->text().contains(u"500"_s)) << textsError->text();
    EXPECT_FALSE(add->isEnabled());
    QStringList many;
    for (int i = 0; i < 101; ++i)
        many << QString::number(i);
    texts->setPlainText(many.join(u'\n'));
    EXPECT_TRUE(textsError->text().contains(u"100"_s)) << textsError->text();
    texts->setPlainText(u"  Quanto costa?\n\nQuanto costa?\nFate sconti?  \n"_s);
    EXPECT_TRUE(textsError->isHidden());
    EXPECT_EQ(page.typedTexts(), (QStringList{u"Quanto costa?"_s, u"Fate sconti?"_s}));
    language->setCurrentIndex(1);
    ASSERT_TRUE(add->isEnabled());
    add->click();
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested.arg<0>(0), u"whitening_offer"_s);
    EXPECT_EQ(requested.arg<1>(0), u"en"_s);
    EXPECT_EQ(requested.arg<2>(0), (QStringList{u"Quanto costa?"_s, u"Fate sconti?"_s}));
    EXPECT_FALSE(add->isEnabled()) << "one request at a time";

    // The server refuses, naming the field: said next to it, the text stays.
    page.addFinished(0, 2, u"data.intent"_s, u"data.intent is reserved"_s);
    EXPECT_EQ(nameError->text(), u"data.intent is reserved"_s);
    EXPECT_FALSE(texts->toPlainText().isEmpty());
    EXPECT_TRUE(page.status().contains(u"Nothing was added"_s));
    // It accepts: the box empties, the result is said, the intent is shown.
    page.addFinished(1, 2);
    EXPECT_TRUE(texts->toPlainText().isEmpty());
    EXPECT_TRUE(page.status().contains(u"skipped"_s)) << page.status();
    EXPECT_EQ(page.selectedIntent(), u"whitening_offer"_s);
}

TEST_F(IntentsPageTest, AManagerSeesTheServersIntentsAndAddsExamples)
{
    sportello::test::TestServer server;
    sportello::test::TestUsers::add(server.app().database(), u"marco"_s, kPassword,
                                    AgentRole::Manager);
    nlu::IntentModelRegistry *registry = server.app().intentModels();
    ASSERT_NE(registry, nullptr);
    server.app().agentHub()->setIntentRegistry(registry);
    const QString business = sportello::test::TestConfig::kSampleBusiness;
    ASSERT_TRUE(waitFor(
        [&] { return registry->status(business).state == nlu::IntentModelStatus::State::Ready; },
        kTrainingTimeout));

    net::HubClient client;
    models::ConsoleStore store;
    net::ConsoleActions actions{&client, &store};
    views::MainWindow window{&store, &actions, &client};
    window.resize(1400, 900);
    window.show();
    client.connectToServer(server.url(QString()));
    client.login(u"marco"_s, kPassword);
    ASSERT_TRUE(waitFor([&] { return window.isWorkspaceShown(); }, 10s));

    window.showSettings();
    auto *dialog = window.findChild<views::SettingsDialog *>();
    ASSERT_NE(dialog, nullptr);
    views::IntentsPage *page = dialog->intentsPage();
    ASSERT_NE(page, nullptr);
    auto *list = child<QTableView>(*page, "intentList");
    auto *examples = child<QTableView>(*page, "intentExamples");
    auto *state = child<QLabel>(*page, "intentModelState");
    ASSERT_TRUE(list && examples && state);

    // The catalog from the server: the default taxonomy, the model ready.
    const QStringList defaults = nlu::IntentModelRegistry::defaultIntents();
    ASSERT_TRUE(waitFor([&] { return list->model() && list->model()->rowCount() > 0; }, 10s));
    EXPECT_EQ(list->model()->rowCount(), defaults.size());
    EXPECT_TRUE(state->text().startsWith(u"Ready"_s)) << state->text();
    page->selectIntent(u"booking_request"_s);
    EXPECT_EQ(examples->model()->rowCount(examples->rootIndex()), 0);
    EXPECT_EQ(child<QComboBox>(*page, "addIntentName")->currentText(), u"booking_request"_s)
        << "the form follows the chosen intent";

    // Add examples to a new intent through the widgets.
    child<QComboBox>(*page, "addIntentName")->setEditText(u"whitening_offer"_s);
    auto *language = child<QComboBox>(*page, "addIntentLanguage");
    language->setCurrentIndex(language->findData(u"it"_s));
    child<QPlainTextEdit>(*page, "addIntentTexts")
        ->setPlainText(u"Quanto costa lo sbiancamento?\nFate offerte per lo sbiancamento?\n"_s);
    auto *add = child<QPushButton>(*page, "addIntentExamplesButton");
    ASSERT_TRUE(add->isEnabled());
    add->click();
    ASSERT_TRUE(waitFor([&] { return page->status().contains(u"added"_s); }, 10s))
        << page->status();
    const QModelIndex whitening = store.intents()->indexOfIntent(u"whitening_offer"_s);
    ASSERT_TRUE(whitening.isValid());
    EXPECT_EQ(store.intents()->rowCount(whitening), 2);
    EXPECT_EQ(list->model()->rowCount(), defaults.size() + 1);
    EXPECT_EQ(page->selectedIntent(), u"whitening_offer"_s);
    EXPECT_EQ(examples->model()->rowCount(examples->rootIndex()), 2) << "its examples are shown";
    EXPECT_TRUE(child<QPlainTextEdit>(*page, "addIntentTexts")->toPlainText().isEmpty());

    // The model retrains; the page follows it to ready with the new examples.
    ASSERT_TRUE(waitFor(
        [&] {
            const auto &model = store.intents()->catalog().model;
            return model.state == u"ready" && model.customExamples == 2;
        },
        kTrainingTimeout))
        << state->text();
    EXPECT_TRUE(state->text().startsWith(u"Ready"_s)) << state->text();
    EXPECT_EQ(page->selectedIntent(), u"whitening_offer"_s) << "the choice survives updates";

    // Remove one of them.
    examples->selectRow(0);
    auto *remove = child<QPushButton>(*page, "removeIntentExampleButton");
    ASSERT_TRUE(remove->isEnabled());
    remove->click();
    ASSERT_TRUE(waitFor(
        [&] {
            const QModelIndex intent = store.intents()->indexOfIntent(u"whitening_offer"_s);
            return intent.isValid() && store.intents()->rowCount(intent) == 1;
        },
        10s));
    EXPECT_TRUE(page->status().contains(u"removed"_s)) << page->status();
    EXPECT_EQ(examples->model()->rowCount(examples->rootIndex()), 1);
    dialog->close();
    ASSERT_TRUE(registry->waitForIdle(int(std::chrono::milliseconds(kTrainingTimeout).count())));
}
