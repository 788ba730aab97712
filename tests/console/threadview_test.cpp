// SPDX-License-Identifier: LicenseRef-Sportello
// The thread view: every entry kind is drawn, ticks and errors are in words, sizes are cached,
// the view follows new messages; and the shared display texts.
#include <gtest/gtest.h>

#include <QDateTime>
#include <QImage>
#include <QScrollBar>

#include "models/threadmodel.h"
#include "views/displaytext.h"
#include "views/threadbubbledelegate.h"
#include "views/threadview.h"
#include "viewtestsupport.h"

using namespace sportello;
using namespace sportello::console;
using models::ThreadModel;
using protocol::ThreadEntry;
using protocol::ThreadEntryKind;
using views::DisplayText;
using views::ThreadBubbleDelegate;
using views::ThreadView;

namespace {

class ThreadViewTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { console::test::ensureViewsApplication(); }
};

using DisplayTextTest = ThreadViewTest;

ThreadEntry outbound(DeliveryStatus status, int errorCode = 0, const QString &errorTitle = {})
{
    ThreadEntry entry;
    entry.id = QStringLiteral("out:9");
    entry.kind = ThreadEntryKind::Outbound;
    entry.type = QStringLiteral("text");
    entry.text = QStringLiteral("Arrivederci");
    entry.at = QDateTime(QDate(2025, 3, 3), QTime(14, 5)).toMSecsSinceEpoch();
    entry.author = QStringLiteral("agent:giulia");
    entry.status = status;
    entry.errorCode = errorCode;
    entry.errorTitle = errorTitle;
    return entry;
}

} // namespace

TEST_F(ThreadViewTest, DrawsEveryKindOfEntry)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    ThreadModel model;
    model.setEntries(1, console::test::everyKindOfEntry(now));
    ThreadView view;
    view.setModel(&model);
    view.resize(700, 2400); // tall enough to paint every row
    view.show();
    console::test::processEvents();

    const QImage image = view.grab().toImage();
    ASSERT_FALSE(image.isNull());
    EXPECT_GT(console::test::distinctColours(image), 40);

    const auto *delegate = view.bubbleDelegate();
    EXPECT_EQ(delegate->cachedSizeCount(), model.rowCount());
    int left = 0;
    int right = 0;
    int centred = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QRect rect = view.visualRect(model.index(row, 0));
        ASSERT_TRUE(rect.isValid()) << row;
        EXPECT_GT(rect.height(), 10) << row;
        switch (model.at(row).kind) {
        case ThreadEntryKind::Inbound:
            ++left;
            break;
        case ThreadEntryKind::Outbound:
            ++right;
            break;
        case ThreadEntryKind::Note:
        case ThreadEntryKind::System:
            ++centred;
            break;
        }
    }
    EXPECT_GE(left, 5);
    EXPECT_GE(right, 5);
    EXPECT_EQ(centred, 2);

    // The first entry of yesterday and the first of today open a new day.
    EXPECT_EQ(delegate->separatorText(model.index(0, 0)), QStringLiteral("Yesterday"));
    EXPECT_TRUE(delegate->separatorText(model.index(1, 0)).isEmpty());
}

TEST_F(ThreadViewTest, BubblesSitLeftRightAndCentre)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    ThreadModel model;
    model.setEntries(1, console::test::everyKindOfEntry(now));
    ThreadView view;
    view.setModel(&model);
    view.resize(800, 2400);
    view.show();
    console::test::processEvents();
    const QImage image = view.grab().toImage();
    const QColor background = image.pixelColor(2, image.height() - 2);

    // Sample a row's middle line: where does non-background paint start and end?
    const auto extent = [&](int row) {
        const QRect rect = view.visualRect(model.index(row, 0));
        const int y = rect.bottom() - rect.height() / 3;
        int first = -1;
        int last = -1;
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixelColor(x, y) != background) {
                if (first < 0)
                    first = x;
                last = x;
            }
        }
        return std::make_pair(first, last);
    };
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto [first, last] = extent(row);
        ASSERT_GE(first, 0) << "row " << row << " painted nothing";
        const int middle = (first + last) / 2;
        switch (model.at(row).kind) {
        case ThreadEntryKind::Inbound:
            EXPECT_LT(first, 40) << row;
            break;
        case ThreadEntryKind::Outbound:
            EXPECT_GT(last, image.width() - 40) << row;
            break;
        case ThreadEntryKind::Note:
        case ThreadEntryKind::System:
            EXPECT_NEAR(middle, image.width() / 2, 8) << row;
            break;
        }
    }
}

