// SPDX-License-Identifier: LicenseRef-Sportello
// Lazily created QCoreApplication for GoogleTest executables (gtest_main owns main()).
#include "support/qtapp.h"

#include <QCoreApplication>

namespace sportello::test {

QCoreApplication *QtApp::ensure()
{
    if (QCoreApplication *existing = QCoreApplication::instance())
        return existing;
    // argc/argv must outlive the application object.
    static int argc = 1;
    static char name[] = "sportello-test";
    static char *argv[] = {name, nullptr};
    // Deliberately never deleted: destroying it at exit would race static destructors of Qt.
    static QCoreApplication *app = new QCoreApplication(argc, argv);
    return app;
}

} // namespace sportello::test
