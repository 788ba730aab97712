// SPDX-License-Identifier: LicenseRef-Sportello
// RetryPolicy and TokenBucket: which failures are retried, how long to wait, how fast to go.
#include <gtest/gtest.h>

#include "outbox/retrypolicy.h"
#include "outbox/tokenbucket.h"

namespace sportello::outbox {
namespace {

using Kind = whatsapp::GraphFailure::Kind;
using Action = RetryDecision::Action;

whatsapp::GraphFailure api(int http, int code)
{
    whatsapp::GraphFailure f;
    f.kind = Kind::ApiError;
    f.httpStatus = http;
    f.code = code;
    return f;
}

struct Row
{
    whatsapp::GraphFailure failure;
    Action expected;
    const char *why;
};

class RetryMatrix : public ::testing::TestWithParam<Row>
{
};

TEST_P(RetryMatrix, Decides)
{
    const RetryPolicy policy(1000, 60000, 8);
    EXPECT_EQ(policy.decide(GetParam().failure, 1, 0.5).action, GetParam().expected)
        << GetParam().why;
}

INSTANTIATE_TEST_SUITE_P(
    GraphFailures, RetryMatrix,
    ::testing::Values(
        Row{{Kind::Network, 0, 0, 0, {}, {}, {}, {}, {}}, Action::Retry, "connection refused"},
        Row{{Kind::Timeout, 0, 0, 0, {}, {}, {}, {}, {}}, Action::Retry, "timeout"},
        Row{{Kind::BadResponse, 502, 0, 0, {}, {}, {}, {}, {}}, Action::Retry, "proxy 502 page"},
        Row{{Kind::BadResponse, 200, 0, 0, {}, {}, {}, {}, {}},
            Action::AcceptedUnknown,
            "garbled 200 means accepted"},
        Row{{Kind::BadResponse, 400, 0, 0, {}, {}, {}, {}, {}}, Action::Fail, "garbled 400"},
        Row{api(500, 1), Action::Retry, "Meta internal error"},
        Row{api(503, 2), Action::Retry, "service unavailable"},
        Row{api(429, 130429), Action::Retry, "throughput"},
        Row{api(400, 130429), Action::Retry, "throughput as 400"},
        Row{api(400, 131056), Action::Retry, "pair rate limit"},
        Row{api(400, 131057), Action::Retry, "upgrade in progress"},
        Row{api(400, 80007), Action::Retry, "WABA rate limit"},
        Row{api(400, 131047), Action::NeedsTemplate, "re-engagement"},
        Row{api(400, 131026), Action::Fail, "undeliverable"},
        Row{api(400, 131050), Action::Fail, "stopped marketing"},
        Row{api(400, 132000), Action::Fail, "template parameters"},
        Row{api(401, 190), Action::Fail, "token expired"},
        Row{api(400, 100), Action::Fail, "invalid parameter"}));

TEST(RetryPolicy, BacksOffExponentiallyWithJitterUpToTheCap)
{
    const RetryPolicy policy(1000, 30000, 20);
    EXPECT_EQ(policy.backoff(1, 0.0), 500);
    EXPECT_EQ(policy.backoff(1, 1.0), 1000);
    EXPECT_EQ(policy.backoff(2, 1.0), 2000);
    EXPECT_EQ(policy.backoff(4, 1.0), 8000);
    EXPECT_EQ(policy.backoff(10, 1.0), 30000);
    EXPECT_EQ(policy.backoff(10, 0.0), 15000);
}

TEST(RetryPolicy, UncertainSendsWaitForTheirStatusWebhook)
{
    const RetryPolicy policy(10, 100, 8);
    const auto d = policy.decide({Kind::Timeout, 0, 0, 0, {}, {}, {}, {}, {}}, 1, 0.0);
    EXPECT_EQ(d.action, Action::Retry);
    EXPECT_GE(d.delayMs, RetryPolicy::kUncertainMinDelayMs);
}

TEST(RetryPolicy, PairRateLimitWaitsFourToTheNSeconds)
{
    const RetryPolicy policy(10, 600000, 8);
    EXPECT_GE(policy.decide(api(400, 131056), 1, 0.0).delayMs, 4000);
    EXPECT_GE(policy.decide(api(400, 131056), 2, 0.0).delayMs, 16000);
}

TEST(RetryPolicy, StopsAfterMaxAttempts)
{
    const RetryPolicy policy(10, 100, 3);
    EXPECT_EQ(policy.decide(api(500, 1), 2, 0.5).action, Action::Retry);
    EXPECT_EQ(policy.decide(api(500, 1), 3, 0.5).action, Action::Fail);
}

TEST(TokenBucket, AllowsTheBurstThenTheRate)
{
    TokenBucket bucket(10, 3, 0); // 10/s, burst 3
    EXPECT_TRUE(bucket.tryTake(0));
    EXPECT_TRUE(bucket.tryTake(0));
    EXPECT_TRUE(bucket.tryTake(0));
    EXPECT_FALSE(bucket.tryTake(0));
    EXPECT_EQ(bucket.nextTokenAt(0), 100'000'000);
    EXPECT_FALSE(bucket.tryTake(99'000'000));
    EXPECT_TRUE(bucket.tryTake(100'000'000));
}

TEST(TokenBucket, RateIsExactOverALongIrregularRun)
{
    TokenBucket bucket(80, 8, 0);
    int taken = 0;
    // Poll at irregular 1-7 ms steps for 10 s.
    for (qint64 t = 0, step = 1; t <= 10'000'000'000; t += step * 1'000'000, step = step % 7 + 1) {
        while (bucket.tryTake(t))
            ++taken;
    }
    EXPECT_GE(taken, 800);
    EXPECT_LE(taken, 808 + 1);
}

} // namespace
} // namespace sportello::outbox
