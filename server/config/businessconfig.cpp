// SPDX-License-Identifier: LicenseRef-Sportello
// One business (tenant), keyed by its WhatsApp phone_number_id.
#include "config/businessconfig.h"

namespace sportello::config {

std::optional<TemplateDefinition> BusinessConfig::findTemplate(const QString &name,
                                                               const QString &language) const
{
    for (const auto &definition : templates) {
        if (definition.name == name && definition.language == language)
            return definition;
    }
    return std::nullopt;
}

} // namespace sportello::config
