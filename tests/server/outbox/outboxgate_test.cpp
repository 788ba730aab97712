// SPDX-License-Identifier: LicenseRef-Sportello
// OutboxGate: the 24h window, opt-out and template rules every outgoing message obeys.
#include <gtest/gtest.h>

#include "config/businessconfig.h"
#include "outbox/outboxgate.h"

namespace sportello::outbox {
namespace {

constexpr qint64 kNow = 1'800'000'000'000; // ms
constexpr qint64 kHour = 3600;

class Gate : public ::testing::Test
{
protected:
    config::BusinessConfig business;
    Gate()
    {
        business.phoneNumberId = QStringLiteral("100000000000001");
        business.templates = {{QStringLiteral("appointment_reminder"),
                               QStringLiteral("it"),
                               QStringLiteral("utility"),
                               1,
                               2,
                               {0, 1}}};
    }

    static OutboundRequest textRequest(const QString &purpose = QStringLiteral("reply"))
    {
        OutboundRequest r;
        r.customer = {QStringLiteral("100000000000001"), QStringLiteral("393401234567")};
        r.message.to = QStringLiteral("393401234567");
        r.message.content = whatsapp::TextContent{QStringLiteral("ciao"), false};
        r.purpose = purpose;
        r.idempotencyKey = QStringLiteral("k");
        return r;
    }

    static OutboundRequest templateRequest(int header, int body, QList<int> buttons)
    {
        OutboundRequest r = textRequest();
        whatsapp::TemplateContent t;
        t.name = QStringLiteral("appointment_reminder");
        t.languageCode = QStringLiteral("it");
        for (int i = 0; i < header; ++i)
            t.headerParameters.append(
                {whatsapp::TemplateParameter::Kind::Text, QStringLiteral("h"), {}, {}});
        for (int i = 0; i < body; ++i)
            t.bodyParameters.append(
                {whatsapp::TemplateParameter::Kind::Text, QStringLiteral("b"), {}, {}});
        for (int index = 0; index < buttons.size(); ++index) {
            whatsapp::TemplateButton button;
            button.index = index;
            for (int i = 0; i < buttons[index]; ++i)
                button.parameters.append(
                    {whatsapp::TemplateParameter::Kind::Text, QStringLiteral("p"), {}, {}});
            if (buttons[index] > 0)
                t.buttons.append(button);
        }
        r.message.content = t;
        return r;
    }

    static GateContext wrote(qint64 secondsAgo)
    {
        GateContext c;
        c.now = kNow;
        c.lastCustomerTimestamp = kNow / 1000 - secondsAgo;
        return c;
    }
};

TEST_F(Gate, FreeFormInsideTheWindowIsAllowed)
{
    EXPECT_TRUE(OutboxGate::check(textRequest(), business, wrote(23 * kHour)).allowed());
}

TEST_F(Gate, FreeFormAfterTwentyFourHoursNeedsATemplate)
{
    const auto d = OutboxGate::check(textRequest(), business, wrote(24 * kHour + 1));
    EXPECT_EQ(d.verdict, GateDecision::Verdict::NeedsTemplate);
    EXPECT_EQ(d.code, QStringLiteral("window_closed"));
    EXPECT_EQ(d.status(), DeliveryStatus::NeedsTemplate);
    EXPECT_TRUE(d.reason.contains(QStringLiteral("24-hour")));
}

TEST_F(Gate, FreeFormToSomeoneWhoNeverWroteNeedsATemplate)
{
    GateContext c;
    c.now = kNow;
    EXPECT_EQ(OutboxGate::check(textRequest(), business, c).verdict,
              GateDecision::Verdict::NeedsTemplate);
}

TEST_F(Gate, TemplatesMayGoOutsideTheWindow)
{
    EXPECT_TRUE(OutboxGate::check(templateRequest(1, 2, {0, 1}), business, wrote(30 * 24 * kHour))
                    .allowed());
}

TEST_F(Gate, TemplateParameterCountsMustMatchEachComponent)
{
    const auto body = OutboxGate::check(templateRequest(1, 1, {0, 1}), business, wrote(60));
    EXPECT_EQ(body.verdict, GateDecision::Verdict::Refuse);
    EXPECT_EQ(body.code, QStringLiteral("template_parameters"));
    EXPECT_TRUE(body.reason.contains(QStringLiteral("body takes 2 parameter(s), got 1")))
        << qPrintable(body.reason);
    EXPECT_EQ(OutboxGate::check(templateRequest(0, 2, {0, 1}), business, wrote(60)).code,
              QStringLiteral("template_parameters"));
    EXPECT_EQ(OutboxGate::check(templateRequest(1, 2, {0, 2}), business, wrote(60)).code,
              QStringLiteral("template_parameters"));
}

TEST_F(Gate, UnknownTemplateOrLanguageIsRefused)
{
    auto r = templateRequest(1, 2, {0, 1});
    std::get<whatsapp::TemplateContent>(r.message.content).languageCode = QStringLiteral("de");
    const auto d = OutboxGate::check(r, business, wrote(60));
    EXPECT_EQ(d.code, QStringLiteral("unknown_template"));
    EXPECT_EQ(d.status(), DeliveryStatus::Refused);
}

TEST_F(Gate, OptedOutCustomersGetNothingPushed)
{
    GateContext c = wrote(3600);
    c.optedOut = true;
    c.optedOutAt = kNow - 60'000; // opted out a minute ago, after their last message
    EXPECT_EQ(OutboxGate::check(textRequest(), business, c).code, QStringLiteral("opted_out"));
    EXPECT_EQ(OutboxGate::check(templateRequest(1, 2, {0, 1}), business, c).code,
              QStringLiteral("opted_out"));
    // The confirmation of the opt-out itself still goes out.
    EXPECT_TRUE(OutboxGate::check(textRequest(QStringLiteral("optout_confirmation")), business, c)
                    .allowed());
}

TEST_F(Gate, AnOptedOutCustomerWhoWritesAgainCanBeAnsweredButNotMarketedTo)
{
    GateContext c = wrote(30);
    c.optedOut = true;
    c.optedOutAt = kNow - 3'600'000; // opted out an hour ago, wrote 30 s ago
    EXPECT_TRUE(OutboxGate::check(textRequest(), business, c).allowed());
    EXPECT_EQ(OutboxGate::check(templateRequest(1, 2, {0, 1}), business, c).code,
              QStringLiteral("opted_out"));
}

} // namespace
} // namespace sportello::outbox
