// The main window: sites and the date range reach the pages, Ctrl+1 / Ctrl+2 switch pages, range
// shortcuts apply, and geometry and the chosen page survive a restart (QSettings in test mode).
#include "MainWindow.h"
#include "live/LiveAggregator.h"
#include "pages/OverviewPage.h"
#include "support/TestWorkspace.h"
#include "widgets/DateRangePicker.h"
#include "widgets/KpiTile.h"
#include "widgets/Theme.h"
#include "widgets/SiteSelector.h"
#include "workspace/LocalWorkspaceClient.h"

#include <QApplication>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace pulse;
using namespace pulse::ui;

namespace {
const qint64 kNow = QDateTime(QDate(2024, 3, 31), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

class TestMainWindow final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void contextReachesThePagesAndShortcutsWork();
    void tilesFollowASwitchToADarkPalette();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("PulseUiTest"));
    QSettings().clear();
}

void TestMainWindow::contextReachesThePagesAndShortcutsWork()
{
    test::TestWorkspace tw(kNow);
    tw.addSite(QStringLiteral("alpha.example"));
    const qint64 beta = tw.addSite(QStringLiteral("beta.example"));
    LiveAggregator live(tw.clock());
    LocalWorkspaceClient client(tw.workspace(), live);
    {
        MainWindow window(client);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_COMPARE(window.siteSelector()->sites().size(), 2);
        QTRY_VERIFY(window.overview()->currentQuery().siteId != 0);
        // Presets resolve against the site's today (the injected clock), not the machine's.
        QCOMPARE(window.rangePicker()->today(), QDate(2024, 3, 31));

        window.siteSelector()->selectSite(beta);
        QCOMPARE(window.overview()->currentQuery().siteId, beta);

        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::Page::Live);
        QVERIFY(!window.rangePicker()->isEnabled());
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::Page::Overview);

        QTest::keyClick(&window, Qt::Key_3, Qt::AltModifier); // last 7 days
        QCOMPARE(window.rangePicker()->range().kind(), DateRange::Preset::Last7Days);
        QCOMPARE(window.overview()->currentQuery().fromMs,
                 QDateTime(QDate(2024, 3, 25), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        QTest::keyClick(&window, Qt::Key_P, Qt::AltModifier); // compare off
        QVERIFY(!window.overview()->previousQuery());

        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        window.resize(1020, 730);
        window.close();
    }
    MainWindow again(client);
    QCOMPARE(again.currentPage(), MainWindow::Page::Live);
    QCOMPARE(again.size(), QSize(1020, 730));
    QVERIFY(!again.rangePicker()->compare());
    QTRY_COMPARE(again.siteSelector()->currentSite()->id, beta); // the last site is remembered
}

void TestMainWindow::tilesFollowASwitchToADarkPalette()
{
    const QPalette light = QApplication::palette();
    KpiTile tile(QStringLiteral("Visitors"));
    tile.setChange(QStringLiteral("+5%"), true);
    tile.show();
    const auto valueColour = [&] {
        return tile.findChildren<QLabel *>().at(1)->palette().color(QPalette::WindowText);
    };
    QVERIFY(valueColour().lightnessF() < 0.5);
    QVERIFY(tile.palette().color(QPalette::Window).lightnessF() > 0.5);

    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    QApplication::setPalette(dark);
    QTRY_VERIFY(valueColour().lightnessF() > 0.5);
    QVERIFY(tile.palette().color(QPalette::Window).lightnessF() < 0.5);
    QVERIFY(theme::isDark(QApplication::palette()));
    QApplication::setPalette(light);
    QTRY_VERIFY(valueColour().lightnessF() < 0.5);
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
