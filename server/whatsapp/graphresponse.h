// SPDX-License-Identifier: LicenseRef-Sportello
// Typed form of the Graph API's answers to a send or mark-as-read request.
#pragma once

#include <variant>

#include <QByteArrayView>
#include <QString>

namespace sportello::whatsapp {

struct GraphSendSuccess
{
    QString wamid;
    QString messageStatus; // "accepted", "held_for_quality_assessment", ...
    QString contactWaId;   // contacts[0].wa_id when present
};

// Everything that is not a success, with enough detail to decide on a retry.
struct GraphFailure
{
    enum class Kind
    {
        Network,     // connection refused/reset, DNS, TLS...
        Timeout,     // no answer in time: Meta may or may not have the message
        BadResponse, // an answer we cannot read (not JSON, wrong shape)
        ApiError,    // a Graph error object
    };
    Kind kind = Kind::ApiError;
    int httpStatus = 0;
    int code = 0; // error.code (e.g. 131047, 130429)
    int subcode = 0;
    QString type;    // error.type, e.g. "OAuthException"
    QString message; // error.message, or a description of the network/parse failure
    QString title;   // error.error_user_title / title when present
    QString details; // error.error_data.details
    QString fbtraceId;
};

using GraphSendResult = std::variant<GraphSendSuccess, GraphFailure>;

class GraphResponseParser
{
public:
    // httpStatus 2xx with a messages[0].id is a success; anything else is a GraphFailure.
    static GraphSendResult parseSend(int httpStatus, QByteArrayView body);
    // Mark-as-read answers {"success": true}.
    static std::variant<bool, GraphFailure> parseMarkRead(int httpStatus, QByteArrayView body);
};

} // namespace sportello::whatsapp
