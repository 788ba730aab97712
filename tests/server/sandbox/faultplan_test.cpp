// SPDX-License-Identifier: LicenseRef-Sportello
// Tests of FaultPlan: the JSON form of the sandbox emulator's failure injection.
#include <gtest/gtest.h>

#include <QJsonObject>

#include "whatsapp/sandbox/faultplan.h"

using namespace Qt::StringLiterals;
using sportello::whatsapp::sandbox::FaultPlan;

TEST(FaultPlan, ParsesEveryModeName)
{
    const auto names = FaultPlan::modeNames();
    for (const QString &name : names) {
        QJsonObject json{{u"mode"_s, name}};
        if (name == "error"_L1)
            json.insert(u"code"_s, 131000);
        QString field;
        QString message;
        const auto plan = FaultPlan::fromJson(json, &field, &message);
        ASSERT_TRUE(plan.has_value()) << qPrintable(name) << ": " << qPrintable(message);
        EXPECT_EQ(FaultPlan::modeName(plan->mode), name);
        EXPECT_EQ(plan->count, -1);
    }
}

TEST(FaultPlan, RoundTripsThroughJson)
{
    FaultPlan plan;
    plan.mode = FaultPlan::Mode::Generic;
    plan.count = 3;
    plan.delayMs = 50;
    plan.includeMarkRead = true;
    plan.httpStatus = 503;
    plan.code = 2;
    plan.subcode = 7;
    plan.message = u"Service temporarily unavailable"_s;
    plan.deliver = true;

    const auto parsed = FaultPlan::fromJson(plan.toJson(), nullptr, nullptr);
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(parsed->mode, plan.mode);
    EXPECT_EQ(parsed->count, 3);
    EXPECT_EQ(parsed->delayMs, 50);
    EXPECT_TRUE(parsed->includeMarkRead);
    EXPECT_EQ(parsed->httpStatus, 503);
    EXPECT_EQ(parsed->code, 2);
    EXPECT_EQ(parsed->subcode, 7);
    EXPECT_EQ(parsed->message, plan.message);
    EXPECT_TRUE(parsed->deliversAnyway());
    EXPECT_FALSE(parsed->failsAsynchronously());
}

TEST(FaultPlan, DefaultsPerMode)
{
    const auto badJson = FaultPlan::fromJson({{u"mode"_s, u"bad_json"_s}}, nullptr, nullptr);
    ASSERT_TRUE(badJson.has_value());
    EXPECT_TRUE(badJson->deliversAnyway()) << "a garbled 200 still means accepted";

    const auto timeout = FaultPlan::fromJson({{u"mode"_s, u"timeout"_s}}, nullptr, nullptr);
    ASSERT_TRUE(timeout.has_value());
    EXPECT_FALSE(timeout->deliversAnyway());

    const auto slow = FaultPlan::fromJson({{u"mode"_s, u"slow"_s}}, nullptr, nullptr);
    ASSERT_TRUE(slow.has_value());
    EXPECT_GT(slow->delayMs, 0) << "slow without delay_ms still is slow";

    const auto async = FaultPlan::fromJson({{u"mode"_s, u"131047_async"_s}}, nullptr, nullptr);
    ASSERT_TRUE(async.has_value());
    EXPECT_TRUE(async->failsAsynchronously());
    EXPECT_EQ(async->errorCode(), 131047);

    EXPECT_EQ(FaultPlan::fromJson({{u"mode"_s, u"429"_s}}, nullptr, nullptr)->errorCode(), 130429);
    EXPECT_FALSE(FaultPlan().isActive());
}

TEST(FaultPlan, NamesTheBadField)
{
    struct Case
    {
        QJsonObject json;
        QString field;
    };
    const Case cases[] = {
        {{}, u"mode"_s},
        {{{u"mode"_s, 429}}, u"mode"_s},
        {{{u"mode"_s, u"meteor"_s}}, u"mode"_s},
        {{{u"mode"_s, u"429"_s}, {u"count"_s, 1.5}}, u"count"_s},
        {{{u"mode"_s, u"429"_s}, {u"count"_s, -2}}, u"count"_s},
        {{{u"mode"_s, u"slow"_s}, {u"delay_ms"_s, u"100"_s}}, u"delay_ms"_s},
        {{{u"mode"_s, u"429"_s}, {u"include_mark_read"_s, 1}}, u"include_mark_read"_s},
        {{{u"mode"_s, u"error"_s}, {u"code"_s, 5}, {u"http_status"_s, 700}}, u"http_status"_s},
        {{{u"mode"_s, u"error"_s}, {u"code"_s, 5}, {u"http_status"_s, 200}}, u"http_status"_s},
        {{{u"mode"_s, u"error"_s}}, u"code"_s},
        {{{u"mode"_s, u"error"_s}, {u"code"_s, 5}, {u"message"_s, 1}}, u"message"_s},
        {{{u"mode"_s, u"timeout"_s}, {u"deliver"_s, u"yes"_s}}, u"deliver"_s},
    };
    for (const auto &c : cases) {
        QString field;
        QString message;
        EXPECT_FALSE(FaultPlan::fromJson(c.json, &field, &message).has_value())
            << qPrintable(c.field);
        EXPECT_EQ(field, c.field);
        EXPECT_FALSE(message.isEmpty());
    }
}
