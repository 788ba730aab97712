// SPDX-License-Identifier: LicenseRef-Sportello
// Entry point of sportello-server's command line: picks the command and runs it.
#pragma once

class QCoreApplication;

namespace sportello::app {

class CommandLine
{
public:
    // Returns the process exit code: 0 ok, 1 runtime failure, 2 bad usage or configuration.
    static int run(QCoreApplication &app);
};

} // namespace sportello::app
