// SPDX-License-Identifier: LicenseRef-Sportello
// TestConfig: the real embedded default configuration, loaded without the host environment.
#include "support/testconfig.h"

#include <stdexcept>
#include <variant>

#include <QProcessEnvironment>

#include "config/configloader.h"

namespace sportello::test {

config::ServerConfig TestConfig::sandbox(const QString &dataDir)
{
    config::ConfigOverrides overrides;
    if (!dataDir.isEmpty())
        overrides.dataDir = dataDir;
    auto loaded = config::ConfigLoader(QProcessEnvironment()).load(QString(), overrides);
    if (auto *error = std::get_if<config::ConfigError>(&loaded))
        throw std::runtime_error("embedded default refused: " + error->text().toStdString());
    auto config = std::get<config::ServerConfig>(std::move(loaded));
    // Every test server trains the same default intent model: one cache for the whole suite
    // (keyed by the training data's hash), so only the first test pays for the training.
    config.nlu.modelCacheDir = QStringLiteral(SPORTELLO_TEST_MODEL_CACHE_DIR);
    return config;
}

} // namespace sportello::test
