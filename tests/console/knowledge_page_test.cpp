// SPDX-License-Identifier: LicenseRef-Sportello
// The managers' Knowledge page: KnowledgeDocumentModel, and with the real server and the real
// widgets (offscreen): documents are uploaded, their chunks shown, queries tried, documents
// removed, and a change made from another console shows up live.
#include <chrono>
#include <memory>

#include <gtest/gtest.h>

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

#include "models/consolestore.h"
#include "models/knowledgechunkmodel.h"
#include "models/knowledgedocumentmodel.h"
#include "net/consoleactions.h"
#include "net/hubclient.h"
#include "support/hubtestclient.h"
#include "support/testserver.h"
#include "support/testusers.h"
#include "support/waitfor.h"
#include "views/knowledgepage.h"
#include "views/mainwindow.h"
#include "views/settingsdialog.h"
#include "viewtestsupport.h"

using namespace sportello;
using namespace sportello::console;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;
using console::test::child;
using models::KnowledgeDocumentModel;
using sportello::test::waitFor;

namespace {

const QString kPassword = u"correct horse battery"_s;

QString fixturePath(const QString &name)
{
    return QStringLiteral(SPORTELLO_TEST_DATA_DIR "/knowledge/hub/") + name;
}

class KnowledgePageTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { console::test::ensureViewsApplication(); }
};

} // namespace

TEST_F(KnowledgePageTest, TheModelHasOneRowPerDocument)
{
    KnowledgeDocumentModel model;
    EXPECT_FALSE(model.isLoaded());
    console::test::SignalLog changed(&model, &KnowledgeDocumentModel::documentsChanged);
    model.setDocuments(u"100000000000001"_s,
                       {{4, u"faq.csv"_s, u"faq"_s, u"FAQ"_s, u"it"_s, 12, 1000, u"marco"_s},
                        {7, u"orari.md"_s, u"markdown"_s, u"Orari"_s, u"it"_s, 3, 2000, {}}});
    EXPECT_TRUE(model.isLoaded());
    EXPECT_EQ(changed.count(), 1);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.columnCount(), KnowledgeDocumentModel::ColumnCount);
    EXPECT_EQ(model.index(0, KnowledgeDocumentModel::NameColumn).data().toString(), u"faq.csv"_s);
    EXPECT_EQ(model.index(0, KnowledgeDocumentModel::ChunksColumn).data().toInt(), 12);
    EXPECT_EQ(model.index(0, KnowledgeDocumentModel::ByColumn).data().toString(), u"marco"_s);
    EXPECT_EQ(model.index(1, 0).data(KnowledgeDocumentModel::DocumentIdRole).toLongLong(), 7);
    EXPECT_EQ(model.rowOf(7), 1);
    EXPECT_EQ(model.rowOf(99), -1);
    EXPECT_EQ(model.headerData(0, Qt::Horizontal).toString(), u"Document"_s);
    model.clear();
    EXPECT_FALSE(model.isLoaded());
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(KnowledgePageTest, ThePageRefusesWhatCannotBeUploaded)
{
    KnowledgeDocumentModel model;
    views::KnowledgePage page;
    page.setModel(&model);
    model.setDocuments(u"100000000000001"_s, {});
    console::test::SignalLog requested(&page, &views::KnowledgePage::uploadRequested);
    QTemporaryDir dir;
    const QString picture = dir.filePath(u"foto.png"_s);
    QFile file(picture);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("\x89PNG");
    file.close();
    EXPECT_FALSE(page.uploadFile(picture));
    EXPECT_TRUE(page.status().contains(u"foto.png"_s)) << page.status().toStdString();
    EXPECT_FALSE(page.uploadFile(dir.filePath(u"missing.md"_s)));
    EXPECT_EQ(requested.count(), 0);

    EXPECT_TRUE(page.uploadFile(fixturePath(u"palestra-faq.csv"_s)));
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested.arg<0>(0), u"palestra-faq.csv"_s);
    EXPECT_TRUE(page.isUploading());
    EXPECT_FALSE(child<QPushButton>(page, "uploadKnowledgeButton")->isEnabled());
    EXPECT_FALSE(child<QWidget>(page, "knowledgeBusy")->isHidden()) << "busy while importing";
    EXPECT_FALSE(page.uploadFile(fixturePath(u"palestra-orari.md"_s))) << "one at a time";
    page.uploadFinished({}, {}, false, u"palestra-faq.csv:3: bad row"_s);
    EXPECT_FALSE(page.isUploading());
    EXPECT_TRUE(page.status().contains(u"palestra-faq.csv:3: bad row"_s));
}

