// SPDX-License-Identifier: LicenseRef-Sportello
// The conversation widgets: composer, draft review, customer panel, header, inbox, tray.
#include <gtest/gtest.h>

#include <QDateTime>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QToolButton>

#include "models/conversationlistmodel.h"
#include "models/queuefiltermodel.h"
#include "views/composer.h"
#include "views/conversationheader.h"
#include "views/conversationlistdelegate.h"
#include "views/customerpanel.h"
#include "views/draftreviewpanel.h"
#include "views/inboxpanel.h"
#include "views/labelchips.h"
#include "views/traynotifier.h"
#include "viewtestsupport.h"

using namespace sportello;
using namespace sportello::console;
using console::test::child;
using views::Composer;
using views::ConversationHeader;
using views::CustomerPanel;
using views::DraftReviewPanel;
using views::InboxPanel;
using views::TrayNotifier;

namespace {

class PanelTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { console::test::ensureViewsApplication(); }
};

using ComposerTest = PanelTest;
using DraftReviewPanelTest = PanelTest;
using CustomerPanelTest = PanelTest;
using ConversationHeaderTest = PanelTest;
using InboxPanelTest = PanelTest;
using TrayNotifierTest = PanelTest;

protocol::DraftInfo draft(qint64 id)
{
    protocol::DraftInfo value;
    value.id = id;
    value.conversationId = 1;
    value.text = QStringLiteral("Sì, il sabato siamo aperti dalle 9 alle 13.");
    value.intent = QStringLiteral("opening_hours");
    value.confidence = 0.834;
    value.sources = {{QStringLiteral("Orari"), QStringLiteral("Sabato 9-13"), 0.9}};
    value.state = QStringLiteral("pending");
    return value;
}

} // namespace

TEST_F(ComposerTest, CtrlEnterSendsTheTrimmedText)
{
    Composer composer;
    composer.show();
    console::test::SignalLog sent(&composer, &Composer::sendRequested);
    auto *editor = child<QPlainTextEdit>(composer, "composerEditor");
    auto *send = child<QPushButton>(composer, "sendButton");
    ASSERT_TRUE(editor && send);
    EXPECT_FALSE(send->isEnabled()) << "nothing to send yet";

    console::test::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(sent.count(), 0);
    composer.setText(QStringLiteral("  Buongiorno!\nA presto  "));
    EXPECT_TRUE(send->isEnabled());
    console::test::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(sent.count(), 1);
    EXPECT_EQ(sent.arg<0>(0), QStringLiteral("Buongiorno!\nA presto"));
    // A plain Enter is a new line, not a send.
    console::test::keyClick(editor, Qt::Key_Return);
    EXPECT_EQ(sent.count(), 1);
}

TEST_F(ComposerTest, CountsCharactersUpToWhatsAppsLimit)
{
    Composer composer;
    auto *counter = child<QLabel>(composer, "composerCounter");
    auto *send = child<QPushButton>(composer, "sendButton");
    ASSERT_TRUE(counter && send);
    composer.setText(QStringLiteral("ciao"));
    EXPECT_EQ(counter->text(), QStringLiteral("4 / 4096"));
    composer.setText(QString(Composer::kMaxLength, u'a'));
    EXPECT_TRUE(composer.canSend());
    composer.setText(QString(Composer::kMaxLength + 1, u'a'));
    EXPECT_EQ(counter->text(), QStringLiteral("4097 / 4096"));
    EXPECT_FALSE(composer.canSend());
    EXPECT_FALSE(send->isEnabled());
}

