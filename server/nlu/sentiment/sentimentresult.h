// SPDX-License-Identifier: LicenseRef-Sportello
// How a customer's turn sounds: polarity, anger, urgency and the words that said so.
#pragma once

#include <QString>
#include <QStringList>

namespace sportello::nlu {

enum class Polarity
{
    Negative,
    Neutral,
    Positive,
};

struct SentimentResult
{
    Polarity polarity = Polarity::Neutral;
    double score = 0.0;  // -1 (very negative) .. 1 (very positive)
    bool angry = false;  // strongly negative and with anger cues: route to a person
    bool urgent = false; // urgency cues, whatever the polarity
    // What decided, as the agent should read it: folded words and phrases ("vergogna",
    // "non soddisfatto"), emoji, shouted words as written, "!!!".
    QStringList cues;
};

} // namespace sportello::nlu
