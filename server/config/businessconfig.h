// SPDX-License-Identifier: LicenseRef-Sportello
// One business (tenant), keyed by its WhatsApp phone_number_id.
#pragma once

#include <optional>

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include "config/catalogueentry.h"
#include "config/secret.h"
#include "config/templatedefinition.h"

namespace sportello::config {

struct BusinessConfig
{
    QString phoneNumberId;
    QString displayPhoneNumber;
    QString name;
    QString defaultLanguage = QStringLiteral("it");
    QStringList languages{QStringLiteral("it"), QStringLiteral("en"), QStringLiteral("es"),
                          QStringLiteral("fr"), QStringLiteral("de")};
    QString timeZone = QStringLiteral("Europe/Rome");
    // Digits without "+" ("39"): customers' national phone numbers are read in this country.
    QString countryCallingCode;
    // Names the entity stage recognises in customers' words.
    QList<CatalogueEntry> services;
    QList<CatalogueEntry> staff;
    Secret accessToken; // falls back to whatsapp.access_token when empty
    QList<TemplateDefinition> templates;
    // Texts sent to customers, per language; defaults come from resources.
    QMap<QString, QString> optOutConfirmation;
    QMap<QString, QString> optInConfirmation;
    // Asked when only the intent model (no keyword) says the customer wants no more messages.
    QMap<QString, QString> optOutQuestion;
    // Knowledge search for this business; unset: knowledge.top_k / knowledge.min_score.
    std::optional<int> knowledgeTopK;
    std::optional<double> knowledgeMinScore;

    std::optional<TemplateDefinition> findTemplate(const QString &name,
                                                   const QString &language) const;
};

} // namespace sportello::config
