// SPDX-License-Identifier: MIT
// Sportello: an error reply's payload.
#pragma once

#include <QString>

namespace sportello::protocol {

// `code` is one of the spellings in PROTOCOL.md ("bad_request", "forbidden"...); `field` names
// the offending field with its path ("data.text") when there is one.
struct ProtocolError
{
    QString code;
    QString field;
    QString message;

    bool isNull() const { return code.isEmpty(); }
};

} // namespace sportello::protocol
