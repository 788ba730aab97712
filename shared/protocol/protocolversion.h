// SPDX-License-Identifier: MIT
// Sportello: the agent hub protocol's schema version.
#pragma once

namespace sportello::protocol {

inline constexpr int kProtocolVersion = 1;

} // namespace sportello::protocol
