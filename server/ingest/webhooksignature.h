// SPDX-License-Identifier: LicenseRef-Sportello
// X-Hub-Signature-256: HMAC-SHA256 of the raw body with the Meta app secret.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace sportello::ingest {

// Thread-safe (immutable after construction). Uses OpenSSL: Qt 6.4's own SHA-256 measured
// three times slower, and every webhook request pays for this.
class WebhookSignature
{
public:
    enum class Result
    {
        Valid,
        Missing,
        Malformed, // not "sha256=<64 hex digits>"
        Mismatch,
    };

    explicit WebhookSignature(QByteArray appSecret);

    // Compares in constant time over the raw bytes exactly as received.
    Result verify(QByteArrayView body, QByteArrayView header) const;
    // "sha256=<hex>", as Meta would send it (sandbox channel and tests).
    QByteArray sign(QByteArrayView body) const;

private:
    QByteArray digest(QByteArrayView body) const;

    QByteArray m_secret;
};

} // namespace sportello::ingest
