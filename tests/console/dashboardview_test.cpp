// SPDX-License-Identifier: LicenseRef-Sportello
// The dashboard charts and the sandbox customer's phone.
#include <gtest/gtest.h>

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QHorizontalBarSeries>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>

#include "net/sandboxclient.h"
#include "views/dashboardview.h"
#include "views/sandboxcustomerwindow.h"
#include "views/threadbubbledelegate.h"
#include "viewtestsupport.h"

using namespace sportello;
using namespace sportello::console;
using console::test::child;
using views::DashboardView;
using views::SandboxCustomerWindow;

namespace {

class DashboardViewTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { console::test::ensureViewsApplication(); }
};

using SandboxCustomerWindowTest = DashboardViewTest;

protocol::DashboardData sampleDashboard()
{
    protocol::DashboardData data;
    data.days = 7;
    for (int day = 0; day < 7; ++day) {
        data.volumePerDay.append({QDate(2025, 3, 3).addDays(day).toString(Qt::ISODate),
                                  40 + day * 7 % 23, 35 + day * 5 % 19});
    }
    for (int hour = 0; hour < 24; ++hour)
        data.volumePerHour.append(hour >= 8 && hour <= 20 ? 5 + (hour * 7) % 11 : hour % 2);
    data.turnsAuto = 0;
    data.turnsReviewed = 12;
    data.turnsHuman = 230;
    data.firstResponseMedianMs = 4 * 60 * 1000;
    data.firstResponseP95Ms = 38 * 60 * 1000;
    data.resolutionMedianMs = 2 * 3600 * 1000;
    data.resolutionP95Ms = 30LL * 3600 * 1000;
    data.escalationsByReason = {{QStringLiteral("complaint"), 9},
                                {QStringLiteral("asks for a person"), 21},
                                {QStringLiteral("price question"), 14}};
    data.openPerAgent = {
        {QStringLiteral("giulia"), 6}, {QStringLiteral("marco"), 4}, {QString(), 3}};
    return data;
}

} // namespace

