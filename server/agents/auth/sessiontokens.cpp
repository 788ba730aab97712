// SPDX-License-Identifier: LicenseRef-Sportello
// Console session tokens: how they are made and how they are stored.
#include "agents/auth/sessiontokens.h"

#include <array>

#include <QByteArray>
#include <QCryptographicHash>
#include <QRandomGenerator>

namespace sportello::agents {

namespace {
constexpr int kTokenBytes = 32;
constexpr int kTokenLength = 43; // base64 of 32 bytes without the one '=' of padding
} // namespace

QString SessionTokens::generate()
{
    std::array<quint32, kTokenBytes / sizeof(quint32)> words{};
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), kTokenBytes);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString SessionTokens::hash(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool SessionTokens::looksValid(const QString &token)
{
    if (token.size() != kTokenLength)
        return false;
    for (const QChar c : token) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                        (u >= u'0' && u <= u'9') || u == u'-' || u == u'_';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace sportello::agents
