// SPDX-License-Identifier: LicenseRef-Sportello
// The words the views show for what the server understood of a customer's turn.
#pragma once

#include <QCoreApplication>
#include <QString>

#include "protocol/turnunderstanding.h"

namespace sportello::console::views {

// Agents skim: one short line under the customer's message says what they want, in which
// language and in which mood; the tooltip has the rest (runners-up, cues, every entity).
class UnderstandingText
{
    Q_DECLARE_TR_FUNCTIONS(UnderstandingText)

public:
    // "Booking request" for the default taxonomy; a business's own intent ("whitening_offer")
    // is shown as "Whitening offer".
    static QString intentName(const QString &intent);
    // "negative", "neutral", "positive" in words.
    static QString sentiment(const QString &sentiment);
    // "Italian" for "it" (in the console's language).
    static QString language(const QString &code);
    // One entity as an agent reads it: "Tue 24 Nov, 10:00–12:00", "€50.00", "+39 333...".
    static QString entityValue(const protocol::UnderstoodEntity &entity);

    // "Booking request 92% · Italian · negative, urgent · 📅 Tue 24 Nov 10:00"; empty when
    // there is nothing to say.
    static QString line(const protocol::TurnUnderstanding &understanding);
    // Several lines for the tooltip.
    static QString details(const protocol::TurnUnderstanding &understanding);
    // True when the line should catch the eye (angry or urgent customer).
    static bool isAlarming(const protocol::TurnUnderstanding &understanding)
    {
        return understanding.angry || understanding.urgent;
    }
};

} // namespace sportello::console::views
