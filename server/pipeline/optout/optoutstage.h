// SPDX-License-Identifier: LicenseRef-Sportello
// Pipeline stage: honours STOP-style keywords (and START) before anything else.
#pragma once

#include <QMap>

#include "pipeline/istage.h"

namespace sportello::pipeline {

struct Turn;

// Records the opt-out, confirms it once in the customer's language, and from then on the
// outbox gate suppresses business-initiated messages. START re-subscribes (and confirms).
// A repeated STOP from someone already opted out is acknowledged silently.
class OptOutStage final : public IStage
{
public:
    QString name() const override { return QStringLiteral("opt-out"); }
    void run(Turn &turn) override;

    // The language to confirm in: the keyword's, else the contact's, else the phone prefix's,
    // else the business default.
    static QString confirmationLanguage(const Turn &turn, const QString &keywordLanguage);
    // One of the business's customer texts in `language`, else its default language, else
    // English.
    static QString customerText(const Turn &turn, const QMap<QString, QString> &texts,
                                const QString &language);
};

} // namespace sportello::pipeline
