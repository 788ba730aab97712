// SPDX-License-Identifier: LicenseRef-Sportello
// GraphRequestBuilder: checks Meta's limits, then writes the /messages request bodies.
#include "whatsapp/graphrequestbuilder.h"

#include <exception>
#include <optional>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

namespace sportello::whatsapp {

namespace {

// Ordered so bodies read like Meta's documentation when they show up in logs and tests.
using Json = nlohmann::ordered_json;
using Error = std::optional<GraphRequestError>;

// Limits as documented for the Cloud API /messages endpoint.
constexpr int kTextBodyMax = 4096;
constexpr int kInteractiveBodyMax = 1024;
constexpr int kHeaderFooterMax = 60;
constexpr int kButtonsMax = 3;
constexpr int kButtonTitleMax = 20;
constexpr int kButtonIdMax = 256;
constexpr int kListButtonMax = 20;
constexpr int kListRowsMax = 10;
constexpr int kListSectionsMax = 10;
constexpr int kSectionTitleMax = 24;
constexpr int kRowIdMax = 200;
constexpr int kRowTitleMax = 24;
constexpr int kRowDescriptionMax = 72;
constexpr int kTemplateNameMax = 512;
constexpr int kTemplateButtonIndexMax = 9;
constexpr int kBizOpaqueMax = 512;

std::string utf8(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    return std::string(bytes.constData(), size_t(bytes.size()));
}

// Meta counts characters, not UTF-16 units: an emoji is one character on their side.
qsizetype codePoints(QStringView text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

GraphRequestError error(const QString &field, const QString &message)
{
    return GraphRequestError{field, message};
}

Error checkLength(const QString &field, const QString &value, int min, int max)
{
    const qsizetype length = codePoints(value);
    if (length == 0 && min > 0)
        return error(field, QStringLiteral("required"));
    if (length < min)
        return error(field, QStringLiteral("at least %1 characters, got %2").arg(min).arg(length));
    if (length > max)
        return error(field, QStringLiteral("at most %1 characters, got %2").arg(max).arg(length));
    return std::nullopt;
}

QString indexed(const QString &prefix, qsizetype index)
{
    return prefix + u'[' + QString::number(index) + u']';
}

Error addText(const TextContent &text, Json &body)
{
    if (auto e = checkLength(QStringLiteral("text.body"), text.body, 1, kTextBodyMax))
        return e;
    body["text"] = Json{{"preview_url", text.previewUrl}, {"body", utf8(text.body)}};
    return std::nullopt;
}

bool isTemplateName(const QString &name)
{
    for (QChar c : name) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_'))
            return false;
    }
    return true;
}

// Meta refuses body and header text parameters with new lines, tabs or more than four
// consecutive spaces (error 132018) only once the message is on its way; refuse it here.
bool isSingleLineParameter(const QString &text)
{
    int spaces = 0;
    for (QChar c : text) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            return false;
        spaces = c == u' ' ? spaces + 1 : 0;
        if (spaces > 4)
            return false;
    }
    return true;
}

enum class Slot
{
    Header,
    Body,
    Button,
};

Error addParameter(const TemplateParameter &parameter, Slot slot, const QString &field, Json &out)
{
    using Kind = TemplateParameter::Kind;
    switch (parameter.kind) {
    case Kind::Text:
        if (parameter.value.isEmpty())
            return error(field + u".text", QStringLiteral("required"));
        if (slot != Slot::Button && !isSingleLineParameter(parameter.value)) {
            return error(field + u".text",
                         QStringLiteral("no new lines, tabs or more than 4 consecutive spaces"));
        }
        if (slot == Slot::Header) {
            if (auto e = checkLength(field + u".text", parameter.value, 1, kHeaderFooterMax))
                return e;
        }
        out = Json{{"type", "text"}, {"text", utf8(parameter.value)}};
        return std::nullopt;
    case Kind::Payload:
        if (slot != Slot::Button)
            return error(field + u".type", QStringLiteral("payload is for button components"));
        if (parameter.value.isEmpty())
            return error(field + u".payload", QStringLiteral("required"));
        out = Json{{"type", "payload"}, {"payload", utf8(parameter.value)}};
        return std::nullopt;
    case Kind::Image:
    case Kind::Video:
    case Kind::Document: {
        const char *type = parameter.kind == Kind::Image   ? "image"
                           : parameter.kind == Kind::Video ? "video"
                                                           : "document";
        const QString mediaField = field + u'.' + QString::fromLatin1(type);
        if (slot != Slot::Header)
            return error(field + u".type", QStringLiteral("media is for the header component"));
        Json media = Json::object();
        if (!parameter.mediaId.isEmpty())
            media["id"] = utf8(parameter.mediaId);
        else if (!parameter.value.isEmpty())
            media["link"] = utf8(parameter.value);
        else
            return error(mediaField + u".link", QStringLiteral("a link or a media id is required"));
        if (parameter.kind == Kind::Document && !parameter.filename.isEmpty())
            media["filename"] = utf8(parameter.filename);
        out = Json{{"type", type}, {type, std::move(media)}};
        return std::nullopt;
    }
    }
    return error(field + u".type", QStringLiteral("unknown parameter kind"));
}

Error addParameters(const QList<TemplateParameter> &parameters, Slot slot,
                    const QString &componentField, Json &component)
{
    Json list = Json::array();
    for (qsizetype i = 0; i < parameters.size(); ++i) {
        Json parameter;
        const QString field = indexed(componentField + u".parameters", i);
        if (auto e = addParameter(parameters[i], slot, field, parameter))
            return e;
        list.push_back(std::move(parameter));
    }
    component["parameters"] = std::move(list);
    return std::nullopt;
}

bool isSubType(const QString &subType)
{
    if (subType.isEmpty())
        return false;
    for (QChar c : subType) {
        if (!((c >= u'a' && c <= u'z') || c == u'_'))
            return false;
    }
    return true;
}

Error addTemplate(const TemplateContent &content, Json &body)
{
    if (content.name.isEmpty())
        return error(QStringLiteral("template.name"), QStringLiteral("required"));
    if (auto e = checkLength(QStringLiteral("template.name"), content.name, 1, kTemplateNameMax))
        return e;
    if (!isTemplateName(content.name)) {
        return error(QStringLiteral("template.name"),
                     QStringLiteral("only lower-case letters, digits and underscores"));
    }
    if (content.languageCode.trimmed().isEmpty())
        return error(QStringLiteral("template.language.code"), QStringLiteral("required"));

    Json components = Json::array();
    const auto componentField = [&components] {
        return indexed(QStringLiteral("template.components"), qsizetype(components.size()));
    };
    if (!content.headerParameters.isEmpty()) {
        Json component{{"type", "header"}};
        if (auto e =
                addParameters(content.headerParameters, Slot::Header, componentField(), component))
            return e;
        components.push_back(std::move(component));
    }
    if (!content.bodyParameters.isEmpty()) {
        Json component{{"type", "body"}};
        if (auto e = addParameters(content.bodyParameters, Slot::Body, componentField(), component))
            return e;
        components.push_back(std::move(component));
    }
    for (const TemplateButton &button : content.buttons) {
        // Buttons without parameters (static URLs, plain quick replies) need no component:
        // Meta only wants the ones whose variables we fill.
        if (button.parameters.isEmpty())
            continue;
        const QString field = componentField();
        if (!isSubType(button.subType))
            return error(field + u".sub_type", QStringLiteral("e.g. quick_reply or url"));
        if (button.index < 0 || button.index > kTemplateButtonIndexMax) {
            return error(field + u".index", QStringLiteral("between 0 and %1, got %2")
                                                .arg(kTemplateButtonIndexMax)
                                                .arg(button.index));
        }
        // Meta documents the index as a string.
        Json component{{"type", "button"},
                       {"sub_type", utf8(button.subType)},
                       {"index", std::to_string(button.index)}};
        if (auto e = addParameters(button.parameters, Slot::Button, field, component))
            return e;
        components.push_back(std::move(component));
    }

    Json tmpl{{"name", utf8(content.name)},
              {"language", Json{{"code", utf8(content.languageCode.trimmed())}}}};
    if (!components.empty())
        tmpl["components"] = std::move(components);
    body["template"] = std::move(tmpl);
    return std::nullopt;
}

Error addButtons(const InteractiveContent &content, Json &action)
{
    const QString buttonsField = QStringLiteral("interactive.action.buttons");
    const qsizetype count = content.buttons.size();
    if (count < 1 || count > kButtonsMax) {
        return error(
            buttonsField,
            QStringLiteral("between 1 and %1 buttons, got %2").arg(kButtonsMax).arg(count));
    }
    Json buttons = Json::array();
    for (qsizetype i = 0; i < count; ++i) {
        const ReplyButton &button = content.buttons[i];
        const QString field = indexed(buttonsField, i) + u".reply";
        if (auto e = checkLength(field + u".id", button.id, 1, kButtonIdMax))
            return e;
        if (auto e = checkLength(field + u".title", button.title, 1, kButtonTitleMax))
            return e;
        for (qsizetype j = 0; j < i; ++j) {
            const QString earlier = indexed(buttonsField, j) + u".reply";
            if (content.buttons[j].id == button.id)
                return error(field + u".id", u"same id as " + earlier + u".id");
            if (content.buttons[j].title == button.title)
                return error(field + u".title", u"same title as " + earlier + u".title");
        }
        buttons.push_back(
            Json{{"type", "reply"},
                 {"reply", Json{{"id", utf8(button.id)}, {"title", utf8(button.title)}}}});
    }
    action["buttons"] = std::move(buttons);
    return std::nullopt;
}

Error addList(const InteractiveContent &content, Json &action)
{
    if (auto e = checkLength(QStringLiteral("interactive.action.button"), content.listButtonText, 1,
                             kListButtonMax))
        return e;
    const QString sectionsField = QStringLiteral("interactive.action.sections");
    const qsizetype sectionCount = content.sections.size();
    if (sectionCount < 1 || sectionCount > kListSectionsMax) {
        return error(sectionsField, QStringLiteral("between 1 and %1 sections, got %2")
                                        .arg(kListSectionsMax)
                                        .arg(sectionCount));
    }
    qsizetype rowCount = 0;
    for (const ListSection &section : content.sections)
        rowCount += section.rows.size();
    if (rowCount > kListRowsMax) {
        return error(
            sectionsField,
            QStringLiteral("at most %1 rows in total, got %2").arg(kListRowsMax).arg(rowCount));
    }

    std::set<QString> rowIds;
    Json sections = Json::array();
    for (qsizetype s = 0; s < sectionCount; ++s) {
        const ListSection &section = content.sections[s];
        const QString sectionField = indexed(sectionsField, s);
        if (sectionCount > 1 && section.title.isEmpty()) {
            return error(sectionField + u".title",
                         QStringLiteral("required when there is more than one section"));
        }
        if (auto e = checkLength(sectionField + u".title", section.title, 0, kSectionTitleMax))
            return e;
        if (section.rows.isEmpty())
            return error(sectionField + u".rows", QStringLiteral("at least 1 row"));
        Json rows = Json::array();
        for (qsizetype r = 0; r < section.rows.size(); ++r) {
            const ListRow &row = section.rows[r];
            const QString rowField = indexed(sectionField + u".rows", r);
            if (auto e = checkLength(rowField + u".id", row.id, 1, kRowIdMax))
                return e;
            if (!rowIds.insert(row.id).second)
                return error(rowField + u".id", QStringLiteral("ids must be unique in the list"));
            if (auto e = checkLength(rowField + u".title", row.title, 1, kRowTitleMax))
                return e;
            if (auto e =
                    checkLength(rowField + u".description", row.description, 0, kRowDescriptionMax))
                return e;
            Json item{{"id", utf8(row.id)}, {"title", utf8(row.title)}};
            if (!row.description.isEmpty())
                item["description"] = utf8(row.description);
            rows.push_back(std::move(item));
        }
        Json item = Json::object();
        if (!section.title.isEmpty())
            item["title"] = utf8(section.title);
        item["rows"] = std::move(rows);
        sections.push_back(std::move(item));
    }
    action["button"] = utf8(content.listButtonText);
    action["sections"] = std::move(sections);
    return std::nullopt;
}

Error addInteractive(const InteractiveContent &content, Json &body)
{
    const bool isList = content.kind == InteractiveContent::Kind::List;
    Json interactive{{"type", isList ? "list" : "button"}};
    if (!content.headerText.isEmpty()) {
        if (auto e = checkLength(QStringLiteral("interactive.header.text"), content.headerText, 0,
                                 kHeaderFooterMax))
            return e;
        interactive["header"] = Json{{"type", "text"}, {"text", utf8(content.headerText)}};
    }
    if (auto e = checkLength(QStringLiteral("interactive.body.text"), content.body, 1,
                             kInteractiveBodyMax))
        return e;
    interactive["body"] = Json{{"text", utf8(content.body)}};
    if (!content.footer.isEmpty()) {
        if (auto e = checkLength(QStringLiteral("interactive.footer.text"), content.footer, 0,
                                 kHeaderFooterMax))
            return e;
        interactive["footer"] = Json{{"text", utf8(content.footer)}};
    }
    Json action = Json::object();
    if (auto e = isList ? addList(content, action) : addButtons(content, action))
        return e;
    interactive["action"] = std::move(action);
    body["interactive"] = std::move(interactive);
    return std::nullopt;
}

QByteArray serialise(const Json &body)
{
    // QString::toUtf8 never yields invalid UTF-8, but a throwing dump must not be possible.
    const std::string text = body.dump(-1, ' ', false, Json::error_handler_t::replace);
    return QByteArray(text.data(), qsizetype(text.size()));
}

} // namespace

