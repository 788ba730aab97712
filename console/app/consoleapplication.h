// SPDX-License-Identifier: LicenseRef-Sportello
// The console's QApplication: identity, command line, translations and the main window.
#pragma once

#include <memory>

#include <QApplication>
#include <QString>

#include "app/consoleoptions.h"
#include "app/translationmanager.h"

namespace sportello::console {

class MainWindow;

class ConsoleApplication final : public QApplication
{
    Q_OBJECT

public:
    ConsoleApplication(int &argc, char **argv);
    ~ConsoleApplication() override;

    // Parses the command line, installs the translation, shows the window and runs the event
    // loop. Returns the exit code: 0 ok, 2 bad usage.
    int run();

private:
    bool readPasswordFromStdin();

    TranslationManager m_translations;
    ConsoleOptions m_options;
    // Kept for the agent hub client; never logged or shown.
    QString m_password;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace sportello::console
