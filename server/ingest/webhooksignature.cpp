// SPDX-License-Identifier: LicenseRef-Sportello
// X-Hub-Signature-256: HMAC-SHA256 of the raw body with the Meta app secret.
#include "ingest/webhooksignature.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace sportello::ingest {

namespace {
constexpr QByteArrayView kPrefix("sha256=");
constexpr int kDigestSize = 32;

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}
} // namespace

WebhookSignature::WebhookSignature(QByteArray appSecret)
    : m_secret(std::move(appSecret))
{
}

QByteArray WebhookSignature::digest(QByteArrayView body) const
{
    QByteArray out(kDigestSize, Qt::Uninitialized);
    unsigned int length = 0;
    HMAC(EVP_sha256(), m_secret.constData(), int(m_secret.size()),
         reinterpret_cast<const unsigned char *>(body.data()), size_t(body.size()),
         reinterpret_cast<unsigned char *>(out.data()), &length);
    return out;
}

WebhookSignature::Result WebhookSignature::verify(QByteArrayView body, QByteArrayView header) const
{
    header = header.trimmed();
    if (header.isEmpty())
        return Result::Missing;
    if (!header.startsWith(kPrefix) || header.size() != kPrefix.size() + 2 * kDigestSize)
        return Result::Malformed;
    unsigned char given[kDigestSize];
    const char *hex = header.data() + kPrefix.size();
    for (int i = 0; i < kDigestSize; ++i) {
        const int high = hexValue(hex[2 * i]);
        const int low = hexValue(hex[2 * i + 1]);
        if (high < 0 || low < 0)
            return Result::Malformed;
        given[i] = static_cast<unsigned char>(high * 16 + low);
    }
    const QByteArray expected = digest(body);
    return CRYPTO_memcmp(given, expected.constData(), kDigestSize) == 0 ? Result::Valid
                                                                        : Result::Mismatch;
}

QByteArray WebhookSignature::sign(QByteArrayView body) const
{
    QByteArray header = kPrefix.toByteArray();
    header.append(digest(body).toHex());
    return header;
}

} // namespace sportello::ingest
