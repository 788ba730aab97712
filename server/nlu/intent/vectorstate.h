// SPDX-License-Identifier: LicenseRef-Sportello
// Clears the upper halves of the AVX registers before the intent code's SSE loops run.
#pragma once

namespace sportello::nlu {

// Library code that uses 256/512-bit registers and returns without VZEROUPPER (Qt 6.4's
// qHash on AVX-512 machines does) leaves every later SSE instruction waiting on the
// registers' upper halves: scoring a message took three times as long after a QSet lookup.
// The server is built for baseline x86-64 (SSE), so the hot paths clear that state first.
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
__attribute__((target("avx"))) inline void clearUpperVectorStateUnchecked()
{
    __builtin_ia32_vzeroupper();
}

inline void clearUpperVectorState()
{
    static const bool hasAvx = __builtin_cpu_supports("avx");
    if (hasAvx)
        clearUpperVectorStateUnchecked();
}
#else
inline void clearUpperVectorState() {}
#endif

} // namespace sportello::nlu