TEST_F(ThreadViewTest, TicksAndFailuresAreSpelledOut)
{
    EXPECT_TRUE(ThreadBubbleDelegate::footerText(outbound(DeliveryStatus::Sent), true)
                    .endsWith(QStringLiteral(" ✓")));
    EXPECT_TRUE(ThreadBubbleDelegate::footerText(outbound(DeliveryStatus::Delivered), true)
                    .endsWith(QStringLiteral("✓✓")));
    EXPECT_TRUE(ThreadBubbleDelegate::footerText(outbound(DeliveryStatus::Read), true)
                    .endsWith(QStringLiteral("✓✓")));
    EXPECT_TRUE(ThreadBubbleDelegate::footerText(outbound(DeliveryStatus::Failed), true)
                    .endsWith(QStringLiteral("⚠")));
    EXPECT_TRUE(ThreadBubbleDelegate::failureText(outbound(DeliveryStatus::Read)).isEmpty());

    const ThreadEntry failed =
        outbound(DeliveryStatus::Failed, 131047, QStringLiteral("Re-engagement message"));
    const QString visible = ThreadBubbleDelegate::failureText(failed);
    EXPECT_TRUE(visible.startsWith(QStringLiteral("Not delivered: More than 24 hours"))) << visible;
    EXPECT_TRUE(visible.contains(QStringLiteral("131047"))) << visible;
    const QString tooltip = ThreadBubbleDelegate::toolTipText(failed);
    EXPECT_TRUE(tooltip.contains(QStringLiteral("Not delivered"))) << tooltip;
    EXPECT_TRUE(tooltip.contains(visible)) << tooltip;

    // Unknown codes keep Meta's own words.
    EXPECT_TRUE(ThreadBubbleDelegate::failureText(
                    outbound(DeliveryStatus::Failed, 135000, QStringLiteral("Generic user error")))
                    .contains(QStringLiteral("Generic user error")));
    EXPECT_TRUE(ThreadBubbleDelegate::failureText(outbound(DeliveryStatus::NeedsTemplate))
                    .contains(QStringLiteral("template")));
    EXPECT_EQ(ThreadBubbleDelegate::headerText(outbound(DeliveryStatus::Sent)),
              QStringLiteral("giulia"));
}

TEST_F(ThreadViewTest, StatusUpdateRecomputesOnlyThatRowAndKeepsTheBottom)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    ThreadModel model;
    QList<ThreadEntry> entries;
    for (int i = 0; i < 300; ++i) {
        ThreadEntry entry;
        entry.id = QStringLiteral("in:%1").arg(i);
        entry.kind = i % 3 == 0 ? ThreadEntryKind::Outbound : ThreadEntryKind::Inbound;
        entry.type = QStringLiteral("text");
        entry.text = QStringLiteral("Messaggio numero %1 con un po' di testo per andare a capo "
                                    "ogni tanto, come nei messaggi veri")
                         .arg(i);
        entry.at = now - (300 - i) * 60 * 1000;
        entry.status = DeliveryStatus::Delivered;
        entries << entry;
    }
    model.setEntries(1, entries);
    ThreadView view;
    view.setModel(&model);
    view.resize(600, 500);
    view.show();
    console::test::processEvents();
    EXPECT_TRUE(view.isAtBottom()) << "an opened thread starts at its newest message";
    EXPECT_EQ(view.bubbleDelegate()->cachedSizeCount(), 300);

    ThreadEntry newest;
    newest.id = QStringLiteral("in:300");
    newest.kind = ThreadEntryKind::Inbound;
    newest.type = QStringLiteral("text");
    newest.text = QStringLiteral("Ancora una cosa");
    newest.at = now;
    model.add(newest);
    console::test::processEvents();
    EXPECT_TRUE(view.isAtBottom()) << "a new message at the bottom is followed";

    // Reading older messages: a new one does not yank the view down.
    view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() / 2);
    const int reading = view.verticalScrollBar()->value();
    newest.id = QStringLiteral("in:301");
    newest.at = now + 1000;
    model.add(newest);
    console::test::processEvents();
    EXPECT_EQ(view.verticalScrollBar()->value(), reading);

    EXPECT_TRUE(model.updateStatus(QStringLiteral("in:0"), DeliveryStatus::Failed, 131026,
                                   QStringLiteral("Message undeliverable")));
    console::test::processEvents();
    const QSize failedSize = view.visualRect(model.index(0, 0)).size();
    EXPECT_GT(failedSize.height(), 0);
}

