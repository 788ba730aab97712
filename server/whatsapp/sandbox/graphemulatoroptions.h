// SPDX-License-Identifier: LicenseRef-Sportello
// Settings of the sandbox Graph API emulator: credentials, numbers, timings, limits.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>

namespace sportello::whatsapp::sandbox {

struct GraphEmulatorOptions
{
    struct PhoneNumber
    {
        QString id;            // phone_number_id, the routing key of the Graph API
        QString displayNumber; // metadata.display_phone_number in webhooks, digits only
    };

    // What the emulator knows of an approved template. Templates it does not know are accepted
    // as they are: the emulator is not a template registry.
    struct Template
    {
        QString category = QStringLiteral("utility"); // marketing | utility | authentication
        int bodyParameters = -1;                      // -1: do not check the count (132000)
    };

    QByteArray appSecret;   // signs every webhook (X-Hub-Signature-256)
    QUrl webhookUrl;        // the server's POST /webhook
    QByteArray accessToken; // the Bearer token send requests must carry
    QString businessAccountId = QStringLiteral("102290129340398"); // entry[].id of webhooks

    // Empty: one default number (id 106540352242922, display 15550783881) is used.
    QList<PhoneNumber> phoneNumbers;
    QHash<QString, Template> templates; // by template name

    // Status timeline of an accepted message, each measured from acceptance; later steps never
    // come before earlier ones.
    int sentDelayMs = 100;
    int deliveredDelayMs = 300;
    int readDelayMs = 1500; // negative: the customer only reads when told (customerReads)

    int enforceThroughput = 0; // messages/s per phone number, 0 = unlimited; over it: 130429

    // When true, a free-form message to a customer who has not written in the last 24 hours
    // (through customerSends) is accepted and then fails with 131047, as Meta does.
    bool enforceServiceWindow = false;

    // Webhook delivery retries, like Meta's: exponential backoff from the first delay up to the
    // cap, abandoned after maxAttempts attempts in total.
    int webhookRetryInitialMs = 1000;
    int webhookRetryMaxMs = 30000;
    int webhookMaxAttempts = 10;
    int webhookTimeoutMs = 10000; // per attempt
};

} // namespace sportello::whatsapp::sandbox
