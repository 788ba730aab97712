// SPDX-License-Identifier: LicenseRef-Sportello
// sportello-server: the headless daemon. All behaviour lives in sportello_server_core.
#include <QCoreApplication>

#include "app/commandline.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sportello-server"));
    QCoreApplication::setOrganizationName(QStringLiteral("Sportello"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SPORTELLO_VERSION));
    return sportello::app::CommandLine::run(app);
}
