// Secret keys: their format and checksum, hashing with the pepper, expiry, revocation, and that no
// plaintext secret is ever written to the workspace.
#include "access/KeyStore.h"
#include "access/SecretKey.h"
#include "support/TestWorkspace.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace pulse;
using namespace pulse::test;

class TestKeyStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void secretsHaveThePrefixLengthAndChecksum()
    {
        const QString secret = SecretKey::generateSecret();
        QVERIFY(secret.startsWith(QLatin1String("psk_")));
        QCOMPARE(secret.size(), 4 + SecretKey::kBodyLength + SecretKey::kChecksumLength);
        QVERIFY(SecretKey::isWellFormed(secret));
        QVERIFY(SecretKey::generateSecret() != secret);
        // One mistyped character anywhere is caught by the checksum.
        for (int i = 4; i < secret.size(); ++i) {
            QString typo = secret;
            typo[i] = typo[i] == QLatin1Char('a') ? QLatin1Char('b') : QLatin1Char('a');
            QVERIFY2(!SecretKey::isWellFormed(typo), qPrintable(typo));
        }
        QVERIFY(!SecretKey::isWellFormed(secret.chopped(1)));
        QVERIFY(!SecretKey::isWellFormed(QString()));
        QVERIFY(!SecretKey::isWellFormed(QString(QStringLiteral("psk_") + QString(38, QChar(0x00e9)))));
    }

    void scopesParseAndExplainUnknownNames()
    {
        QString error;
        QCOMPARE(SecretKey::parseScopes(QStringLiteral("read, write"), &error), int(Scope::Read) | int(Scope::Write));
        QCOMPARE(SecretKey::parseScopes(QStringLiteral("reed"), &error), -1);
        QVERIFY(error.contains(QLatin1String("reed")) && error.contains(QLatin1String("read")));
        QCOMPARE(SecretKey::parseScopes(QString(), &error), -1);
        QVERIFY(SecretKey::allows(int(Scope::Admin), Scope::Export));
        QVERIFY(!SecretKey::allows(int(Scope::Read), Scope::Write));
    }

    void createdKeysVerifyAndNoSecretIsStored()
    {
        TestWorkspace tw;
        const KeyStore::Created created
            = tw.workspace().keys().create(QStringLiteral("ci"), int(Scope::Read), 0, 0);
        ApiKey key;
        QCOMPARE(tw.workspace().keys().verify(created.secret, &key), KeyStore::Verdict::Ok);
        QCOMPARE(key.id, created.key.id);
        QCOMPARE(key.scopes, int(Scope::Read));
        QCOMPARE(tw.workspace().keys().verify(SecretKey::generateSecret(), &key), KeyStore::Verdict::Unknown);
        QCOMPARE(tw.workspace().keys().verify(u"psk_nonsense", &key), KeyStore::Verdict::Malformed);

        tw.workspace().close();
        const QByteArray body = created.secret.mid(4).toLatin1();
        QDirIterator it(tw.dataDir(), QDir::Files);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(body), qPrintable(file.fileName()));
        }
    }

    void expiryAndRevocationTakeEffectAtOnce()
    {
        TestWorkspace tw;
        KeyStore &keys = tw.workspace().keys();
        const KeyStore::Created expiring = keys.create(QStringLiteral("temp"), int(Scope::Read), 0, tw.clock().nowMs() + 1000);
        ApiKey key;
        QCOMPARE(keys.verify(expiring.secret, &key), KeyStore::Verdict::Ok);
        tw.clock().advanceMs(1000);
        QCOMPARE(keys.verify(expiring.secret, &key), KeyStore::Verdict::Expired);

        const KeyStore::Created revoked = keys.create(QStringLiteral("gone"), int(Scope::Read), 0, 0);
        QCOMPARE(keys.verify(revoked.secret, &key), KeyStore::Verdict::Ok); // now cached
        QVERIFY(keys.revoke(revoked.key.id));
        QCOMPARE(keys.verify(revoked.secret, &key), KeyStore::Verdict::Revoked);
        QVERIFY(!keys.revoke(revoked.key.id));
    }

    void thePepperIsPrivateAndKeptAcrossRestarts()
    {
        TestWorkspace tw;
        const KeyStore::Created created = tw.workspace().keys().create(QStringLiteral("a"), int(Scope::Read), 0, 0);
        const QFile::Permissions perms = QFile::permissions(QDir(tw.dataDir()).filePath(QStringLiteral("pepper")));
        QCOMPARE(perms & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther), QFile::Permissions());
        tw.reopen();
        ApiKey key;
        QCOMPARE(tw.workspace().keys().verify(created.secret, &key), KeyStore::Verdict::Ok);
    }
};

QTEST_GUILESS_MAIN(TestKeyStore)
#include "TestKeyStore.moc"