TEST_F(ComposerTest, ClosedWindowLocksTheEditorAndOffersATemplate)
{
    Composer composer;
    composer.show();
    console::test::SignalLog sent(&composer, &Composer::sendRequested);
    console::test::SignalLog templates(&composer, &Composer::templateRequested);
    composer.setText(QStringLiteral("Buongiorno"));
    composer.setWindowOpen(false);
    auto *editor = child<QPlainTextEdit>(composer, "composerEditor");
    auto *send = child<QPushButton>(composer, "sendButton");
    EXPECT_FALSE(editor->isEnabled());
    EXPECT_TRUE(composer.lockReason().contains(QStringLiteral("24-hour window is closed")))
        << composer.lockReason();
    EXPECT_EQ(send->text(), QStringLiteral("Send template…"));
    EXPECT_TRUE(send->isEnabled());
    send->click();
    EXPECT_EQ(templates.count(), 1);
    EXPECT_EQ(sent.count(), 0);

    composer.setWindowOpen(true);
    EXPECT_TRUE(editor->isEnabled());
    EXPECT_EQ(send->text(), QStringLiteral("Send"));
    EXPECT_TRUE(composer.lockReason().isEmpty());

    // Another reason (opted out) wins over the window and offers nothing.
    composer.setBlockedReason(QStringLiteral("The customer opted out."));
    composer.setWindowOpen(false);
    EXPECT_EQ(composer.lockReason(), QStringLiteral("The customer opted out."));
    EXPECT_FALSE(send->isEnabled());
}

TEST_F(ComposerTest, CannedRepliesInsertAtTheCursor)
{
    Composer composer;
    auto *button = child<QToolButton>(composer, "cannedButton");
    ASSERT_NE(button, nullptr);
    EXPECT_FALSE(button->isEnabled()) << "no canned replies yet";
    composer.setCannedResponses(
        {{1, QStringLiteral("Orari"), QStringLiteral("Lun-ven 9-18."), QStringLiteral("it")},
         {2, QStringLiteral("Parcheggio"), QStringLiteral("Dietro lo studio."), QString()}});
    EXPECT_TRUE(button->isEnabled());
    ASSERT_EQ(button->menu()->actions().size(), 2);
    composer.setText(QStringLiteral("Buongiorno! "));
    button->menu()->actions().at(0)->trigger();
    EXPECT_EQ(composer.text(), QStringLiteral("Buongiorno! Lun-ven 9-18."));
}

TEST_F(DraftReviewPanelTest, ShowsWhyAndForwardsEachDecision)
{
    DraftReviewPanel panel;
    panel.show();
    panel.setDraft(draft(7));
    EXPECT_EQ(panel.intentText(), QStringLiteral("opening_hours"));
    EXPECT_EQ(panel.confidencePercent(), 83);
    EXPECT_TRUE(panel.sourcesText().contains(QStringLiteral("Orari")));
    EXPECT_TRUE(panel.toolTip().contains(QStringLiteral("Ctrl+Shift+A"))) << panel.toolTip();

    console::test::SignalLog approved(&panel, &DraftReviewPanel::approveRequested);
    console::test::SignalLog edited(&panel, &DraftReviewPanel::editAndSendRequested);
    console::test::SignalLog rejected(&panel, &DraftReviewPanel::rejectRequested);
    auto *approve = child<QPushButton>(panel, "approveDraftButton");
    auto *edit = child<QPushButton>(panel, "editDraftButton");
    auto *reject = child<QPushButton>(panel, "rejectDraftButton");
    ASSERT_TRUE(approve && edit && reject);
    EXPECT_TRUE(approve->toolTip().contains(QStringLiteral("Ctrl+Shift+A")));
    EXPECT_TRUE(reject->toolTip().contains(QStringLiteral("Ctrl+Shift+R")));

    approve->click();
    ASSERT_EQ(approved.count(), 1);
    EXPECT_EQ(approved.arg<0>(0), 7);
    EXPECT_TRUE(panel.isBusy());
    approve->click();
    EXPECT_EQ(approved.count(), 1) << "busy: no double approval";
    panel.setError(QStringLiteral("conflict"));
    EXPECT_FALSE(panel.isBusy());

    // Edit: the first press opens the text, the second sends it.
    edit->click();
    EXPECT_TRUE(panel.isEditing());
    EXPECT_FALSE(approve->isEnabled()) << "approving would ignore the edit";
    auto *text = child<QPlainTextEdit>(panel, "draftText");
    text->setPlainText(QStringLiteral("Sì, il sabato dalle 9 alle 12:30."));
    edit->click();
    ASSERT_EQ(edited.count(), 1);
    EXPECT_EQ(edited.arg<1>(0), QStringLiteral("Sì, il sabato dalle 9 alle 12:30."));

    panel.setDraft(draft(8)); // the next one arrives
    EXPECT_FALSE(panel.isEditing());
    EXPECT_FALSE(panel.isBusy());
    reject->click();
    ASSERT_EQ(rejected.count(), 1);
    EXPECT_EQ(rejected.arg<0>(0), 8);
}

