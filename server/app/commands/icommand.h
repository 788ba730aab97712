// SPDX-License-Identifier: LicenseRef-Sportello
// One sportello-server command (serve, config, ...).
#pragma once

#include <QString>

class QCommandLineParser;

namespace sportello::app {

class ICommand
{
public:
    virtual ~ICommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // Adds the command's options and positional arguments.
    virtual void describe(QCommandLineParser &parser) const = 0;
    // Exit code: 0 ok, 1 runtime failure, 2 bad usage or configuration.
    virtual int run(const QCommandLineParser &parser) = 0;
};

} // namespace sportello::app
