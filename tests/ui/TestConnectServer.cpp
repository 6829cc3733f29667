// Connecting the workbench to a remote server: the key goes to a real Secret Service (gnome-keyring in a
// private D-Bus session, as ./pulse.sh test runs it) and nowhere else, a wrong address or key is said
// before anything is kept, and a saved server opens again from the keychain alone.
#include "pages/ConnectServerDialog.h"
#include "support/TestServer.h"
#include "workspace/Keychain.h"
#include "workspace/RemoteWorkspaceClient.h"
#include "workspace/ServerProfiles.h"

#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QUuid>

using namespace pulse;
using namespace pulse::ui;

namespace {
constexpr int kWaitMs = 30000;

template<typename T> T wait(QFuture<T> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, kWaitMs))
        qFatal("the call did not finish");
    return future.result();
}

QUrl serverUrl(test::TestServer &server)
{
    return server.url(QString()).adjusted(QUrl::RemovePath | QUrl::RemoveQuery);
}

// Every file under the test's settings and data folders that holds text.
QByteArray everythingWrittenToDisk()
{
    QSettings().sync();
    QByteArray all;
    for (const auto location :
        { QStandardPaths::GenericConfigLocation, QStandardPaths::AppDataLocation, QStandardPaths::AppConfigLocation }) {
        QDirIterator it(QStandardPaths::writableLocation(location), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
    }
    return all;
}
} // namespace

class TestConnectServer final : public QObject {
    Q_OBJECT