TEST_F(KnowledgePageTest, AManagerUploadsSearchesAndRemovesDocuments)
{
    sportello::test::TestServer server;
    sportello::test::TestUsers::add(server.app().database(), u"marco"_s, kPassword,
                                    AgentRole::Manager);
    sportello::test::TestUsers::add(server.app().database(), u"anna"_s, kPassword,
                                    AgentRole::Admin);

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
    views::KnowledgePage *page = dialog->knowledgePage();
    ASSERT_NE(page, nullptr);
    auto *documents = child<QTableView>(*page, "knowledgeDocuments");
    auto *chunks = child<QTableView>(*page, "knowledgeChunks");
    ASSERT_TRUE(documents && chunks);
    ASSERT_TRUE(waitFor([&] { return store.knowledge()->isLoaded(); }, 10s));
    EXPECT_EQ(documents->model()->rowCount(), 0);

    // Upload a Markdown file: it is listed, selected, and its chunks are shown.
    ASSERT_TRUE(page->uploadFile(fixturePath(u"palestra-orari.md"_s)));
    ASSERT_TRUE(waitFor([&] { return !page->isUploading(); }, 20s));
    EXPECT_TRUE(page->status().contains(u"imported"_s)) << page->status().toStdString();
    ASSERT_EQ(documents->model()->rowCount(), 1);
    const qint64 orari = store.knowledge()->documents().first().id;
    EXPECT_EQ(page->selectedDocumentId(), orari);
    ASSERT_TRUE(waitFor([&] { return chunks->model()->rowCount() >= 3; }, 10s));
    EXPECT_EQ(page->chunkModel()->documentId(), orari);

    // And an FAQ.
    ASSERT_TRUE(page->uploadFile(fixturePath(u"palestra-faq.csv"_s)));
    ASSERT_TRUE(waitFor([&] { return !page->isUploading(); }, 20s));
    ASSERT_EQ(documents->model()->rowCount(), 2);
    ASSERT_TRUE(waitFor([&] { return chunks->model()->rowCount() == 3; }, 10s))
        << "the new FAQ is selected, its three pairs shown";
    EXPECT_FALSE(page->chunkModel()->chunks().first().question.isEmpty());

    // Try a query: ranked results with their score and source.
    child<QLineEdit>(*page, "knowledgeQuery")->setText(u"quanto costa l'abbonamento al mese?"_s);
    auto *search = child<QPushButton>(*page, "knowledgeSearchButton");
    ASSERT_TRUE(search->isEnabled());
    search->click();
    ASSERT_TRUE(waitFor([&] { return page->resultCount() > 0; }, 10s));
    auto *results = child<QTableWidget>(*page, "knowledgeResults");
    EXPECT_EQ(results->item(0, 2)->text(), u"palestra-faq.csv"_s);
    EXPECT_TRUE(results->item(0, 3)->text().contains(u"abbonamento"_s));
    EXPECT_FALSE(results->item(0, 1)->text().isEmpty()) << "the score";

    // Another console uploads: the list follows live.
    sportello::test::HubTestClient other(sportello::test::HubTestClient::urlOf(server.app()));
    ASSERT_TRUE(other.open());
    ASSERT_TRUE(other.login(u"anna"_s, kPassword));
    const auto uploaded = other.request(
        u"knowledge.upload"_s,
        {{u"file_name"_s, u"note.txt"_s},
         {u"content"_s,
          QString::fromLatin1(QByteArray("La palestra chiude ad agosto.\n").toBase64())}});
    ASSERT_TRUE(uploaded && uploaded->kind == protocol::EnvelopeKind::Reply);
    ASSERT_TRUE(waitFor([&] { return documents->model()->rowCount() == 3; }, 10s));
    EXPECT_EQ(page->chunkModel()->rowCount(), 3) << "the selection survives the update";

    // Remove the FAQ, after confirming.
    const qint64 faq = page->selectedDocumentId();
    QString asked;
    page->setConfirmation([&asked](const QString &question) {
        asked = question;
        return true;
    });
    auto *remove = child<QPushButton>(*page, "removeKnowledgeButton");
    ASSERT_TRUE(remove->isEnabled());
    remove->click();
    EXPECT_TRUE(asked.contains(u"palestra-faq.csv"_s)) << asked.toStdString();
    ASSERT_TRUE(waitFor([&] { return documents->model()->rowCount() == 2; }, 10s));
    EXPECT_EQ(store.knowledge()->rowOf(faq), -1);
    ASSERT_TRUE(waitFor([&] { return page->status().contains(u"removed"_s); }, 10s));
    EXPECT_EQ(page->selectedDocumentId(), 0);
    EXPECT_EQ(page->chunkModel()->rowCount(), 0);
    dialog->close();
}