TEST_F(DraftReviewPanelTest, KeyboardShortcutsAreWindowWideAndOnlyWithADraft)
{
    QWidget window;
    auto *panel = new DraftReviewPanel(&window);
    window.show();
    QHash<QString, QShortcut *> shortcuts;
    for (QShortcut *shortcut : panel->findChildren<QShortcut *>()) {
        // Fast triage works wherever the focus is in the window.
        EXPECT_EQ(shortcut->context(), Qt::WindowShortcut);
        shortcuts.insert(shortcut->key().toString(), shortcut);
    }
    QShortcut *approve = shortcuts.value(QStringLiteral("Ctrl+Shift+A"));
    QShortcut *edit = shortcuts.value(QStringLiteral("Ctrl+Shift+E"));
    QShortcut *reject = shortcuts.value(QStringLiteral("Ctrl+Shift+R"));
    ASSERT_TRUE(approve && edit && reject);
    EXPECT_FALSE(approve->isEnabled()) << "no draft: the keys are free";

    panel->setDraft(draft(9));
    EXPECT_TRUE(approve->isEnabled() && edit->isEnabled() && reject->isEnabled());
    console::test::SignalLog approved(panel, &DraftReviewPanel::approveRequested);
    console::test::SignalLog rejected(panel, &DraftReviewPanel::rejectRequested);
    Q_EMIT approve->activated();
    ASSERT_EQ(approved.count(), 1);
    EXPECT_FALSE(approve->isEnabled()) << "busy until the hub answers";

    panel->setDraft(draft(10));
    Q_EMIT edit->activated();
    EXPECT_TRUE(panel->isEditing());
    EXPECT_FALSE(approve->isEnabled()) << "approving would ignore the edit";
    panel->cancelEditing();
    Q_EMIT reject->activated();
    ASSERT_EQ(rejected.count(), 1);
    EXPECT_EQ(rejected.arg<0>(0), 10);

    panel->clearDraft();
    EXPECT_FALSE(approve->isEnabled());
    EXPECT_FALSE(reject->isEnabled());
}

TEST_F(CustomerPanelTest, ShowsTheCustomerAndEditsLabelsAndNotes)
{
    CustomerPanel panel;
    panel.resize(300, 700);
    panel.show();
    auto summary = console::test::sampleInbox(QDateTime::currentMSecsSinceEpoch()).open;
    panel.setConversation(summary);
    console::test::processEvents();
    EXPECT_EQ(child<QLabel>(panel, "customerName")->text(), QStringLiteral("Ada Rossi"));
    EXPECT_EQ(child<QLabel>(panel, "customerNumber")->text(), QStringLiteral("+393401234567"));
    EXPECT_TRUE(child<QLabel>(panel, "customerDetails")->text().contains(QStringLiteral("(it)")));
    EXPECT_EQ(child<QLabel>(panel, "customerOptOut")->text(), QStringLiteral("Receives messages"));
    auto *chips = panel.findChild<views::LabelChips *>();
    ASSERT_NE(chips, nullptr);
    EXPECT_EQ(chips->labels(), summary.labels);

    console::test::SignalLog labels(&panel, &CustomerPanel::labelsChangeRequested);
    auto *field = child<QLineEdit>(panel, "labelField");
    field->setText(QStringLiteral("Preventivo"));
    console::test::keyClick(field, Qt::Key_Return);
    EXPECT_EQ(labels.count(), 0);
    EXPECT_TRUE(panel.labelError().contains(QStringLiteral("already has"))) << panel.labelError();
    field->setText(QStringLiteral("  urgente "));
    console::test::keyClick(field, Qt::Key_Return);
    ASSERT_EQ(labels.count(), 1);
    EXPECT_EQ(labels.arg<0>(0), QStringList{QStringLiteral("urgente")});

    // The × of a chip asks to remove that label.
    const QRect remove = chips->removeButtonRect(QStringLiteral("preventivo"));
    ASSERT_FALSE(remove.isEmpty());
    console::test::mouseClick(chips, remove.center());
    ASSERT_EQ(labels.count(), 2);
    EXPECT_EQ(labels.arg<1>(1), QStringList{QStringLiteral("preventivo")});

    console::test::SignalLog notes(&panel, &CustomerPanel::addNoteRequested);
    auto *noteField = child<QPlainTextEdit>(panel, "noteField");
    noteField->setPlainText(QStringLiteral("Richiamare lunedì"));
    child<QPushButton>(panel, "addNoteButton")->click();
    ASSERT_EQ(notes.count(), 1);
    EXPECT_EQ(notes.arg<0>(0), QStringLiteral("Richiamare lunedì"));
    EXPECT_TRUE(noteField->toPlainText().isEmpty());

    protocol::ThreadEntry note;
    note.id = QStringLiteral("ev:9");
    note.kind = protocol::ThreadEntryKind::Note;
    note.text = QStringLiteral("Richiamare lunedì");
    note.author = QStringLiteral("agent:giulia");
    note.at = QDateTime::currentMSecsSinceEpoch();
    panel.setNotes({note});
    EXPECT_EQ(panel.noteCount(), 1);

    summary.optedOut = true;
    panel.setConversation(summary);
    EXPECT_TRUE(child<QLabel>(panel, "customerOptOut")->text().contains(QStringLiteral("START")));
}

