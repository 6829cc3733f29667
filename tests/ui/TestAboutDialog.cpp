// Help > About Pulse shows what a bug report needs (version, build, date, Qt built with and running, the
// system, the data folder) and Pulse's licence and every third-party component with its licence and a
// link to the licence text; Copy Details puts the same on the clipboard.
#include "MainWindow.h"
#include "PulseBuildInfo.h"
#include "about/AboutDialog.h"
#include "live/LiveAggregator.h"
#include "support/TestWorkspace.h"
#include "workspace/LocalWorkspaceClient.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTest>
#include <QTextDocument>

using namespace pulse;
using namespace pulse::ui;

namespace {

// Everything the dialog's labels say, as a user reads it (rich text turned into plain text).
QString visibleText(const QWidget &dialog)
{
    QStringList parts;
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (!label->isVisibleTo(&dialog))
            continue;
        QTextDocument document;
        document.setHtml(label->text());
        parts.append(label->textFormat() == Qt::PlainText ? label->text() : document.toPlainText());
    }
    return parts.join(u'\n');
}

const QString kDataFolder = QStringLiteral("/home/someone/.local/share/Pulse");

} // namespace

class TestAboutDialog final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showsVersionBuildQtSystemAndDataFolder();
    void listsEveryThirdPartyComponentWithItsLicence();
    void linksToEveryLicenceText();
    void copyDetailsFillsTheClipboard();
    void helpMenuOpensIt();
};

void TestAboutDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("PulseAboutTest"));
}

void TestAboutDialog::showsVersionBuildQtSystemAndDataFolder()
{
    AboutDialog dialog(kDataFolder);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("About Pulse"));
    const QString text = visibleText(dialog);
    QVERIFY2(text.contains(QLatin1String(buildinfo::kVersion)), qPrintable(text));
    if (qstrlen(buildinfo::kBuildId) > 0)
        QVERIFY2(text.contains(QLatin1String(buildinfo::kBuildId)), qPrintable(text));
    QVERIFY2(text.contains(QLocale().toString(
                 QDate::fromString(QLatin1String(buildinfo::kBuildDate), Qt::ISODate), QLocale::LongFormat)),
        qPrintable(text));
    QVERIFY2(text.contains(
                 QStringLiteral("%1 (built with %2)").arg(QLatin1String(qVersion()), QLatin1String(QT_VERSION_STR))),
        qPrintable(text));
    QVERIFY2(text.contains(QSysInfo::prettyProductName()), qPrintable(text));
    QVERIFY2(text.contains(QDir::toNativeSeparators(kDataFolder)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("GPL-3.0-or-later")), qPrintable(text));
}

void TestAboutDialog::listsEveryThirdPartyComponentWithItsLicence()
{
    AboutDialog dialog(kDataFolder);
    // One table row per component: its cells as plain lines, the name first.
    QList<QStringList> rows;
    for (const QString &row : dialog.componentsLabel()->text().split(QStringLiteral("<tr>")).mid(1)) {
        QTextDocument document;
        document.setHtml(QStringLiteral("<table><tr>") + row);
        rows.append(document.toPlainText().split(QRegularExpression(QStringLiteral("[\\n\\t]+")), Qt::SkipEmptyParts));
    }
    // What the desktop binary links: Qt (Charts apart), Qt Charts, SQLite, zlib, http-parser, OpenSSL, QtKeychain,
    // and jemalloc where the build links it (Linux, not with the sanitizers).
    QList<QPair<QString, QString>> expected = {
        { QStringLiteral("Qt"), QStringLiteral("LGPL-3.0") },
        { QStringLiteral("Qt Charts"), QStringLiteral("GPL-3.0") },
        { QStringLiteral("SQLite"), QStringLiteral("Public domain") },
        { QStringLiteral("zlib"), QStringLiteral("Zlib") },
        { QStringLiteral("http-parser"), QStringLiteral("MIT") },
        { QStringLiteral("OpenSSL"), QStringLiteral("Apache-2.0") },
        { QStringLiteral("QtKeychain"), QStringLiteral("BSD-2-Clause") },
    };
#ifdef PULSE_WITH_JEMALLOC
    expected.append({ QStringLiteral("jemalloc"), QStringLiteral("BSD-2-Clause") });
#endif
    QCOMPARE(rows.size(), expected.size());
    for (const auto &component : expected) {
        // Not a structured binding: clang 14 (Debian 12) cannot capture one in the lambda below.
        const QString &name = component.first;
        const QString &licence = component.second;
        const auto row = std::find_if(
            rows.cbegin(), rows.cend(), [&](const QStringList &cells) { return cells.value(0).trimmed() == name; });
        QVERIFY2(row != rows.cend(), qPrintable(name + QStringLiteral(" is not listed")));
        QCOMPARE(row->size(), 3); // name, what it is for, licence
        QVERIFY2(row->at(2).startsWith(licence), qPrintable(row->join(u'|')));
    }
}

void TestAboutDialog::linksToEveryLicenceText()
{
    AboutDialog dialog(kDataFolder);
    const QString html = dialog.componentsLabel()->text();
    for (const char *url : { "https://www.gnu.org/licenses/lgpl-3.0.html", "https://www.gnu.org/licenses/gpl-3.0.html",
             "https://www.sqlite.org/copyright.html", "https://zlib.net/zlib_license.html",
             "https://spdx.org/licenses/MIT.html", "https://www.openssl.org/source/apache-license-2.0.txt",
             "https://spdx.org/licenses/BSD-2-Clause.html" })
        QVERIFY2(html.contains(QLatin1String(url)), url);
    QVERIFY(dialog.componentsLabel()->openExternalLinks());
}

void TestAboutDialog::copyDetailsFillsTheClipboard()
{
    AboutDialog dialog(kDataFolder);
    QPushButton *copy = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text() == QStringLiteral("Copy Details"))
            copy = b;
    }
    QVERIFY(copy);
    copy->click();
    const QString copied = QGuiApplication::clipboard()->text();
    QCOMPARE(copied, dialog.details());
    QVERIFY2(copied.contains(QStringLiteral("Pulse %1").arg(QLatin1String(buildinfo::kVersion))), qPrintable(copied));
    QVERIFY2(copied.contains(QLatin1String(qVersion())), qPrintable(copied));
    QVERIFY2(copied.contains(QDir::toNativeSeparators(kDataFolder)), qPrintable(copied));
    QVERIFY(dialog.aboutQtButton()->isVisibleTo(&dialog));
}

void TestAboutDialog::helpMenuOpensIt()
{
    test::TestWorkspace tw(QDateTime(QDate(2024, 3, 31), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    LiveAggregator live(tw.clock());
    LocalWorkspaceClient client(tw.workspace(), live);
    MainWindow window(client);
    window.setDataFolder(kDataFolder);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *about = nullptr;
    QAction *aboutQt = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->text() != QStringLiteral("&Help"))
            continue;
        for (QAction *a : menu->menu()->actions()) {
            if (a->text() == QStringLiteral("&About Pulse"))
                about = a;
            if (a->text() == QStringLiteral("About &Qt"))
                aboutQt = a;
        }
    }
    QVERIFY(about);
    QVERIFY(aboutQt);
    QCOMPARE(about->menuRole(), QAction::AboutRole);
    QCOMPARE(aboutQt->menuRole(), QAction::AboutQtRole);
    about->trigger();
    AboutDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<AboutDialog *>()) && dialog->isVisible());
    QVERIFY(visibleText(*dialog).contains(QDir::toNativeSeparators(kDataFolder)));
    dialog->close();
}

QTEST_MAIN(TestAboutDialog)
#include "TestAboutDialog.moc"
