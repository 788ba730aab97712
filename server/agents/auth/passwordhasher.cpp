// SPDX-License-Identifier: LicenseRef-Sportello
// Salted, slow password hashes (PBKDF2-HMAC-SHA256) for console users.
#include "agents/auth/passwordhasher.h"

#include <stdexcept>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <QByteArray>
#include <QRandomGenerator>
#include <QStringList>

namespace sportello::agents {

namespace {

constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;
const QString kScheme = QStringLiteral("pbkdf2-sha256");

struct ParsedHash
{
    int iterations = 0;
    QByteArray salt;
    QByteArray hash;
};

std::optional<ParsedHash> parse(const QString &stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != kScheme)
        return std::nullopt;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < 1 || iterations > PasswordHasher::kMaximumIterations)
        return std::nullopt;
    const auto salt = QByteArray::fromBase64Encoding(parts.at(2).toLatin1(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    const auto hash = QByteArray::fromBase64Encoding(parts.at(3).toLatin1(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !hash || salt.decoded.isEmpty() || hash.decoded.size() != kHashBytes)
        return std::nullopt;
    return ParsedHash{iterations, salt.decoded, hash.decoded};
}

QByteArray derive(const QString &password, const QByteArray &salt, int iterations)
{
    QByteArray utf8 = password.toUtf8();
    QByteArray out(kHashBytes, Qt::Uninitialized);
    const int rc = PKCS5_PBKDF2_HMAC(utf8.constData(), int(utf8.size()),
                                     reinterpret_cast<const unsigned char *>(salt.constData()),
                                     int(salt.size()), iterations, EVP_sha256(), kHashBytes,
                                     reinterpret_cast<unsigned char *>(out.data()));
    // The password's bytes should not linger in freed memory.
    OPENSSL_cleanse(utf8.data(), size_t(utf8.size()));
    if (rc != 1)
        throw std::runtime_error("PKCS5_PBKDF2_HMAC failed");
    return out;
}

} // namespace

PasswordHasher::PasswordHasher(int iterations)
    : m_iterations(iterations)
{
    if (iterations < kMinimumIterations) {
        throw std::invalid_argument("PasswordHasher: fewer than 200000 PBKDF2 iterations; use "
                                    "insecureForTests() in tests");
    }
    if (iterations > kMaximumIterations)
        throw std::invalid_argument("PasswordHasher: too many PBKDF2 iterations");
}

PasswordHasher::PasswordHasher(int iterations, Unchecked)
    : m_iterations(qBound(1, iterations, kMaximumIterations))
{
}

PasswordHasher PasswordHasher::insecureForTests(int iterations)
{
    return PasswordHasher(iterations, Unchecked{});
}

QString PasswordHasher::hash(const QString &password) const
{
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                          kSaltBytes / int(sizeof(quint32)));
    const QByteArray derived = derive(password, salt, m_iterations);
    return kScheme + QLatin1Char('$') + QString::number(m_iterations) + QLatin1Char('$') +
           QString::fromLatin1(salt.toBase64()) + QLatin1Char('$') +
           QString::fromLatin1(derived.toBase64());
}

bool PasswordHasher::verify(const QString &password, const QString &stored) const
{
    const auto parsed = parse(stored);
    if (!parsed)
        return false;
    const QByteArray derived = derive(password, parsed->salt, parsed->iterations);
    return CRYPTO_memcmp(derived.constData(), parsed->hash.constData(), size_t(kHashBytes)) == 0;
}

void PasswordHasher::verifyNothing(const QString &password) const
{
    static const QByteArray salt(kSaltBytes, '\0');
    derive(password, salt, m_iterations);
}

bool PasswordHasher::needsRehash(const QString &stored) const
{
    const auto iterations = iterationsOf(stored);
    return !iterations || *iterations < m_iterations;
}

std::optional<int> PasswordHasher::iterationsOf(const QString &stored)
{
    const auto parsed = parse(stored);
    if (!parsed)
        return std::nullopt;
    return parsed->iterations;
}

} // namespace sportello::agents
