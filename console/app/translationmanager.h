// SPDX-License-Identifier: LicenseRef-Sportello
// Installs the console's translation, and Qt's own, for one language at a time.
#pragma once

#include <memory>

#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

namespace sportello::console {

// The console's translations are compiled in as :/i18n/console_<language>.qm (see
// translations/README.md); Qt's qtbase_<language>.qm comes from the Qt installation when it is
// there (Debian: qt6-translations-l10n) and is skipped silently otherwise.
// Switching language at run time sends QEvent::LanguageChange to every widget, which
// retranslates itself. Main thread.
class TranslationManager final : public QObject
{
    Q_OBJECT

public:
    explicit TranslationManager(QObject *parent = nullptr);
    ~TranslationManager() override;

    // ISO 639-1 codes, in the order the --help text lists them: it, en, es, fr, de.
    static QStringList supportedLanguages();
    // The first of the locale's UI languages the console supports, else "en".
    static QString languageForLocale(const QLocale &locale);

    // Installs the translators for `language` (one of supportedLanguages()), replacing the
    // current ones. Returns false, leaving the current language in place, when the language is
    // not supported or its console translation cannot be loaded.
    bool setLanguage(const QString &language);
    // The installed language, or an empty string before the first setLanguage().
    QString language() const { return m_language; }
    // False when Qt's own translation for the language was not found (dialog buttons and the
    // like stay in English); the console's own texts are translated either way.
    bool hasQtTranslation() const { return m_qtTranslator != nullptr; }

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    void removeTranslators();

    std::unique_ptr<QTranslator> m_consoleTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    QString m_language;
};

} // namespace sportello::console