    // A service name of the test's own, so nothing of the user's keychain is touched.
    Keychain m_keychain { QStringLiteral("pulse-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces) };

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("No D-Bus session: run through ./pulse.sh test, which starts one with an unlocked gnome-keyring.");
    }

    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("PulseConnectServerTest"));
        QSettings().clear();
    }

    void keychainRoundTrip()
    {
        const QString name = QStringLiteral("server-key:https://example.test");
        QVERIFY(wait(m_keychain.read(name)).notFound);
        const KeychainReply written = wait(m_keychain.write(name, QStringLiteral("psk_secret")));
        QVERIFY2(written.ok(), qPrintable(written.error));
        QCOMPARE(wait(m_keychain.read(name)).secret, QStringLiteral("psk_secret"));
        QVERIFY(wait(m_keychain.write(name, QStringLiteral("psk_other"))).ok()); // replaced, not added
        QCOMPARE(wait(m_keychain.read(name)).secret, QStringLiteral("psk_other"));
        QVERIFY(wait(m_keychain.remove(name)).ok());
        QVERIFY(wait(m_keychain.read(name)).notFound);
    }

    void connectingKeepsTheKeyOnlyInTheKeychain()
    {
        test::TestServer server;
        server.tw().addSite(QStringLiteral("example.com"));
        const QString secret = server.createKey(QStringLiteral("read"));

        ConnectServerDialog dialog(m_keychain);
        QSignalSpy checked(&dialog, &ConnectServerDialog::checked);
        dialog.urlEdit()->setText(serverUrl(server).toString() + QStringLiteral("/"));
        dialog.nameEdit()->setText(QStringLiteral("Staging"));
        dialog.keyEdit()->setText(secret);
        dialog.connectToServer();
        QVERIFY(checked.wait(kWaitMs));
        QCOMPARE(checked.first().first().toBool(), true);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const ServerProfile expected { QStringLiteral("Staging"), serverUrl(server) };
        QCOMPARE(dialog.profile(), expected);
        QCOMPARE(ServerProfiles::list(), QList<ServerProfile> { expected });
        QCOMPARE(wait(m_keychain.read(ServerProfiles::keychainName(expected.url))).secret, secret);
        QVERIFY(!everythingWrittenToDisk().contains(secret.toUtf8()));
        QVERIFY(everythingWrittenToDisk().contains(expected.url.toString().toUtf8()));

        // The next start opens the server from the keychain alone.
        QString error;
        std::unique_ptr<RemoteWorkspaceClient> client = RemoteWorkspaceClient::open(expected.url, m_keychain, &error);
        QVERIFY2(client, qPrintable(error));
        QVERIFY(!client->serverUrl().isEmpty());
        QCOMPARE(wait(client->sites()).size(), 1);

        QVERIFY(wait(m_keychain.remove(ServerProfiles::keychainName(expected.url))).ok());
        QVERIFY(!RemoteWorkspaceClient::open(expected.url, m_keychain, &error));
        QVERIFY2(error.contains(QStringLiteral("no key")), qPrintable(error));
    }

    void wrongKeyOrAddressKeepsNothing()
    {
        test::TestServer server;
        const QString secret = server.createKey(QStringLiteral("read"));

        ConnectServerDialog dialog(m_keychain);
        QSignalSpy checked(&dialog, &ConnectServerDialog::checked);
        dialog.urlEdit()->setText(serverUrl(server).toString());
        dialog.keyEdit()->setText(secret.left(secret.size() - 2) + QStringLiteral("zz"));
        dialog.connectToServer();
        QVERIFY(checked.wait(kWaitMs));
        QCOMPARE(checked.last().first().toBool(), false);
        QVERIFY2(dialog.messageLabel()->text().startsWith(QStringLiteral("The server refused")),
            qPrintable(dialog.messageLabel()->text()));
        QVERIFY(dialog.result() != int(QDialog::Accepted));

        dialog.urlEdit()->setText(QStringLiteral("ftp://example.com"));
        dialog.connectToServer(); // refused at once, before any request
        QCOMPARE(checked.last().first().toBool(), false);
        QVERIFY2(dialog.messageLabel()->text().contains(QStringLiteral("https://pulse.example.com")),
            qPrintable(dialog.messageLabel()->text()));

        dialog.urlEdit()->setText(serverUrl(server).toString());
        dialog.keyEdit()->clear();
        dialog.connectToServer();
        QVERIFY2(dialog.messageLabel()->text().contains(QStringLiteral("key create")),
            qPrintable(dialog.messageLabel()->text()));

        QTcpServer probe; // a port nothing listens on any more
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        dialog.urlEdit()->setText(QStringLiteral("http://127.0.0.1:%1").arg(port));
        dialog.keyEdit()->setText(secret);
        const int before = int(checked.count());
        dialog.connectToServer();
        QTRY_VERIFY_WITH_TIMEOUT(checked.count() > before, kWaitMs);
        QVERIFY2(dialog.messageLabel()->text().startsWith(QStringLiteral("The server could not be reached")),
            qPrintable(dialog.messageLabel()->text()));

        QVERIFY(ServerProfiles::list().isEmpty());
        QVERIFY(!everythingWrittenToDisk().contains(secret.toUtf8()));
    }

    void addressesAreNormalised()
    {
        QString error;
        QCOMPARE(ServerProfiles::normalizeUrl(QStringLiteral(" Pulse.Example.com "), &error),
            QUrl(QStringLiteral("https://pulse.example.com")));
        QCOMPARE(ServerProfiles::normalizeUrl(QStringLiteral("HTTPS://pulse.example.com:443/"), &error),
            QUrl(QStringLiteral("https://pulse.example.com")));
        QCOMPARE(ServerProfiles::normalizeUrl(QStringLiteral("http://10.0.0.5:8420/pulse/"), &error),
            QUrl(QStringLiteral("http://10.0.0.5:8420/pulse")));
        for (const char *bad :
            { "", "ftp://example.com", "https://user:pw@example.com", "https://example.com/?key=x", "http://" }) {
            error.clear();
            QVERIFY2(ServerProfiles::normalizeUrl(QString::fromLatin1(bad), &error).isEmpty(), bad);
            QVERIFY(!error.isEmpty());
        }
    }
};

QTEST_MAIN(TestConnectServer)
#include "TestConnectServer.moc"
