// SPDX-License-Identifier: LicenseRef-Sportello
// WebhookSignature: X-Hub-Signature-256 verification against an independent HMAC.
#include <gtest/gtest.h>

#include <QByteArray>

#include "ingest/webhooksignature.h"
#include "support/webhookfactory.h"

namespace sportello::ingest {
namespace {

using Result = WebhookSignature::Result;
using test::WebhookFactory;

const QByteArray kSecret = QByteArrayLiteral("meta-app-secret");
const QByteArray kBody = QByteArrayLiteral(
    R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[]}]})");

TEST(WebhookSignature, KnownAnswer)
{
    // RFC-style test vector: HMAC-SHA256(key, "The quick brown fox jumps over the lazy dog").
    const WebhookSignature signature(QByteArrayLiteral("key"));
    const QByteArray body = QByteArrayLiteral("The quick brown fox jumps over the lazy dog");
    const QByteArray expected = QByteArrayLiteral(
        "sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
    EXPECT_EQ(signature.sign(body), expected);
    EXPECT_EQ(signature.verify(body, expected), Result::Valid);
}

TEST(WebhookSignature, ValidWhenMetaSignedTheExactBytes)
{
    const WebhookSignature signature(kSecret);
    EXPECT_EQ(signature.verify(kBody, WebhookFactory::sign(kSecret, kBody)), Result::Valid);
    // Surrounding whitespace in the header value is tolerated.
    EXPECT_EQ(
        signature.verify(kBody, QByteArray(" " + WebhookFactory::sign(kSecret, kBody) + "\r\n")),
        Result::Valid);
}

TEST(WebhookSignature, SignRoundTripsAndMatchesAnIndependentHmac)
{
    const WebhookSignature signature(kSecret);
    for (const QByteArray &body : {kBody, QByteArray(), QByteArray("\x00\x01\x02 binary \xff", 12),
                                   QByteArray(100000, 'x'), QStringLiteral("città ☕ 🎉").toUtf8()}) {
        const QByteArray header = signature.sign(body);
        EXPECT_TRUE(header.startsWith("sha256="));
        EXPECT_EQ(header.size(), 7 + 64);
        EXPECT_EQ(header, WebhookFactory::sign(kSecret, body));
        EXPECT_EQ(signature.verify(body, header), Result::Valid);
    }
}

TEST(WebhookSignature, UpperCaseHexIsAccepted)
{
    const WebhookSignature signature(kSecret);
    QByteArray header = WebhookFactory::sign(kSecret, kBody);
    const QByteArray upper = "sha256=" + header.mid(7).toUpper();
    ASSERT_NE(upper, header);
    EXPECT_EQ(signature.verify(kBody, upper), Result::Valid);
}

TEST(WebhookSignature, MissingHeader)
{
    const WebhookSignature signature(kSecret);
    EXPECT_EQ(signature.verify(kBody, QByteArray()), Result::Missing);
    EXPECT_EQ(signature.verify(kBody, QByteArrayLiteral("   ")), Result::Missing);
}

TEST(WebhookSignature, MalformedHeaders)
{
    const WebhookSignature signature(kSecret);
    const QByteArray good = WebhookFactory::sign(kSecret, kBody);
    const QByteArray hex = good.mid(7);
    const QByteArray cases[] = {
        "sha1=" + hex,                                // wrong algorithm
        "SHA256=" + hex,                              // the prefix is lower case
        "sha256:" + hex,                              // wrong separator
        hex,                                          // no prefix
        "sha256=" + hex.left(63),                     // one digit short
        "sha256=" + hex + "0",                        // one digit long
        "sha256=" + hex.left(62),                     // one byte short
        "sha256=",                                    // prefix only
        "sha256=" + hex.left(63) + "g",               // not hex
        "sha256=" + hex.left(10) + " " + hex.mid(11), // a space inside
        "sha256=" + hex.left(63) + "\xff",
    };
    for (const QByteArray &header : cases)
        EXPECT_EQ(signature.verify(kBody, header), Result::Malformed) << header.toStdString();
}

TEST(WebhookSignature, MismatchWhenAnythingDiffers)
{
    const WebhookSignature signature(kSecret);
    const QByteArray good = WebhookFactory::sign(kSecret, kBody);
    // Another secret.
    EXPECT_EQ(signature.verify(kBody, WebhookFactory::sign("other-secret", kBody)),
              Result::Mismatch);
    // One byte of the body changed, or whitespace added (Meta signs the raw bytes).
    QByteArray changed = kBody;
    changed[10] = 'X';
    EXPECT_EQ(signature.verify(changed, good), Result::Mismatch);
    EXPECT_EQ(signature.verify(QByteArray(kBody + "\n"), good), Result::Mismatch);
    // One digit of the signature changed.
    QByteArray flipped = good;
    flipped[flipped.size() - 1] = flipped.back() == '0' ? '1' : '0';
    EXPECT_EQ(signature.verify(kBody, flipped), Result::Mismatch);
    // All zeros.
    EXPECT_EQ(signature.verify(kBody, QByteArray("sha256=" + QByteArray(64, '0'))),
              Result::Mismatch);
    // An empty secret signs differently from a real one.
    EXPECT_EQ(WebhookSignature(QByteArray()).verify(kBody, good), Result::Mismatch);
}

} // namespace
} // namespace sportello::ingest
