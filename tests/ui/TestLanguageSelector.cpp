// The workbench's language: the system's when Pulse speaks it, an explicit choice over the system's,
// English for a language Pulse has no catalogue for, the choice kept in QSettings, and numbers formatted
// for the language chosen. Uses small stand-in catalogues (tests/ui/data/i18n) so the outcome does not
// depend on how far translations/ has come; the real ones are checked to be embedded and to translate.
#include "i18n/LanguageSelector.h"

#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace pulse::ui;

namespace {
const QString kFixtures = QStringLiteral(":/test-i18n");

QString overview()
{
    return QCoreApplication::translate("pulse::ui::MainWindow", "Overview");
}
} // namespace

class TestLanguageSelector final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void germanSystemLoadsTheGermanCatalogue();
    void explicitChoiceWinsOverTheSystem();
    void englishChoiceOnAGermanSystemTranslatesNothing();
    void firstSupportedSystemLanguageWins();
    void unknownCodeFallsBackToEnglish();
    void choiceIsPersisted();
    void commandLineOptionIsReadAndDroppedForARestart();
    void qtsOwnCatalogueTranslatesStandardButtons();
    void realCataloguesAreEmbedded();
};

void TestLanguageSelector::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("PulseLanguageTest"));
    QSettings().clear();
}

void TestLanguageSelector::germanSystemLoadsTheGermanCatalogue()
{
    LanguageSelector selector(kFixtures);
    QCOMPARE(selector.apply(QString(), { QStringLiteral("de-DE"), QStringLiteral("en-US") }), QStringLiteral("de"));
    QCOMPARE(selector.current(), QStringLiteral("de"));
    QCOMPARE(overview(), QStringLiteral("Übersicht"));
    // Numbers read the German way beside German words.
    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
}

void TestLanguageSelector::explicitChoiceWinsOverTheSystem()
{
    LanguageSelector selector(kFixtures);
    QCOMPARE(selector.apply(QStringLiteral("fr"), { QStringLiteral("de-DE") }), QStringLiteral("fr"));
    QCOMPARE(overview(), QStringLiteral("Vue d’ensemble"));
    QCOMPARE(QLocale().language(), QLocale::French);
}

void TestLanguageSelector::englishChoiceOnAGermanSystemTranslatesNothing()
{
    LanguageSelector selector(kFixtures);
    QCOMPARE(selector.apply(QStringLiteral("de"), {}), QStringLiteral("de"));
    QCOMPARE(overview(), QStringLiteral("Übersicht"));
    // Applying again replaces the catalogue instead of stacking a second one.
    QCOMPARE(selector.apply(QStringLiteral("en"), { QStringLiteral("de-DE") }), QStringLiteral("en"));
    QCOMPARE(overview(), QStringLiteral("Overview"));
    QCOMPARE(QLocale().language(), QLocale::English);
}

void TestLanguageSelector::firstSupportedSystemLanguageWins()
{
    QCOMPARE(LanguageSelector::resolve(
                 QString(), { QStringLiteral("nl-NL"), QStringLiteral("fr_CA"), QStringLiteral("de") }),
        QStringLiteral("fr"));
    QCOMPARE(LanguageSelector::resolve(QString(), { QStringLiteral("en-GB"), QStringLiteral("de-DE") }),
        QStringLiteral("en"));
    QCOMPARE(LanguageSelector::resolve(QString(), { QStringLiteral("ja-JP") }), QStringLiteral("en"));
    QCOMPARE(LanguageSelector::resolve(QString(), {}), QStringLiteral("en"));
    QCOMPARE(LanguageSelector::resolve(QStringLiteral("de-AT"), {}), QStringLiteral("de"));
}

void TestLanguageSelector::unknownCodeFallsBackToEnglish()
{
    LanguageSelector selector(kFixtures);
    QTest::ignoreMessage(QtWarningMsg, "Pulse has no translation for the language 'xx'; using English");
    QCOMPARE(selector.apply(QStringLiteral("xx"), { QStringLiteral("de-DE") }), QStringLiteral("en"));
    QCOMPARE(overview(), QStringLiteral("Overview"));

    // A catalogue folder without the file: English words, the language's number format, no crash.
    LanguageSelector missing(QStringLiteral(":/no-such-folder"));
    QTest::ignoreMessage(QtWarningMsg, "Pulse's de catalogue is missing from :/no-such-folder");
    QCOMPARE(missing.apply(QStringLiteral("de"), {}), QStringLiteral("de"));
    QCOMPARE(overview(), QStringLiteral("Overview"));
}

void TestLanguageSelector::choiceIsPersisted()
{
    QCOMPARE(LanguageSelector::storedChoice(), QString());
    LanguageSelector::storeChoice(QStringLiteral("de"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
    QCOMPARE(LanguageSelector::storedChoice(), QStringLiteral("de"));
    LanguageSelector::storeChoice(QString()); // System default
    QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
    QCOMPARE(LanguageSelector::storedChoice(), QString());
}

void TestLanguageSelector::commandLineOptionIsReadAndDroppedForARestart()
{
    const QStringList spaced = { QStringLiteral("pulse"), QStringLiteral("--port"), QStringLiteral("9000"),
        QStringLiteral("--language"), QStringLiteral("fr"), QStringLiteral("--demo") };
    QCOMPARE(LanguageSelector::commandLineChoice(spaced), QStringLiteral("fr"));
    QCOMPARE(LanguageSelector::withoutLanguageOption(spaced),
        QStringList(
            { QStringLiteral("pulse"), QStringLiteral("--port"), QStringLiteral("9000"), QStringLiteral("--demo") }));
    const QStringList joined = { QStringLiteral("pulse"), QStringLiteral("--language=de") };
    QCOMPARE(LanguageSelector::commandLineChoice(joined), QStringLiteral("de"));
    QCOMPARE(LanguageSelector::withoutLanguageOption(joined), QStringList({ QStringLiteral("pulse") }));
    QCOMPARE(LanguageSelector::commandLineChoice({ QStringLiteral("pulse"), QStringLiteral("--language") }), QString());
}

void TestLanguageSelector::qtsOwnCatalogueTranslatesStandardButtons()
{
    const QString qtCatalogues = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!QFile::exists(qtCatalogues + QStringLiteral("/qtbase_de.qm")))
        QSKIP("Qt's translations are not installed (Debian: qt6-translations-l10n)");
    LanguageSelector selector(kFixtures);
    selector.apply(QStringLiteral("de"), {});
    QVERIFY(selector.hasQtCatalogue());
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    selector.apply(QStringLiteral("en"), {});
    QVERIFY(!selector.hasQtCatalogue());
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

void TestLanguageSelector::realCataloguesAreEmbedded()
{
    for (const UiLanguage &language : LanguageSelector::languages()) {
        if (language.code == LanguageSelector::sourceLanguage())
            continue;
        const QString file = QStringLiteral(":/i18n/pulse_%1.qm").arg(language.code);
        QVERIFY2(QFile::exists(file), qPrintable(file));
        QTranslator translator;
        QVERIFY2(translator.load(file), qPrintable(file));
        QCOMPARE(translator.language(), language.code);
        // A known string, translated (lrelease leaves untranslated ones out).
        QVERIFY(!translator.translate("pulse::ui::MainWindow", "Overview").isEmpty());
    }
}

QTEST_MAIN(TestLanguageSelector)
#include "TestLanguageSelector.moc"
