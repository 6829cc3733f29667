// Settings > Language: lists System default and each language in its own name with the stored choice
// checked; choosing one stores it at once, asks about a restart only when the language really changes,
// and asks for the restart only when the user agrees.
#include "MainWindow.h"
#include "i18n/LanguageMenu.h"
#include "i18n/LanguageSelector.h"
#include "live/LiveAggregator.h"
#include "support/TestWorkspace.h"
#include "workspace/LocalWorkspaceClient.h"

#include <QLocale>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace pulse;
using namespace pulse::ui;

class TestLanguageMenu final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void listsTheLanguagesWithTheStoredOneChecked();
    void choosingAnotherLanguageStoresItAndOffersARestart();
    void declinedRestartKeepsTheChoiceForNextTime();
    void choosingTheLanguageInEffectAsksNothing();
    void mainWindowHasSettingsAndHelpMenus();
};

void TestLanguageMenu::init()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("PulseLanguageMenuTest"));
    QSettings().clear();
}

void TestLanguageMenu::listsTheLanguagesWithTheStoredOneChecked()
{
    LanguageSelector::storeChoice(QStringLiteral("fr"));
    LanguageMenu menu(QStringLiteral("fr"));
    QStringList texts;
    for (QAction *a : menu.actions()) {
        if (!a->isSeparator())
            texts.append(a->text());
    }
    QCOMPARE(texts,
        QStringList({ QStringLiteral("System default"), QStringLiteral("English"), QStringLiteral("Deutsch"),
            QStringLiteral("Français") }));
    QVERIFY(menu.action(QStringLiteral("fr"))->isChecked());
    QVERIFY(!menu.action(QString())->isChecked());

    QSettings().clear();
    LanguageMenu fresh(QStringLiteral("en"));
    QVERIFY(fresh.action(QString())->isChecked());
}

void TestLanguageMenu::choosingAnotherLanguageStoresItAndOffersARestart()
{
    LanguageMenu menu(QStringLiteral("en"));
    QStringList asked;
    menu.setRestartPrompt([&](const QString &name) {
        asked.append(name);
        return true;
    });
    QSignalSpy restart(&menu, &LanguageMenu::restartRequested);
    menu.action(QStringLiteral("de"))->trigger();
    QCOMPARE(LanguageSelector::storedChoice(), QStringLiteral("de"));
    QCOMPARE(asked, QStringList({ QStringLiteral("Deutsch") }));
    QCOMPARE(restart.count(), 1);
    QVERIFY(menu.action(QStringLiteral("de"))->isChecked());
}

void TestLanguageMenu::declinedRestartKeepsTheChoiceForNextTime()
{
    LanguageMenu menu(QStringLiteral("en"));
    menu.setRestartPrompt([](const QString &) { return false; });
    QSignalSpy restart(&menu, &LanguageMenu::restartRequested);
    menu.action(QStringLiteral("fr"))->trigger();
    QCOMPARE(LanguageSelector::storedChoice(), QStringLiteral("fr"));
    QCOMPARE(restart.count(), 0);
}

void TestLanguageMenu::choosingTheLanguageInEffectAsksNothing()
{
    LanguageSelector::storeChoice(QStringLiteral("de"));
    LanguageMenu menu(QStringLiteral("de"));
    int asked = 0;
    menu.setRestartPrompt([&](const QString &) {
        ++asked;
        return true;
    });
    QSignalSpy restart(&menu, &LanguageMenu::restartRequested);
    menu.action(QStringLiteral("de"))->trigger();
    QCOMPARE(asked, 0);
    QCOMPARE(restart.count(), 0);
    // System default is stored as "no choice", whatever the system speaks.
    menu.action(QString())->trigger();
    QCOMPARE(LanguageSelector::storedChoice(), QString());
    QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
}

void TestLanguageMenu::mainWindowHasSettingsAndHelpMenus()
{
    QLocale::setDefault(QLocale(QLocale::English)); // the language in effect, as LanguageSelector leaves it
    test::TestWorkspace tw(QDateTime(QDate(2024, 3, 31), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    LiveAggregator live(tw.clock());
    LocalWorkspaceClient client(tw.workspace(), live);
    MainWindow window(client);
    QStringList menus;
    for (QAction *a : window.menuBar()->actions())
        menus.append(a->text());
    QVERIFY2(menus.contains(QStringLiteral("&Settings")), qPrintable(menus.join(u',')));
    QVERIFY2(menus.contains(QStringLiteral("&Help")), qPrintable(menus.join(u',')));
    auto *language = window.findChild<LanguageMenu *>(QStringLiteral("languageMenu"));
    QVERIFY(language);
    QSignalSpy restart(&window, &MainWindow::restartRequested);
    language->setRestartPrompt([](const QString &) { return true; });
    language->action(QStringLiteral("fr"))->trigger();
    QCOMPARE(restart.count(), 1); // main() restarts the application on this signal
}

QTEST_MAIN(TestLanguageMenu)
#include "TestLanguageMenu.moc"