TEST_F(ConversationHeaderTest, CountdownOwnerAndPresence)
{
    ConversationHeader header;
    auto summary = console::test::sampleInbox(QDateTime::currentMSecsSinceEpoch()).open;
    header.setConversation(summary);
    EXPECT_TRUE(header.titleText().startsWith(QStringLiteral("Ada Rossi")));
    EXPECT_EQ(header.windowText(), QStringLiteral("window closes in 3 h 12 min"));
    EXPECT_TRUE(header.ownerText().contains(QStringLiteral("asks for a price")));
    header.setPresence({QStringLiteral("marco"), QStringLiteral("sara")}, {QStringLiteral("sara")});
    EXPECT_EQ(header.presenceText(), QStringLiteral("sara typing… · marco viewing"));

    summary.windowExpiresAt = 0;
    summary.owner = ConversationOwner::Human;
    summary.assignedAgent = QStringLiteral("giulia");
    header.setConversation(summary);
    EXPECT_EQ(header.windowText(), QStringLiteral("window closed"));
    EXPECT_TRUE(header.ownerText().contains(QStringLiteral("giulia")));
    EXPECT_EQ(header.presenceText(), QStringLiteral("sara typing… · marco viewing"))
        << "same conversation: presence stays";
}

TEST_F(InboxPanelTest, QueuesCountsSearchAndKeyboardSelection)
{
    const auto inbox = console::test::sampleInbox(QDateTime::currentMSecsSinceEpoch());
    models::ConversationListModel conversations;
    conversations.setConversations(inbox.conversations);
    InboxPanel panel(&conversations);
    panel.setCurrentUser(QStringLiteral("giulia"));
    panel.resize(340, 800);
    panel.show();
    protocol::QueueCounts counts{2, 3, 2, 9, 1};
    panel.setCounts(counts);
    EXPECT_EQ(panel.queueText(InboxQueue::Escalated), QStringLiteral("Escalated 3"));
    EXPECT_EQ(panel.queueText(InboxQueue::Open), QStringLiteral("All open 9"));

    EXPECT_EQ(panel.queue(), InboxQueue::Escalated) << "agents start where work waits";
    auto *list = panel.listView();
    EXPECT_EQ(list->model()->rowCount(), 3);
    panel.setQueue(InboxQueue::Mine);
    EXPECT_EQ(list->model()->rowCount(), 2);
    panel.setQueue(InboxQueue::Open);
    EXPECT_EQ(list->model()->rowCount(), 9);

    console::test::SignalLog activated(&panel, &InboxPanel::conversationActivated);
    panel.selectNext();
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.arg<0>(0), 1) << "newest first";
    panel.selectNext();
    EXPECT_EQ(activated.arg<0>(1), 2);
    panel.selectPrevious();
    EXPECT_EQ(activated.arg<0>(2), 1);

    panel.setSearchText(QStringLiteral("+34 612"));
    EXPECT_EQ(list->model()->rowCount(), 1);
    panel.setSearchText(QStringLiteral("sabato"));
    EXPECT_EQ(list->model()->rowCount(), 0);
    panel.setSearchText(QString());

    // Programmatic selection (the conversation opened elsewhere) does not ask to open it again.
    const int before = activated.count();
    EXPECT_TRUE(panel.selectConversation(5));
    EXPECT_EQ(panel.selectedConversation(), 5);
    EXPECT_EQ(activated.count(), before);
    EXPECT_FALSE(panel.selectConversation(999));

    const QImage image = panel.grab().toImage();
    EXPECT_GT(console::test::distinctColours(image), 30);
}