TEST_F(ThreadViewTest, AsksForHistoryAtTheTopOnce)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    ThreadModel model;
    QList<ThreadEntry> entries;
    for (int i = 0; i < 60; ++i) {
        ThreadEntry entry;
        entry.id = QStringLiteral("in:%1").arg(i + 100);
        entry.kind = ThreadEntryKind::Inbound;
        entry.type = QStringLiteral("text");
        entry.text = QStringLiteral("Riga %1").arg(i);
        entry.at = now - (60 - i) * 1000;
        entries << entry;
    }
    model.setEntries(1, entries);
    ThreadView view;
    view.setModel(&model);
    view.resize(500, 300);
    view.show();
    console::test::processEvents();
    int asked = 0;
    QObject::connect(&view, &ThreadView::historyRequested, &view, [&asked] { ++asked; });
    view.verticalScrollBar()->setValue(0);
    view.verticalScrollBar()->setValue(10);
    view.verticalScrollBar()->setValue(0);
    EXPECT_EQ(asked, 1);

    // The page arrives: the message that was on top stays in view.
    QList<ThreadEntry> older;
    for (int i = 0; i < 20; ++i) {
        ThreadEntry entry = entries.first();
        entry.id = QStringLiteral("in:%1").arg(i);
        entry.at = now - 120 * 1000 + i;
        older << entry;
    }
    model.prepend(older);
    console::test::processEvents();
    EXPECT_GT(view.verticalScrollBar()->value(), 0) << "kept the reading position";
    view.verticalScrollBar()->setValue(0);
    EXPECT_EQ(asked, 2) << "the next page can be asked for";
}

TEST_F(DisplayTextTest, WindowCountdownAndDurations)
{
    const qint64 now = 1'700'000'000'000;
    const qint64 minute = 60'000;
    EXPECT_EQ(DisplayText::windowCountdown(now + (3 * 60 + 12) * minute + 5000, now),
              QStringLiteral("window closes in 3 h 12 min"));
    EXPECT_EQ(DisplayText::windowCountdown(now + 5 * minute, now),
              QStringLiteral("window closes in 5 min"));
    EXPECT_EQ(DisplayText::windowCountdown(0, now), QStringLiteral("window closed"));
    EXPECT_EQ(DisplayText::windowCountdown(now - 1, now), QStringLiteral("window closed"));
    EXPECT_EQ(DisplayText::windowCountdownShort(now + 65 * minute, now),
              QStringLiteral("1 h 05 min"));
    EXPECT_EQ(DisplayText::duration(45'000), QStringLiteral("45 s"));
    EXPECT_EQ(DisplayText::duration(50 * 60 * minute), QStringLiteral("2 d 2 h"));
}

TEST_F(DisplayTextTest, PlaceholdersForMediaAndUnsupportedMessages)
{
    ThreadEntry entry;
    entry.kind = ThreadEntryKind::Inbound;
    entry.type = QStringLiteral("image");
    EXPECT_EQ(DisplayText::entryText(entry), QStringLiteral("📷 Photo"));
    entry.caption = QStringLiteral("la radiografia");
    EXPECT_EQ(DisplayText::entryText(entry), QStringLiteral("📷 Photo\nla radiografia"));
    entry = {};
    entry.type = QStringLiteral("audio");
    EXPECT_TRUE(DisplayText::entryText(entry).contains(QStringLiteral("Voice message")));
    entry.type = QStringLiteral("document");
    entry.fileName = QStringLiteral("preventivo.pdf");
    EXPECT_TRUE(DisplayText::entryText(entry).endsWith(QStringLiteral("preventivo.pdf")));
    entry = {};
    entry.type = QStringLiteral("unsupported");
    entry.errorTitle = QStringLiteral("Message type unknown");
    EXPECT_EQ(DisplayText::entryText(entry),
              QStringLiteral("Unsupported message: Message type unknown"));
    entry = {};
    entry.type = QStringLiteral("poll");
    EXPECT_EQ(DisplayText::entryText(entry), QStringLiteral("Unsupported message: poll"));
    entry.type = QStringLiteral("text");
    entry.text = QStringLiteral("ciao");
    EXPECT_EQ(DisplayText::entryText(entry), QStringLiteral("ciao"));
}