GraphRequestResult GraphRequestBuilder::build(const OutboundMessage &message)
{
    try {
        if (message.to.trimmed().isEmpty())
            return error(QStringLiteral("to"), QStringLiteral("required"));
        if (auto e = checkLength(QStringLiteral("biz_opaque_callback_data"),
                                 message.bizOpaqueCallbackData, 0, kBizOpaqueMax))
            return *e;

        Json body{{"messaging_product", "whatsapp"},
                  {"recipient_type", "individual"},
                  {"to", utf8(message.to.trimmed())}};
        if (!message.replyToWamid.isEmpty())
            body["context"] = Json{{"message_id", utf8(message.replyToWamid)}};
        body["type"] = utf8(typeName(message.content));

        Error e;
        if (const auto *text = std::get_if<TextContent>(&message.content))
            e = addText(*text, body);
        else if (const auto *tmpl = std::get_if<TemplateContent>(&message.content))
            e = addTemplate(*tmpl, body);
        else if (const auto *interactive = std::get_if<InteractiveContent>(&message.content))
            e = addInteractive(*interactive, body);
        if (e)
            return *e;

        if (!message.bizOpaqueCallbackData.isEmpty())
            body["biz_opaque_callback_data"] = utf8(message.bizOpaqueCallbackData);
        return serialise(body);
    } catch (const std::exception &ex) {
        return error(QString(), u"cannot build the request: " + QString::fromUtf8(ex.what()));
    }
}

