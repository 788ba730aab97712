// SPDX-License-Identifier: LicenseRef-Sportello
// Hand-built turns and small helpers shared by the pipeline tests.
#pragma once

#include <ostream>

#include <QString>
#include <QStringList>

#include "config/serverconfig.h"
#include "pipeline/turn.h"

// Readable gtest failures for QString comparisons.
inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}

namespace sportello::pipeline::testdata {

inline const QString kItalian = QStringLiteral("393331234567");
inline const QString kGerman = QStringLiteral("4915112345678");
inline const QString kFrench = QStringLiteral("33612345678");
inline const QString kBritish = QStringLiteral("447700900123");
inline const QString kJapanese = QStringLiteral("819012345678");

// A turn of text messages from `waId` to `business` (which must outlive the turn).
inline Turn textTurn(const config::ServerConfig &config, const config::BusinessConfig &business,
                     const QStringList &texts, const QString &waId = kItalian)
{
    Turn turn;
    turn.config = &config;
    turn.business = &business;
    turn.now = 1700000000000;
    turn.contact.phoneNumberId = business.phoneNumberId;
    turn.contact.contactKey = waId;
    turn.contact.waId = waId;
    int i = 0;
    for (const QString &text : texts) {
        TurnMessage message;
        message.message.phoneNumberId = business.phoneNumberId;
        message.message.wamid = QStringLiteral("wamid.turn%1").arg(++i);
        message.message.fromWaId = waId;
        message.message.type = MessageType::Text;
        message.message.typeName = QStringLiteral("text");
        message.message.text = text;
        message.message.timestamp = 1700000000 + i;
        message.stored.wamid = message.message.wamid;
        turn.messages.append(message);
    }
    return turn;
}

} // namespace sportello::pipeline::testdata
