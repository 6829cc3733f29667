// The Settings page over a real workspace: a site added and edited in its dialog with every setting
// (a bad origin and a bad time zone are refused naming the field, and nothing changes), a site
// deleted with what goes with it; an API key created in the dialog shows its secret once, and that
// secret verifies through the KeyStore; rotation with a grace period keeps the old secret working
// until it ends; revoking stops the key at once; "last used" follows a verification; no secret ever
// reaches the settings file. The last test renders docs/screenshots/settings-sites.png and
// settings-keys.png.
#include "MainWindow.h"
#include "access/KeyStore.h"
#include "access/SecretKey.h"
#include "access/SiteStore.h"
#include "live/LiveAggregator.h"
#include "pages/SettingsPage.h"
#include "pages/settings/KeyCreateDialog.h"
#include "pages/settings/KeysSettingsTab.h"
#include "pages/settings/SettingsFormat.h"
#include "pages/settings/SiteSettingsDialog.h"
#include "pages/settings/SitesSettingsTab.h"
#include "support/TestWorkspace.h"
#include "widgets/SecretOnceDialog.h"
#include "workspace/LocalWorkspaceClient.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace pulse;
using namespace pulse::ui;

namespace {

constexpr int kWaitMs = 30000;
const qint64 kNow = QDateTime(QDate(2024, 3, 31), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();

struct Fixture {
    test::TestWorkspace tw { kNow };
    LiveAggregator live { tw.clock() };
    std::unique_ptr<LocalWorkspaceClient> client;
    std::unique_ptr<SettingsPage> page;

    Fixture()
    {
        client = std::make_unique<LocalWorkspaceClient>(tw.workspace(), live);
        page = std::make_unique<SettingsPage>(*client);
        // The page reads both tabs when it is made: wait for that, so later reloads are the only ones.
        QSignalSpy sitesRead(page->sites(), &SitesSettingsTab::sitesLoaded);
        QSignalSpy keysRead(page->keys(), &KeysSettingsTab::keysLoaded);
        page->resize(1100, 560);
        page->show();
        if (!sitesRead.wait(kWaitMs) || (keysRead.isEmpty() && !keysRead.wait(kWaitMs)))
            qFatal("the Settings page did not load");
    }
    ~Fixture()
    {
        page.reset();
        client.reset();
    }
    SitesSettingsTab *sites() const { return page->sites(); }
    KeysSettingsTab *keys() const { return page->keys(); }
    bool reloadSites()
    {
        QSignalSpy loaded(sites(), &SitesSettingsTab::sitesLoaded);
        sites()->refresh();
        return loaded.wait(kWaitMs);
    }
    bool reloadKeys()
    {
        QSignalSpy loaded(keys(), &KeysSettingsTab::keysLoaded);
        keys()->refresh();
        return loaded.wait(kWaitMs);
    }
    QString siteCell(int row, int column) const
    {
        QTableWidgetItem *item = sites()->table()->item(row, column);
        return item ? item->text() : QString();
    }
    QString keyCell(int row, int column) const
    {
        QTableWidgetItem *item = keys()->table()->item(row, column);
        return item ? item->text() : QString();
    }
    // Every cell of the keys table, to check no secret is on screen.
    QString keyTableText() const
    {
        QStringList cells;
        for (int r = 0; r < keys()->table()->rowCount(); ++r) {
            for (int c = 0; c < keys()->table()->columnCount(); ++c)
                cells << keyCell(r, c);
        }
        return cells.join(QLatin1Char('|'));
    }
    // Creates a key through the dialog; returns the secret the dialog showed.
    QString createKey(const QString &name, QList<Scope> scopes, qint64 siteId = 0)
    {
        KeyCreateDialog *dialog = keys()->createKey();
        dialog->nameEdit()->setText(name);
        for (const Scope s : SettingsFormat::scopes())
            dialog->scopeCheck(s)->setChecked(scopes.contains(s));
        dialog->siteCombo()->setCurrentIndex(dialog->siteCombo()->findData(siteId));
        QSignalSpy created(dialog, &KeyCreateDialog::created);
        dialog->create();
        if (!created.wait(kWaitMs) || !keys()->secretDialog())
            return {};
        return keys()->secretDialog()->secretEdit()->text();
    }
    KeyStore::Verdict verify(const QString &secret)
    {
        ApiKey key;
        return tw.workspace().keys().verify(secret, &key);
    }
};

} // namespace

Q_DECLARE_METATYPE(pulse::ui::ApiKeyReply)

class TestUiSettingsPage final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // A settings file of our own, so the test can read everything the GUI wrote.
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("PulseSettingsTest"));
        QCoreApplication::setApplicationName(QStringLiteral("PulseUiSettingsTest"));
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        qRegisterMetaType<ApiKeyReply>();
    }

    void aSiteAddedWithEverySettingIsListedAndStored()
    {
        Fixture f;
        QVERIFY(f.reloadSites());
        QVERIFY(f.sites()->messageLabel()->text().startsWith(QLatin1String("No sites yet")));
        SiteSettingsDialog *dialog = f.sites()->addSite();
        dialog->domainEdit()->setText(QStringLiteral("https://Shop.Example/"));
        dialog->nameEdit()->setText(QStringLiteral("Shop"));
        dialog->timeZoneCombo()->setCurrentText(QStringLiteral("Europe/Berlin"));
        dialog->addOrigin(QStringLiteral("https://shop.example"));
        dialog->addOrigin(QStringLiteral("http://localhost:3000"));
        dialog->retentionSpin()->setValue(30);
        dialog->botFilteringCheck()->setChecked(false);
        dialog->dntCheck()->setChecked(true);
        dialog->identityCombo()->setCurrentIndex(1);
        dialog->quotaSpin()->setValue(600);
        QSignalSpy saved(dialog, &SiteSettingsDialog::saved);
        dialog->save();
        QVERIFY(saved.wait(kWaitMs));

        const QList<Site> stored = f.tw.workspace().sites().list();
        QCOMPARE(stored.size(), 1);
        const Site &site = stored.at(0);
        QCOMPARE(site.domain, QStringLiteral("shop.example"));
        QCOMPARE(site.name, QStringLiteral("Shop"));
        QCOMPARE(site.timeZone, QStringLiteral("Europe/Berlin"));
        QCOMPARE(site.settings.allowedOrigins,
            QStringList({ QStringLiteral("https://shop.example"), QStringLiteral("http://localhost:3000") }));
        QCOMPARE(site.settings.retentionDays, 30);
        QVERIFY(!site.settings.botFiltering);
        QVERIFY(site.settings.respectDnt);
        QCOMPARE(site.settings.identityMode, SiteSettings::IdentityMode::UserId);
        QCOMPARE(site.settings.ingestQuotaPerMinute, qint64(600));

        QTRY_COMPARE_WITH_TIMEOUT(f.sites()->table()->rowCount(), 1, kWaitMs);
        QCOMPARE(f.siteCell(0, 0), QStringLiteral("Shop"));
        QCOMPARE(f.siteCell(0, 1), QStringLiteral("shop.example"));
        QCOMPARE(f.siteCell(0, 2), QStringLiteral("Europe/Berlin"));
        QCOMPARE(f.siteCell(0, 3), QStringLiteral("30 days"));
        QCOMPARE(f.siteCell(0, 4), QStringLiteral("User id"));
        QCOMPARE(f.siteCell(0, 5), QStringLiteral("600 a minute"));
        QCOMPARE(f.siteCell(0, 6), QStringLiteral("https://shop.example, http://localhost:3000"));
        QVERIFY(f.sites()->messageLabel()->text().isEmpty());
    }

    void aBadOriginOrTimeZoneIsRefusedNamingTheFieldAndNothingChanges()
    {
        Fixture f;
        const qint64 id = f.tw.addSite(QStringLiteral("example.com"));
        const Site before = *f.tw.workspace().sites().byId(id);
        QVERIFY(f.reloadSites());
        f.sites()->selectSite(id);
        SiteSettingsDialog *dialog = f.sites()->editSelected();
        QVERIFY(dialog);
        dialog->show();
        QCOMPARE(dialog->domainEdit()->text(), QStringLiteral("example.com"));

        dialog->retentionSpin()->setValue(90);
        dialog->addOrigin(QStringLiteral("example.com/path"));
        dialog->save();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->messageLabel()->text().isEmpty(), kWaitMs);
        QVERIFY2(dialog->messageLabel()->text().startsWith(QLatin1String("Allowed origins: ")),
            qPrintable(dialog->messageLabel()->text()));
        QVERIFY(dialog->messageLabel()->text().contains(QLatin1String("example.com/path")));
        QVERIFY(dialog->isVisible());
        QCOMPARE(*f.tw.workspace().sites().byId(id), before);

        dialog->originList()->setCurrentRow(0);
        dialog->removeSelectedOrigin();
        QCOMPARE(dialog->origins(), QStringList());
        dialog->timeZoneCombo()->setCurrentText(QStringLiteral("Mars/Olympus_Mons"));
        dialog->save();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->messageLabel()->text().startsWith(QLatin1String("Time zone: ")), kWaitMs);
        QVERIFY(dialog->messageLabel()->text().contains(QLatin1String("Mars/Olympus_Mons")));
        QCOMPARE(*f.tw.workspace().sites().byId(id), before);

        dialog->timeZoneCombo()->setCurrentText(QStringLiteral("America/New_York"));
        QSignalSpy saved(dialog, &SiteSettingsDialog::saved);
        dialog->save();
        QVERIFY(saved.wait(kWaitMs));
        const Site after = *f.tw.workspace().sites().byId(id);
        QCOMPARE(after.timeZone, QStringLiteral("America/New_York"));
        QCOMPARE(after.settings.retentionDays, 90);
        QCOMPARE(after.key, before.key); // the public key stays
        QTRY_COMPARE_WITH_TIMEOUT(f.siteCell(0, 3), QStringLiteral("90 days"), kWaitMs);
    }

    void deletingASiteNamesItAndTakesItsKeysWithIt()
    {
        Fixture f;
        const qint64 keep = f.tw.addSite(QStringLiteral("keep.example"));
        const qint64 gone = f.tw.addSite(QStringLiteral("gone.example"));
        f.tw.write({ test::makeEvent(gone, 1, kNow - 1000) });
        const KeyStore::Created limited
            = f.tw.workspace().keys().create(QStringLiteral("Gone's key"), int(Scope::Read), gone, 0);
        QVERIFY(f.reloadSites());
        f.sites()->selectSite(gone);
        QVERIFY(f.sites()->deleteButton()->isEnabled());
        const QString question = f.sites()->deleteQuestion();
        QVERIFY(question.contains(QLatin1String("gone.example")));
        QVERIFY(question.contains(QLatin1String("every event")));
        QVERIFY(question.contains(QLatin1String("API keys limited to it")));
        QSignalSpy done(f.sites(), &SitesSettingsTab::actionFinished);
        f.sites()->deleteSelected();
        QVERIFY(done.wait(kWaitMs));
        QCOMPARE(done.at(0).at(0).toString(), QString());
        QVERIFY(!f.tw.workspace().sites().byId(gone));
        QVERIFY(f.tw.workspace().sites().byId(keep));
        QCOMPARE(f.tw.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE site_id = %1").arg(gone)), qint64(0));
        QCOMPARE(f.verify(limited.secret), KeyStore::Verdict::Unknown);
        QTRY_COMPARE_WITH_TIMEOUT(f.sites()->table()->rowCount(), 1, kWaitMs);
        QCOMPARE(f.siteCell(0, 1), QStringLiteral("keep.example"));
    }

    void aCreatedKeyShowsItsSecretOnceAndTheSecretVerifies()
    {
        Fixture f;
        const qint64 site = f.tw.addSite(QStringLiteral("example.com"));
        QVERIFY(f.reloadKeys());
        QVERIFY(f.keys()->messageLabel()->text().startsWith(QLatin1String("No API keys yet")));

        // Refusals name the field and create nothing.
        KeyCreateDialog *bad = f.keys()->createKey();
        bad->nameEdit()->setText(QStringLiteral("   "));
        bad->create();
        QTRY_VERIFY_WITH_TIMEOUT(bad->messageLabel()->text().startsWith(QLatin1String("Name: ")), kWaitMs);
        bad->nameEdit()->setText(QStringLiteral("Nothing"));
        for (const Scope s : SettingsFormat::scopes())
            bad->scopeCheck(s)->setChecked(false);
        bad->create();
        QTRY_VERIFY_WITH_TIMEOUT(bad->messageLabel()->text().startsWith(QLatin1String("Scopes: ")), kWaitMs);
        bad->close();
        QVERIFY(f.tw.workspace().keys().list().isEmpty());

        const QString secret = f.createKey(QStringLiteral("Report script"), { Scope::Read, Scope::Export }, site);
        QVERIFY(SecretKey::isWellFormed(secret));
        SecretOnceDialog *shown = f.keys()->secretDialog();
        QVERIFY(shown->isVisible());
        QVERIFY(shown->warningLabel()->text().contains(QLatin1String("will not show it again")));
        QVERIFY(shown->explanationLabel()->text().contains(QLatin1String("Report script")));
        shown->copy();
        QCOMPARE(QApplication::clipboard()->text(), secret);
        ApiKey verified;
        QCOMPARE(f.tw.workspace().keys().verify(secret, &verified), KeyStore::Verdict::Ok);
        QCOMPARE(verified.name, QStringLiteral("Report script"));
        QCOMPARE(verified.scopes, int(Scope::Read) | int(Scope::Export));
        QCOMPARE(verified.siteId, site);
        shown->close();
        QTRY_VERIFY_WITH_TIMEOUT(!f.keys()->secretDialog(), kWaitMs);

        QTRY_COMPARE_WITH_TIMEOUT(f.keys()->table()->rowCount(), 1, kWaitMs);
        QCOMPARE(f.keyCell(0, 0), QStringLiteral("Report script"));
        QCOMPARE(f.keyCell(0, 1), secret.left(10) + QStringLiteral("…"));
        QCOMPARE(f.keyCell(0, 2), QStringLiteral("Read, Export"));
        QCOMPARE(f.keyCell(0, 3), QStringLiteral("example.com"));
        QCOMPARE(f.keyCell(0, 5), QStringLiteral("Never"));
        QCOMPARE(f.keyCell(0, 8), QStringLiteral("Active"));
        QVERIFY(!f.keyTableText().contains(secret));

        // Opened again, the page knows no secret.
        SettingsPage again(*f.client);
        QSignalSpy loaded(again.keys(), &KeysSettingsTab::keysLoaded);
        QVERIFY(loaded.wait(kWaitMs));
        QVERIFY(!again.keys()->secretDialog());
        QCOMPARE(again.keys()->table()->rowCount(), 1);
        for (int c = 0; c < again.keys()->table()->columnCount(); ++c)
            QVERIFY(!again.keys()->table()->item(0, c)->text().contains(secret.mid(10)));
    }

    void anExpiryDateEndsTheKeyAtTheEndOfThatDay()
    {
        Fixture f;
        KeyCreateDialog *dialog = f.keys()->createKey();
        QVERIFY(!dialog->expiryEdit()->isEnabled());
        dialog->nameEdit()->setText(QStringLiteral("Contractor"));
        dialog->expiresCheck()->setChecked(true);
        QVERIFY(dialog->expiryEdit()->isEnabled());
        dialog->expiryEdit()->setDate(QDate(2024, 4, 30));
        QSignalSpy created(dialog, &KeyCreateDialog::created);
        dialog->create();
        QVERIFY(created.wait(kWaitMs));
        const QString secret = f.keys()->secretDialog()->secret();
        f.keys()->secretDialog()->close();
        const qint64 endOfDay = QDateTime(QDate(2024, 5, 1), QTime(0, 0)).toMSecsSinceEpoch();
        QCOMPARE(f.tw.workspace().keys().list().at(0).expiresAtMs, endOfDay);
        QTRY_COMPARE_WITH_TIMEOUT(f.keys()->table()->rowCount(), 1, kWaitMs);
        QCOMPARE(f.keyCell(0, 5), SettingsFormat::time(endOfDay));

        f.tw.clock().setMs(endOfDay);
        QCOMPARE(f.verify(secret), KeyStore::Verdict::Expired);
        QVERIFY(f.reloadKeys());
        QCOMPARE(f.keyCell(0, 8), QStringLiteral("Expired"));
        f.keys()->selectKey(f.keys()->keys().at(0).id);
        QVERIFY(!f.keys()->rotateButton()->isEnabled()); // a new secret would expire with the key
        QVERIFY(f.keys()->revokeButton()->isEnabled());
    }

    void rotatingWithGraceKeepsTheOldSecretUntilItEnds()
    {
        Fixture f;
        QVERIFY(f.reloadKeys());
        const QString first = f.createKey(QStringLiteral("Dashboard"), { Scope::Read });
        QVERIFY(!first.isEmpty());
        f.keys()->secretDialog()->close();
        QTRY_COMPARE_WITH_TIMEOUT(f.keys()->table()->rowCount(), 1, kWaitMs);
        f.keys()->selectKey(f.keys()->keys().at(0).id);
        QVERIFY(f.keys()->rotateButton()->isEnabled());

        f.keys()->rotateSelected(60 * 60);
        QTRY_VERIFY_WITH_TIMEOUT(f.keys()->secretDialog() && f.keys()->secretDialog()->isVisible(), kWaitMs);
        const QString second = f.keys()->secretDialog()->secret();
        QVERIFY(SecretKey::isWellFormed(second));
        QVERIFY(second != first);
        f.keys()->secretDialog()->close();
        QCOMPARE(f.verify(second), KeyStore::Verdict::Ok);
        QCOMPARE(f.verify(first), KeyStore::Verdict::Ok); // within the hour of grace
        QTRY_VERIFY_WITH_TIMEOUT(f.keyCell(0, 8).startsWith(QLatin1String("Rotating until ")), kWaitMs);
        QCOMPARE(f.keyCell(0, 8), QStringLiteral("Rotating until %1").arg(SettingsFormat::time(kNow + 60 * 60 * 1000)));
        QCOMPARE(f.keyCell(0, 1), second.left(10) + QStringLiteral("…"));

        f.tw.clock().advanceMs(60 * 60 * 1000 + 1);
        f.tw.workspace().keys().forgetCached();
        QCOMPARE(f.verify(first), KeyStore::Verdict::Expired);
        QCOMPARE(f.verify(second), KeyStore::Verdict::Ok);
        QVERIFY(f.reloadKeys());
        QCOMPARE(f.keyCell(0, 8), QStringLiteral("Active"));

        // No grace: the old secret stops at once.
        f.keys()->selectKey(f.keys()->keys().at(0).id);
        f.keys()->rotateSelected(0);
        QTRY_VERIFY_WITH_TIMEOUT(f.keys()->secretDialog() && f.keys()->secretDialog()->secret() != second, kWaitMs);
        const QString third = f.keys()->secretDialog()->secret();
        f.keys()->secretDialog()->close();
        QCOMPARE(f.verify(second), KeyStore::Verdict::Expired);
        QCOMPARE(f.verify(third), KeyStore::Verdict::Ok);
    }

    void revokingStopsTheKeyAtOnce()
    {
        Fixture f;
        QVERIFY(f.reloadKeys());
        const QString secret = f.createKey(QStringLiteral("Old laptop"), { Scope::Admin });
        f.keys()->secretDialog()->close();
        QCOMPARE(f.verify(secret), KeyStore::Verdict::Ok); // now cached as valid
        QTRY_COMPARE_WITH_TIMEOUT(f.keys()->table()->rowCount(), 1, kWaitMs);
        QCOMPARE(f.keyCell(0, 2), QStringLiteral("Admin"));
        f.keys()->selectKey(f.keys()->keys().at(0).id);
        const QString question = f.keys()->revokeQuestion();
        QVERIFY(question.contains(QLatin1String("Old laptop")));
        QVERIFY(question.contains(QLatin1String("at once")));
        QSignalSpy done(f.keys(), &KeysSettingsTab::actionFinished);
        f.keys()->revokeSelected();
        QVERIFY(done.wait(kWaitMs));
        QCOMPARE(done.at(0).at(0).toString(), QString());
        QCOMPARE(f.verify(secret), KeyStore::Verdict::Revoked);
        QTRY_COMPARE_WITH_TIMEOUT(f.keyCell(0, 8), QStringLiteral("Revoked"), kWaitMs);
        f.keys()->selectKey(f.keys()->keys().at(0).id);
        QVERIFY(!f.keys()->rotateButton()->isEnabled());
        QVERIFY(!f.keys()->revokeButton()->isEnabled());
    }

    void lastUsedFollowsAVerification()
    {
        Fixture f;
        QVERIFY(f.reloadKeys());
        const QString secret = f.createKey(QStringLiteral("Exporter"), { Scope::Export });
        f.keys()->secretDialog()->close();
        QTRY_COMPARE_WITH_TIMEOUT(f.keys()->table()->rowCount(), 1, kWaitMs);
        QCOMPARE(f.keyCell(0, 6), QStringLiteral("Never"));
        QCOMPARE(f.keyCell(0, 7), QStringLiteral("0"));
        f.tw.clock().advanceMs(5 * 60 * 1000);
        QCOMPARE(f.verify(secret), KeyStore::Verdict::Ok);
        QVERIFY(f.reloadKeys());
        QCOMPARE(f.keyCell(0, 6), SettingsFormat::time(kNow + 5 * 60 * 1000));
        QCOMPARE(f.keyCell(0, 7), QStringLiteral("1"));
    }

    void noSecretReachesTheSettingsFile()
    {
        test::TestWorkspace tw(kNow);
        tw.addSite(QStringLiteral("example.com"));
        LiveAggregator live(tw.clock());
        LocalWorkspaceClient client(tw.workspace(), live);
        QStringList secrets;
        {
            MainWindow window(client);
            window.show();
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
            QCOMPARE(window.currentPage(), MainWindow::Page::Settings);
            KeysSettingsTab *keys = window.settingsPage()->keys();
            window.settingsPage()->tabs()->setCurrentWidget(keys);
            for (const QString &name : { QStringLiteral("CI"), QStringLiteral("Grafana") }) {
                KeyCreateDialog *dialog = keys->createKey();
                dialog->nameEdit()->setText(name);
                QSignalSpy created(dialog, &KeyCreateDialog::created);
                dialog->create();
                QVERIFY(created.wait(kWaitMs));
                secrets << keys->secretDialog()->secret();
                keys->secretDialog()->close();
            }
            QTRY_COMPARE_WITH_TIMEOUT(keys->keys().size(), 2, kWaitMs);
            keys->selectKey(keys->keys().at(0).id);
            keys->rotateSelected(24 * 60 * 60);
            QTRY_VERIFY_WITH_TIMEOUT(
                keys->secretDialog() && !secrets.contains(keys->secretDialog()->secret()), kWaitMs);
            secrets << keys->secretDialog()->secret();
            keys->secretDialog()->close();
            window.close();
        }
        QSettings().sync();
        QCOMPARE(secrets.size(), 3);
        qsizetype scanned = 0;
        QDirIterator files(m_settingsDir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            scanned += content.size();
            for (const QString &secret : secrets) {
                QVERIFY2(!content.contains(secret.toLatin1()), qPrintable(file.fileName()));
                QVERIFY2(!content.contains(secret.mid(10).toLatin1()), qPrintable(file.fileName()));
            }
        }
        QVERIFY2(scanned > 0, "the window wrote no settings: nothing was checked");
    }

    void screenshots()
    {
        Fixture f;
        const qint64 shop = f.tw.addSite(QStringLiteral("shop.example"));
        Site site = *f.tw.workspace().sites().byId(shop);
        site.name = QStringLiteral("Shop");
        site.timeZone = QStringLiteral("Europe/Berlin");
        site.settings.allowedOrigins = { QStringLiteral("https://shop.example") };
        site.settings.retentionDays = 395;
        site.settings.ingestQuotaPerMinute = 6000;
        QString ignored;
        QVERIFY(f.tw.workspace().sites().update(site, &ignored));
        const qint64 app = f.tw.addSite(QStringLiteral("app.example"));
        site = *f.tw.workspace().sites().byId(app);
        site.name = QStringLiteral("Web app");
        site.settings.identityMode = SiteSettings::IdentityMode::UserId;
        site.settings.respectDnt = true;
        QVERIFY(f.tw.workspace().sites().update(site, &ignored));
        QVERIFY(f.reloadSites());
        f.sites()->selectSite(shop);

        KeyStore &store = f.tw.workspace().keys();
        const KeyStore::Created ci = store.create(QStringLiteral("CI deploy check"), int(Scope::Read), shop, 0);
        const KeyStore::Created grafana = store.create(
            QStringLiteral("Grafana"), int(Scope::Read) | int(Scope::Stream), 0, kNow + 180LL * 24 * 3600 * 1000);
        const KeyStore::Created admin = store.create(QStringLiteral("Ops admin"), int(Scope::Admin), 0, 0);
        const KeyStore::Created laptop = store.create(QStringLiteral("Old laptop"), int(Scope::Export), 0, 0);
        f.tw.clock().advanceMs(3 * 3600 * 1000);
        ApiKey ignoredKey;
        store.verify(ci.secret, &ignoredKey);
        store.verify(grafana.secret, &ignoredKey);
        store.verify(grafana.secret, &ignoredKey);
        QVERIFY(store.rotate(admin.key.id, 24 * 3600 * 1000));
        store.revoke(laptop.key.id);
        QVERIFY(f.reloadKeys());
        f.keys()->selectKey(admin.key.id);

        const bool update = qEnvironmentVariableIsSet("PULSE_UPDATE_SCREENSHOTS");
        QTemporaryDir scratch;
        const QDir out(
            update ? qEnvironmentVariable("PULSE_SOURCE_DIR") + QStringLiteral("/docs/screenshots") : scratch.path());
        f.page->tabs()->setCurrentWidget(f.sites());
        QCoreApplication::processEvents();
        QVERIFY(f.page->grab().save(out.filePath(QStringLiteral("settings-sites.png"))));
        f.page->tabs()->setCurrentWidget(f.keys());
        QCoreApplication::processEvents();
        QVERIFY(f.page->grab().save(out.filePath(QStringLiteral("settings-keys.png"))));
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestUiSettingsPage)
#include "TestUiSettingsPage.moc"
