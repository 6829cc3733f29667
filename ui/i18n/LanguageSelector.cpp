// Language choice and catalogue loading for the workbench (see LanguageSelector.h).
#include "LanguageSelector.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <algorithm>

namespace pulse::ui {

namespace {
const QString kLanguageSettingKey = QStringLiteral("ui/language");
const QString kLanguageOption = QStringLiteral("--language");

// "de-CH", "de_DE" and "DE" all mean German here: catalogues are per language, not per region.
QString languagePart(const QString &name)
{
    qsizetype cut = 0;
    while (cut < name.size() && name.at(cut) != QLatin1Char('-') && name.at(cut) != QLatin1Char('_'))
        ++cut;
    return name.left(cut).toLower();
}
} // namespace

LanguageSelector::LanguageSelector(QString catalogueDir) : m_catalogueDir(std::move(catalogueDir)) { }

LanguageSelector::~LanguageSelector()
{
    uninstall();
}

QList<UiLanguage> LanguageSelector::languages()
{
    return {
        { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("de"), QStringLiteral("Deutsch") },
        { QStringLiteral("fr"), QStringLiteral("Français") },
    };
}

bool LanguageSelector::isSupported(const QString &code)
{
    const QList<UiLanguage> all = languages();
    return std::any_of(all.cbegin(), all.cend(), [&](const UiLanguage &l) { return l.code == code; });
}

QString LanguageSelector::storedChoice()
{
    return QSettings().value(kLanguageSettingKey).toString();
}

void LanguageSelector::storeChoice(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kLanguageSettingKey);
    else
        settings.setValue(kLanguageSettingKey, code);
}

QString LanguageSelector::resolve(const QString &choice, const QStringList &systemLanguages)
{
    if (!choice.isEmpty()) {
        const QString code = languagePart(choice);
        return isSupported(code) ? code : sourceLanguage();
    }
    for (const QString &name : systemLanguages) {
        const QString code = languagePart(name);
        if (isSupported(code))
            return code;
    }
    return sourceLanguage();
}

QString LanguageSelector::apply(const QString &choice, const QStringList &systemLanguages)
{
    uninstall();
    m_current = resolve(choice, systemLanguages);
    if (!choice.isEmpty() && !isSupported(languagePart(choice)))
        qWarning("Pulse has no translation for the language '%s'; using English", qPrintable(choice));

    // The system's own locale when it speaks this language (keeps de-CH's number format for German),
    // the language's default region otherwise.
    const QLocale system = QLocale::system();
    QLocale::setDefault(system.language() == QLocale(m_current).language() ? system : QLocale(m_current));

    if (m_current == sourceLanguage())
        return m_current;
    auto pulse = std::make_unique<QTranslator>();
    if (pulse->load(QStringLiteral("pulse_") + m_current, m_catalogueDir)) {
        QCoreApplication::installTranslator(pulse.get());
        m_pulse = std::move(pulse);
    } else {
        qWarning("Pulse's %s catalogue is missing from %s", qPrintable(m_current), qPrintable(m_catalogueDir));
    }
    // Qt's own texts (standard buttons, dialogs). qt_CODE is what windeployqt writes (the modules in use,
    // merged) and, on Linux, a catalogue that pulls in each module's; qtbase_CODE covers the rest. On
    // Linux they are a separate package (qt6-translations-l10n on Debian); without it the standard
    // buttons stay English, which is worth no warning.
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    for (const QString &catalogue : { QStringLiteral("qt_"), QStringLiteral("qtbase_") }) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(catalogue + m_current, qtDir)) {
            QCoreApplication::installTranslator(qt.get());
            m_qt = std::move(qt);
            break;
        }
    }
    return m_current;
}

bool LanguageSelector::hasQtCatalogue() const
{
    return m_qt != nullptr;
}

QStringList LanguageSelector::systemUiLanguages()
{
    return QLocale::system().uiLanguages();
}

QString LanguageSelector::commandLineChoice(const QStringList &arguments)
{
    QString choice;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == kLanguageOption && i + 1 < arguments.size())
            choice = arguments.at(++i);
        else if (arg.startsWith(kLanguageOption + QLatin1Char('=')))
            choice = arg.mid(kLanguageOption.size() + 1);
    }
    return choice; // the last one wins, as QCommandLineParser::value() would have it
}

QStringList LanguageSelector::withoutLanguageOption(const QStringList &arguments)
{
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == kLanguageOption)
            ++i; // and its value
        else if (!arg.startsWith(kLanguageOption + QLatin1Char('=')))
            kept.append(arg);
    }
    return kept;
}

void LanguageSelector::uninstall()
{
    if (m_pulse)
        QCoreApplication::removeTranslator(m_pulse.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_pulse.reset();
    m_qt.reset();
}

} // namespace pulse::ui
