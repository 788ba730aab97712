// SPDX-License-Identifier: LicenseRef-Sportello
// Log level and format for the whole process.
#include "app/logsetup.h"

#include <cstdio>

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>

namespace sportello::app {

namespace {
bool g_json = false;
QMutex g_writeMutex;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "error";
    case QtFatalMsg:
        return "fatal";
    }
    return "info";
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString timestamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    const QString category = QString::fromUtf8(context.category ? context.category : "default");
    QByteArray line;
    if (g_json) {
        line =
            QJsonDocument(QJsonObject{{QStringLiteral("ts"), timestamp},
                                      {QStringLiteral("level"), QString::fromUtf8(levelName(type))},
                                      {QStringLiteral("category"), category},
                                      {QStringLiteral("message"), message}})
                .toJson(QJsonDocument::Compact);
    } else {
        line = (timestamp + u' ' + QString::fromUtf8(levelName(type)) + u' ' + category +
                QStringLiteral(": ") + message)
                   .toUtf8();
    }
    line.append('\n');
    QMutexLocker lock(&g_writeMutex);
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}
} // namespace

void LogSetup::apply(const QString &level, const QString &format)
{
    g_json = format == u"json";
    QString rules = QStringLiteral("*.debug=false\nqt.*.info=false\n");
    if (level == u"debug")
        rules += QStringLiteral("sportello.*.debug=true\n");
    if (level == u"warning" || level == u"error")
        rules += QStringLiteral("sportello.*.info=false\n");
    if (level == u"error")
        rules += QStringLiteral("*.warning=false\n");
    QLoggingCategory::setFilterRules(rules);
    qInstallMessageHandler(handler);
}

} // namespace sportello::app
