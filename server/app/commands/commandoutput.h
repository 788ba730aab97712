// SPDX-License-Identifier: LicenseRef-Sportello
// What the measuring commands (nlu, kb) print and return, in one place.
#pragma once

#include <QString>

class QCommandLineParser;
class QJsonObject;

namespace sportello::app {

class CommandOutput
{
public:
    static constexpr int kOk = 0;
    static constexpr int kBadInput = 2;

    // "sportello-server <command>: <message>" on stderr; returns kBadInput.
    static int badInput(const QString &command, const QString &message);
    // The --json result on stdout.
    static void printJson(const QJsonObject &object);
    // A measurement's report on stdout: its toJson() with --json, else its toText(); kOk.
    template <typename Report>
    static int printReport(const QCommandLineParser &parser, const Report &report)
    {
        if (wantsJson(parser))
            printJson(report.toJson());
        else
            printText(report.toText());
        return kOk;
    }
    static bool wantsJson(const QCommandLineParser &parser);
    static void printText(const QString &text);
    // One progress line on stderr, flushed so it shows while the work goes on.
    static void progressLine(const QString &line);
    // --log-level for commands that do not read the configuration (default: warning).
    static void addLogLevel(QCommandLineParser &parser);
    static void applyLogLevel(const QCommandLineParser &parser);
};

} // namespace sportello::app
