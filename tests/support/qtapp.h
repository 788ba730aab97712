// SPDX-License-Identifier: LicenseRef-Sportello
// Lazily created QCoreApplication for GoogleTest executables (gtest_main owns main()).
#pragma once

class QCoreApplication;

namespace sportello::test {

// Qt networking, timers and QHttpServer need an application object; tests call ensure() (or
// use waitFor(), which does) before touching them. The object lives until the process exits.
class QtApp
{
public:
    static QCoreApplication *ensure();
};

} // namespace sportello::test