QByteArray GraphRequestBuilder::buildMarkRead(const MarkReadRequest &request)
{
    try {
        Json body{{"messaging_product", "whatsapp"},
                  {"status", "read"},
                  {"message_id", utf8(request.messageId)}};
        if (request.typingIndicator)
            body["typing_indicator"] = Json{{"type", "text"}};
        return serialise(body);
    } catch (const std::exception &) {
        return {};
    }
}

QByteArray GraphRequestBuilder::withCallbackData(const QByteArray &body,
                                                 const QString &callbackData)
{
    try {
        if (codePoints(callbackData) > kBizOpaqueMax)
            return body;
        Json json = Json::parse(body.cbegin(), body.cend(), nullptr, false);
        if (json.is_discarded() || !json.is_object())
            return body;
        if (callbackData.isEmpty())
            json.erase("biz_opaque_callback_data");
        else
            json["biz_opaque_callback_data"] = utf8(callbackData);
        return serialise(json);
    } catch (const std::exception &) {
        return body;
    }
}

QString GraphRequestBuilder::typeName(const MessageContent &content)
{
    if (std::holds_alternative<TemplateContent>(content))
        return QStringLiteral("template");
    if (std::holds_alternative<InteractiveContent>(content))
        return QStringLiteral("interactive");
    return QStringLiteral("text");
}

} // namespace sportello::whatsapp
