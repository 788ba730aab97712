// SPDX-License-Identifier: MIT
// Sportello: what the server understood of one customer turn, shown to agents.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "protocol/intentcandidate.h"
#include "protocol/understoodentity.h"

namespace sportello::protocol {

struct TurnUnderstanding
{
    QString language; // ISO 639-1; empty when unknown
    double languageConfidence = 0.0;
    QString languageSource; // text, conversation, contact, phone, default
    QString intent;         // best intent; empty when no model answered
    double intentConfidence = 0.0;
    bool lowConfidence = false;          // under the business's threshold: treat as out of scope
    bool ambiguous = false;              // the runner-up is close: do not act on the best alone
    QList<IntentCandidate> alternatives; // the runners-up, best first
    QString sentiment;                   // negative, neutral, positive
    double sentimentScore = 0.0;         // -1..1
    bool angry = false;
    bool urgent = false;
    QStringList cues; // words or emoji behind sentiment, anger and urgency
    QList<UnderstoodEntity> entities;

    bool isEmpty() const { return language.isEmpty() && intent.isEmpty() && sentiment.isEmpty(); }
};

} // namespace sportello::protocol