TEST_F(DashboardViewTest, ChartsShowTheFigures)
{
    DashboardView view;
    view.setRefreshInterval(3'600'000); // no timer refresh during the test
    console::test::SignalLog refresh(&view, &DashboardView::refreshRequested);
    view.show();
    ASSERT_EQ(refresh.count(), 1) << "showing the dashboard asks for figures";
    EXPECT_EQ(refresh.arg<0>(0), 14);

    view.setData(sampleDashboard());
    const QList<QChart *> charts = view.charts();
    ASSERT_EQ(charts.size(), 5);

    auto *perDay = qobject_cast<QBarSeries *>(charts.at(0)->series().value(0));
    ASSERT_NE(perDay, nullptr);
    ASSERT_EQ(perDay->barSets().size(), 2);
    EXPECT_EQ(perDay->barSets().at(0)->count(), 7);
    EXPECT_EQ(perDay->barSets().at(0)->at(0), 40);
    EXPECT_EQ(perDay->barSets().at(1)->label(), QStringLiteral("Sent"));

    auto *perHour = qobject_cast<QBarSeries *>(charts.at(1)->series().value(0));
    ASSERT_NE(perHour, nullptr);
    EXPECT_EQ(perHour->barSets().at(0)->count(), 24);

    auto *share = qobject_cast<QPieSeries *>(charts.at(2)->series().value(0));
    ASSERT_NE(share, nullptr);
    ASSERT_EQ(share->count(), 3);
    EXPECT_EQ(share->slices().at(2)->value(), 230);
    EXPECT_TRUE(share->slices().at(2)->label().contains(QStringLiteral("230")));

    auto *reasons = qobject_cast<QHorizontalBarSeries *>(charts.at(3)->series().value(0));
    ASSERT_NE(reasons, nullptr);
    // Sorted so the largest is drawn on top (the last category of a horizontal bar chart).
    EXPECT_EQ(reasons->barSets().at(0)->at(2), 21);

    const QString summary = view.summaryText();
    EXPECT_TRUE(summary.contains(QStringLiteral("First response: median 4 min · p95 38 min")))
        << summary;
    EXPECT_TRUE(summary.contains(QStringLiteral("Resolution: median 2 h 00 min · p95 1 d 6 h")))
        << summary;
    EXPECT_TRUE(summary.contains(QStringLiteral("none yet"))) << summary;

    // A different period and the Refresh button both ask again.
    view.setDays(30);
    ASSERT_EQ(refresh.count(), 2);
    EXPECT_EQ(refresh.arg<0>(1), 30);
    child<QPushButton>(view, "dashboardRefresh")->click();
    EXPECT_EQ(refresh.count(), 3);

    view.resize(1200, 800);
    const QImage image = view.grab().toImage();
    EXPECT_GT(console::test::distinctColours(image), 40);
    const QDir folder(QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots"));
    ASSERT_TRUE(folder.mkpath(QStringLiteral(".")));
    EXPECT_TRUE(image.save(folder.filePath(QStringLiteral("dashboard.png"))));
}

TEST_F(DashboardViewTest, EmptyFiguresStillDraw)
{
    DashboardView view;
    view.setRefreshInterval(3'600'000);
    view.setData(protocol::DashboardData{});
    view.resize(900, 600);
    EXPECT_FALSE(view.grab().isNull());
    EXPECT_TRUE(view.summaryText().contains(QStringLiteral("median –")));
}

TEST_F(SandboxCustomerWindowTest, ReadsTheRoutesJsonAsAPhoneWould)
{
    // What /sandbox/customers/<wa_id>/messages gives, as SandboxClient orders it.
    const QJsonArray messages{
        QJsonObject{
            {QStringLiteral("direction"), QStringLiteral("sent")},
            {QStringLiteral("wamid"), QStringLiteral("wamid.c1")},
            {QStringLiteral("timestamp"), 1'741'000'000},
            {QStringLiteral("type"), QStringLiteral("text")},
            {QStringLiteral("message"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                         {QStringLiteral("text"),
                          QJsonObject{{QStringLiteral("body"), QStringLiteral("Buongiorno!")}}}}},
            {QStringLiteral("webhook_status"), 200},
            {QStringLiteral("read_by_business"), true}},
        QJsonObject{
            {QStringLiteral("direction"), QStringLiteral("received")},
            {QStringLiteral("wamid"), QStringLiteral("wamid.b1")},
            {QStringLiteral("accepted_at"), 1'741'000'060},
            {QStringLiteral("status"), QStringLiteral("delivered")},
            {QStringLiteral("type"), QStringLiteral("text")},
            {QStringLiteral("request"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                         {QStringLiteral("text"),
                          QJsonObject{{QStringLiteral("body"),
                                       QStringLiteral("Buongiorno, come possiamo aiutarla?")}}}}}},
        QJsonObject{{QStringLiteral("direction"), QStringLiteral("received")},
                    {QStringLiteral("wamid"), QStringLiteral("wamid.b2")},
                    {QStringLiteral("accepted_at"), 1'741'000'090},
                    {QStringLiteral("status"), QStringLiteral("failed")},
                    {QStringLiteral("failure_code"), 131047},
                    {QStringLiteral("request"),
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("template")},
                                 {QStringLiteral("template"),
                                  QJsonObject{{QStringLiteral("name"),
                                               QStringLiteral("appointment_reminder")}}}}}},
    };
    const auto entries = SandboxCustomerWindow::entriesFromJson(messages);
    ASSERT_EQ(entries.size(), 3);
    EXPECT_EQ(entries.at(0).kind, protocol::ThreadEntryKind::Inbound);
    EXPECT_EQ(entries.at(0).text, QStringLiteral("Buongiorno!"));
    EXPECT_EQ(entries.at(0).status, DeliveryStatus::Read);
    EXPECT_EQ(entries.at(0).at, 1'741'000'000'000);
    EXPECT_EQ(entries.at(1).kind, protocol::ThreadEntryKind::Outbound);
    EXPECT_EQ(entries.at(1).status, DeliveryStatus::Delivered);
    EXPECT_EQ(entries.at(2).text, QStringLiteral("Template “appointment_reminder”"));
    EXPECT_EQ(entries.at(2).errorCode, 131047);
    EXPECT_EQ(entries.at(2).status, DeliveryStatus::Failed);
}

TEST_F(SandboxCustomerWindowTest, ChecksTheNumberBeforeWriting)
{
    EXPECT_EQ(SandboxCustomerWindow::normaliseNumber(QStringLiteral("+39 340 123-4567")),
              QStringLiteral("393401234567"));
    EXPECT_TRUE(SandboxCustomerWindow::normaliseNumber(QStringLiteral("12345")).isEmpty());
    EXPECT_TRUE(SandboxCustomerWindow::normaliseNumber(QStringLiteral("39abc")).isEmpty());

    net::SandboxClient client; // no server: nothing is sent while the number is wrong
    SandboxCustomerWindow window(&client);
    window.setCustomerNumber(QStringLiteral("12"));
    child<QLineEdit>(window, "sandboxText")->setText(QStringLiteral("ciao"));
    EXPECT_FALSE(window.sendTyped());
    EXPECT_TRUE(window.error().contains(QStringLiteral("6 to 15 digits"))) << window.error();
    EXPECT_FALSE(child<QPushButton>(window, "sandboxSend")->isEnabled());
    window.setCustomerNumber(QStringLiteral("+39 340 1234567"));
    EXPECT_EQ(window.customerNumber(), QStringLiteral("393401234567"));
    EXPECT_TRUE(child<QPushButton>(window, "sandboxSend")->isEnabled());
}
