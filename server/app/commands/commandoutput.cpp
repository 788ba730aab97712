// SPDX-License-Identifier: LicenseRef-Sportello
// What the measuring commands (nlu, kb) print and return, in one place.
#include "app/commands/commandoutput.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/logsetup.h"

namespace sportello::app {

int CommandOutput::badInput(const QString &command, const QString &message)
{
    std::fprintf(stderr, "sportello-server %s: %s\n", qUtf8Printable(command),
                 qUtf8Printable(message));
    return kBadInput;
}

void CommandOutput::printJson(const QJsonObject &object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Indented).constData(), stdout);
}

bool CommandOutput::wantsJson(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("json"));
}

void CommandOutput::printText(const QString &text)
{
    std::fputs(qUtf8Printable(text), stdout);
}

void CommandOutput::progressLine(const QString &line)
{
    std::fprintf(stderr, "%s\n", qUtf8Printable(line));
    std::fflush(stderr);
}

void CommandOutput::addLogLevel(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("log-level"),
                      QStringLiteral("debug, info, warning (default) or critical."),
                      QStringLiteral("level")});
}

void CommandOutput::applyLogLevel(const QCommandLineParser &parser)
{
    LogSetup::apply(parser.isSet(QStringLiteral("log-level"))
                        ? parser.value(QStringLiteral("log-level"))
                        : QStringLiteral("warning"),
                    QStringLiteral("text"));
}

} // namespace sportello::app
