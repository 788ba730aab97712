// SPDX-License-Identifier: LicenseRef-Sportello
// sportello-console: the agents' desktop console. All behaviour lives in sportello_console_core.
#include "app/consoleapplication.h"

int main(int argc, char *argv[])
{
    sportello::console::ConsoleApplication app(argc, argv);
    return app.run();
}
