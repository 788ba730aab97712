// SPDX-License-Identifier: LicenseRef-Sportello
// A failure the sandbox Graph API emulator injects into the next send requests.
#pragma once

#include <optional>

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sportello::whatsapp::sandbox {

struct FaultPlan
{
    enum class Mode
    {
        None,
        RateLimit, // "429": HTTP 429, code 130429
        // "500": HTTP 500 with Graph's own body for its internal failures,
        // {"error":{"message":"An unknown error has occurred.","type":"OAuthException",
        // "code":1,"is_transient":true,"fbtrace_id":...}}, rather than a proxy's HTML page:
        // that is what Meta answers, and the client must still read code 1 as "retry".
        ServerError,
        ReEngagement,      // "131047": HTTP 400
        ReEngagementAsync, // "131047_async": accepted, then a failed status webhook
        Undeliverable,     // "131026": HTTP 400
        MarketingOptOut,   // "131050": HTTP 400
        PairRateLimit,     // "131056": HTTP 400
        MaintenanceMode,   // "131057": HTTP 400 (throughput upgrade in progress)
        Slow,              // "slow": the normal answer, after delayMs
        Timeout,           // "timeout": no answer at all
        BadJson,           // "bad_json": HTTP 200 with a truncated JSON body
        Generic,           // "error": httpStatus + code (+ subcode, message), or async
    };

    Mode mode = Mode::None;
    int count = -1;  // send requests still to fault; -1 = until cleared
    int delayMs = 0; // slow: the delay of the answer; other modes: latency added to the fault
    bool includeMarkRead = false; // mark-as-read requests are faulted (and counted) too

    // Generic mode only.
    int httpStatus = 400;
    int code = 0;
    int subcode = 0;
    QString message;    // title of the error; empty = a description of the code
    bool async = false; // accept, then fail through a status webhook carrying `code`

    // Whether Meta really accepted the message behind the faulty answer (statuses follow). Unset:
    // true for bad_json (a garbled 200 still means "accepted"), false otherwise.
    std::optional<bool> deliver;

    bool isActive() const { return mode != Mode::None && count != 0; }
    bool deliversAnyway() const;
    bool failsAsynchronously() const;
    // The Graph error code of an error mode, 0 for slow/timeout/bad_json/none.
    int errorCode() const;

    static QString modeName(Mode mode);
    static std::optional<Mode> modeFromName(const QString &name);
    static QStringList modeNames();

    // {"mode":"429","count":3,"delay_ms":0,"include_mark_read":false,...}
    QJsonObject toJson() const;
    // On bad input returns nullopt with the offending field and a message for people.
    static std::optional<FaultPlan> fromJson(const QJsonObject &json, QString *errorField,
                                             QString *errorMessage);
};

} // namespace sportello::whatsapp::sandbox
