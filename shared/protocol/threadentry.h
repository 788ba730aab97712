// SPDX-License-Identifier: MIT
// Sportello: one bubble or note in a conversation's thread.
#pragma once

#include <optional>

#include <QString>

#include "domain/deliverystatus.h"
#include "protocol/turnunderstanding.h"

namespace sportello::protocol {

enum class ThreadEntryKind
{
    Inbound,
    Outbound,
    Note,   // private note between agents
    System, // ownership changes, hand-backs, opt-outs
};

struct ThreadEntry
{
    QString id; // "in:12", "out:7", "ev:3": unique within a conversation
    ThreadEntryKind kind = ThreadEntryKind::Inbound;
    QString type; // MessageType spelling for inbound; text, template, interactive... outbound
    QString text;
    QString caption;
    QString fileName;
    QString mimeType;
    qint64 at = 0;                                  // ms
    DeliveryStatus status = DeliveryStatus::Queued; // outbound only
    int errorCode = 0;
    QString errorTitle;
    QString author;  // customer, bot, agent:NAME, system
    QString replyTo; // entry id
    // On the last customer message of each processed turn: what the server understood.
    std::optional<TurnUnderstanding> understanding;
};

QString toString(ThreadEntryKind kind);
std::optional<ThreadEntryKind> threadEntryKindFromString(const QString &text);

} // namespace sportello::protocol
