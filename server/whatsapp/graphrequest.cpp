// SPDX-License-Identifier: LicenseRef-Sportello
// Out-of-line members of the outbound message types.
#include "whatsapp/graphrequest.h"

namespace sportello::whatsapp {

int TemplateContent::parameterCount() const
{
    auto count = headerParameters.size() + bodyParameters.size();
    for (const TemplateButton &button : buttons)
        count += button.parameters.size();
    return int(count);
}

} // namespace sportello::whatsapp
