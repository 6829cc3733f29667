// Which language the workbench speaks, and loading it: the system's languages
// (QLocale::system().uiLanguages()) unless the user chose one in Settings > Language (kept in QSettings)
// or passed --language. Installs Pulse's catalogue (embedded as :/i18n/pulse_CODE.qm) and Qt's own
// catalogue when the system has it, and makes the language the default QLocale so numbers and
// dates read the same way as the words around them.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace pulse::ui {

// A language the workbench has a catalogue for (English is the source language and needs none).
struct UiLanguage {
    QString code; // ISO 639-1: "en", "de", "fr"
    QString nativeName; // as its speakers write it, so everyone finds their own in the menu
};

class LanguageSelector final {
public:
    // catalogueDir holds pulse_CODE.qm; tests pass their own, the app the embedded one.
    explicit LanguageSelector(QString catalogueDir = QStringLiteral(":/i18n"));
    ~LanguageSelector();
    LanguageSelector(const LanguageSelector &) = delete;
    LanguageSelector &operator=(const LanguageSelector &) = delete;

    static QString sourceLanguage() { return QStringLiteral("en"); }
    // English first, then the translations, in the order the Language menu lists them.
    static QList<UiLanguage> languages();
    static bool isSupported(const QString &code);

    // The user's choice from the Language menu: a code, or empty for the system's language.
    static QString storedChoice();
    static void storeChoice(const QString &code);

    // The language to use: an explicit choice (command line, then the stored one) when it is given, the
    // first supported language among the system's otherwise, English when none matches. A choice Pulse
    // has no catalogue for also means English: the user asked for something specific, and English is
    // what every string exists in.
    static QString resolve(const QString &choice, const QStringList &systemLanguages);

    // Resolves and installs the catalogues on the running application; returns the code now in effect.
    // Call before any widget is built: tr() is looked up when a text is set, not when it is shown.
    QString apply(const QString &choice, const QStringList &systemLanguages = systemUiLanguages());
    QString current() const { return m_current; }
    // True when Qt's own catalogue for the current language was found (standard buttons, dialogs).
    bool hasQtCatalogue() const;

    static QStringList systemUiLanguages();
    // The value of --language on a command line (both "--language de" and "--language=de"), empty when
    // absent. Read before QCommandLineParser runs, so that --help is already in the chosen language.
    static QString commandLineChoice(const QStringList &arguments);
    // The arguments without --language, for a restart that should follow the stored choice.
    static QStringList withoutLanguageOption(const QStringList &arguments);

private:
    void uninstall();

    QString m_catalogueDir;
    QString m_current;
    std::unique_ptr<QTranslator> m_pulse;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace pulse::ui
