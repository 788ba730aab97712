// SPDX-License-Identifier: LicenseRef-Sportello
// Installs the console's translation, and Qt's own, for one language at a time.
#include "app/translationmanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include "app/consolelog.h"

namespace sportello::console {

TranslationManager::TranslationManager(QObject *parent)
    : QObject(parent)
{
}

TranslationManager::~TranslationManager()
{
    removeTranslators();
}

QStringList TranslationManager::supportedLanguages()
{
    return {QStringLiteral("it"), QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr"),
            QStringLiteral("de")};
}

QString TranslationManager::languageForLocale(const QLocale &locale)
{
    const QStringList supported = supportedLanguages();
    for (const QString &uiLanguage : locale.uiLanguages()) {
        // "it-IT", "de-CH", "fr": the language is what comes before the first '-' or '_'.
        const QString language = uiLanguage.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (supported.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

bool TranslationManager::setLanguage(const QString &language)
{
    if (!supportedLanguages().contains(language)) {
        qCWarning(lcConsole, "language \"%s\" is not supported", qUtf8Printable(language));
        return false;
    }
    auto console = std::make_unique<QTranslator>();
    const QString consoleFile = QStringLiteral(":/i18n/console_%1.qm").arg(language);
    if (!console->load(consoleFile)) {
        qCWarning(lcConsole, "cannot load %s", qUtf8Printable(consoleFile));
        return false;
    }
    auto qt = std::make_unique<QTranslator>();
    const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!qt->load(QStringLiteral("qtbase_%1").arg(language), qtFolder)) {
        qCDebug(lcConsole, "no qtbase_%s.qm in %s: Qt's own texts stay in English",
                qUtf8Printable(language), qUtf8Printable(qtFolder));
        qt.reset();
    }

    removeTranslators();
    m_consoleTranslator = std::move(console);
    m_qtTranslator = std::move(qt);
    QCoreApplication::installTranslator(m_consoleTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::installTranslator(m_qtTranslator.get());
    m_language = language;
    qCDebug(lcConsole, "language: %s", qUtf8Printable(language));
    Q_EMIT languageChanged(m_language);
    return true;
}

void TranslationManager::removeTranslators()
{
    if (m_consoleTranslator)
        QCoreApplication::removeTranslator(m_consoleTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_consoleTranslator.reset();
    m_qtTranslator.reset();
}

} // namespace sportello::console
