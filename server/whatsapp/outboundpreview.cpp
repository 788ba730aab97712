// SPDX-License-Identifier: LicenseRef-Sportello
// Reads back a Graph API message body we built: what an agent should see in the thread.
#include "whatsapp/outboundpreview.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace sportello::whatsapp {

namespace {
QString parameterText(const QJsonObject &parameter)
{
    const QString type = parameter.value(QLatin1StringView("type")).toString();
    if (type == u"text")
        return parameter.value(QLatin1StringView("text")).toString();
    if (type == u"payload")
        return parameter.value(QLatin1StringView("payload")).toString();
    // Media headers: the file name or link says more than nothing.
    const QJsonObject media = parameter.value(type).toObject();
    const QString name = media.value(QLatin1StringView("filename")).toString();
    return QStringLiteral("[%1%2]").arg(type,
                                        name.isEmpty() ? QString() : QStringLiteral(" ") + name);
}

QString templateText(const QJsonObject &templ)
{
    QStringList parameters;
    const QJsonArray components = templ.value(QLatin1StringView("components")).toArray();
    for (const QJsonValue &component : components) {
        const QJsonArray list =
            component.toObject().value(QLatin1StringView("parameters")).toArray();
        for (const QJsonValue &parameter : list)
            parameters.append(parameterText(parameter.toObject()));
    }
    QString text = QStringLiteral("Template \"%1\" (%2)")
                       .arg(templ.value(QLatin1StringView("name")).toString(),
                            templ.value(QLatin1StringView("language"))
                                .toObject()
                                .value(QLatin1StringView("code"))
                                .toString());
    if (!parameters.isEmpty())
        text += QStringLiteral(": ") + parameters.join(QStringLiteral(", "));
    return text;
}
} // namespace

OutboundPreview::Preview OutboundPreview::read(const QByteArray &body)
{
    Preview preview;
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    preview.type = json.value(QLatin1StringView("type")).toString();
    preview.replyToWamid = json.value(QLatin1StringView("context"))
                               .toObject()
                               .value(QLatin1StringView("message_id"))
                               .toString();
    if (preview.type == u"text") {
        preview.text = json.value(QLatin1StringView("text"))
                           .toObject()
                           .value(QLatin1StringView("body"))
                           .toString();
    } else if (preview.type == u"template") {
        preview.text = templateText(json.value(QLatin1StringView("template")).toObject());
    } else if (preview.type == u"interactive") {
        preview.text = json.value(QLatin1StringView("interactive"))
                           .toObject()
                           .value(QLatin1StringView("body"))
                           .toObject()
                           .value(QLatin1StringView("text"))
                           .toString();
    }
    return preview;
}

} // namespace sportello::whatsapp