TEST_F(InboxPanelTest, RowsSayWhoHasTheConversationAndTheWindow)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto inbox = console::test::sampleInbox(now);
    const QString first = views::ConversationListDelegate::statusLine(inbox.open, now);
    EXPECT_EQ(first, QStringLiteral("Escalated: asks for a price · Draft to review · 3 h 12 min"));
    EXPECT_EQ(views::ConversationListDelegate::initials(inbox.open), QStringLiteral("AR"));
    protocol::ConversationSummary unnamed = inbox.conversations.at(3);
    EXPECT_EQ(views::ConversationListDelegate::initials(unnamed), QStringLiteral("23"));
}

TEST_F(TrayNotifierTest, FollowsTheUsersSettingsAndStaysQuietWithoutATray)
{
    TrayNotifier notifier;
    EXPECT_FALSE(notifier.isTrayAvailable()) << "offscreen has no tray";
    console::test::SignalLog notified(&notifier, &TrayNotifier::notified);
    const auto inbox = console::test::sampleInbox(QDateTime::currentMSecsSinceEpoch());
    protocol::ThreadEntry message = inbox.thread.at(6);

    notifier.notifyEscalation(inbox.conversations.at(1));
    ASSERT_EQ(notified.count(), 1);
    EXPECT_EQ(notified.arg<1>(0), QStringLiteral("Marco Bianchi needs an agent"));
    EXPECT_TRUE(notified.arg<2>(0).contains(QStringLiteral("complaint")));

    notifier.notifyMessage(inbox.open, message);
    EXPECT_EQ(notified.count(), 2);
    // The conversation is on screen in the focused window: no need to announce it.
    notifier.setOpenConversation(inbox.open.id, true);
    notifier.notifyMessage(inbox.open, message);
    EXPECT_EQ(notified.count(), 2);
    // Our own outgoing messages are never announced.
    notifier.setOpenConversation(0, false);
    notifier.notifyMessage(inbox.open, inbox.thread.at(1));
    EXPECT_EQ(notified.count(), 2);

    notifier.setUserSettings({QString(), false, false});
    notifier.notifyEscalation(inbox.conversations.at(1));
    notifier.notifyMessage(inbox.open, message);
    EXPECT_EQ(notified.count(), 2);
}

TEST_F(InboxPanelTest, TenThousandConversationsScrollAndFilter)
{
    // Uniform rows: the list lays out 10,000 conversations without asking each one its size.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<protocol::ConversationSummary> many;
    many.reserve(10'000);
    const auto base = console::test::sampleInbox(now).conversations;
    for (int i = 0; i < 10'000; ++i) {
        protocol::ConversationSummary summary = base.at(i % base.size());
        summary.id = i + 1;
        summary.waId = QStringLiteral("3934%1").arg(i, 8, 10, QLatin1Char('0'));
        summary.updatedAt = now - i * 1000;
        summary.lastMessageAt = summary.updatedAt;
        many.append(summary);
    }
    models::ConversationListModel conversations;
    conversations.setConversations(many);
    InboxPanel panel(&conversations);
    panel.resize(340, 800);
    panel.show();
    panel.setQueue(InboxQueue::Open);
    QListView *list = panel.listView();
    EXPECT_TRUE(list->uniformItemSizes());
    EXPECT_EQ(list->model()->rowCount(), 9'000); // every tenth sample is closed
    list->scrollToBottom();
    console::test::processEvents();
    EXPECT_FALSE(panel.grab().isNull());
    EXPECT_TRUE(list->indexAt(QPoint(10, list->viewport()->height() - 10)).isValid());

    panel.setSearchText(QStringLiteral("393400000042"));
    EXPECT_EQ(list->model()->rowCount(), 1);
}
