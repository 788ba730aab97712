// SPDX-License-Identifier: LicenseRef-Sportello
// A secret value (app secret, tokens) that cannot be printed by accident.
#pragma once

#include <QByteArray>

namespace sportello::config {

// Deliberately has no QDebug/QString conversion: to use the value you must call reveal(),
// which makes every place a secret leaves this wrapper easy to find and review.
class Secret
{
public:
    Secret() = default;
    explicit Secret(QByteArray value)
        : m_value(std::move(value))
    {
    }
    const QByteArray &reveal() const { return m_value; }
    bool isEmpty() const { return m_value.isEmpty(); }

private:
    QByteArray m_value;
};

} // namespace sportello::config
