// SPDX-License-Identifier: LicenseRef-Sportello
// Renders the main window with a populated conversation to PNGs under the build folder
// (bin/screenshots/), in the default and in a dark palette, for people to look at.
#include <gtest/gtest.h>

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPalette>

#include "models/consolestore.h"
#include "models/conversationlistmodel.h"
#include "net/consoleactions.h"
#include "net/hubclient.h"
#include "support/waitfor.h"
#include "viewfakehub.h"
#include "views/composer.h"
#include "views/mainwindow.h"
#include "viewtestsupport.h"

using namespace sportello;
using namespace sportello::console;
using sportello::test::waitFor;

namespace {

class ScreenshotTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { console::test::ensureViewsApplication(); }
};

QDir screenshotFolder()
{
    QDir folder(QCoreApplication::applicationDirPath());
    folder.mkpath(QStringLiteral("screenshots"));
    folder.cd(QStringLiteral("screenshots"));
    return folder;
}

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8a, 0x8a));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd8));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x64, 0xb5, 0xf6));
    palette.setColor(QPalette::Mid, QColor(0x44, 0x46, 0x4b));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return palette;
}

// A console signed in to a fake hub with the sample inbox, conversation 1 open; grabbed at
// 1400×900 and saved as `name`.
QImage renderMainWindow(const QString &name)
{
    console::test::ViewFakeHub hub(console::test::sampleInbox(QDateTime::currentMSecsSinceEpoch()));
    net::HubClient client;
    models::ConsoleStore store;
    net::ConsoleActions actions(&client, &store);
    views::MainWindow window(&store, &actions, &client);
    window.resize(1400, 900);
    window.show();
    client.connectToServer(hub.url());
    client.login(QStringLiteral("giulia"), QStringLiteral("a password"));
    if (!waitFor([&] { return store.conversations()->rowCount() == 10; }))
        return {};
    actions.openConversation(1);
    if (!waitFor([&] { return store.openConversationId() == 1; }))
        return {};
    // The labels and presence the hub would push by events.
    console::test::fillStore(store,
                             console::test::sampleInbox(QDateTime::currentMSecsSinceEpoch()));
    waitFor([&] { return window.composer()->cannedResponses().size() == 1; });
    console::test::processEvents();
    const QImage image = window.grab().toImage();
    image.save(screenshotFolder().filePath(name));
    return image;
}

} // namespace

TEST_F(ScreenshotTest, MainWindowWithAPopulatedConversation)
{
    const QImage image = renderMainWindow(QStringLiteral("main-window.png"));
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size() / image.devicePixelRatio(), QSize(1400, 900));
    EXPECT_TRUE(QFileInfo::exists(screenshotFolder().filePath(QStringLiteral("main-window.png"))));
    // Bubbles, avatars, badges, ticks and charts of text: far from a blank window.
    EXPECT_GT(console::test::distinctColours(image), 150);
}

TEST_F(ScreenshotTest, MainWindowInADarkPalette)
{
    const QPalette original = QApplication::palette();
    QApplication::setPalette(darkPalette());
    const QImage image = renderMainWindow(QStringLiteral("main-window-dark.png"));
    QApplication::setPalette(original);
    ASSERT_FALSE(image.isNull());
    EXPECT_GT(console::test::distinctColours(image), 150);
    // Mostly dark: the views took their colours from the palette, not from fixed light ones.
    qint64 lightness = 0;
    int samples = 0;
    for (int y = 0; y < image.height(); y += 8) {
        for (int x = 0; x < image.width(); x += 8) {
            lightness += image.pixelColor(x, y).lightness();
            ++samples;
        }
    }
    EXPECT_LT(lightness / samples, 110);
}
