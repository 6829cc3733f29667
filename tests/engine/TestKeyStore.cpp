// Secret keys: their format and checksum, hashing with the pepper, expiry, revocation, and that no
// plaintext secret is ever written to the workspace.
#include "access/KeyStore.h"
#include "access/SecretKey.h"
#include "core/Clock.h"
#include "storage/Sqlite.h"
#include "storage/Workspace.h"
#include "support/TestWorkspace.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pulse;
using namespace pulse::test;

class TestKeyStore : public QObject {
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
        const KeyStore::Created created = tw.workspace().keys().create(QStringLiteral("ci"), int(Scope::Read), 0, 0);
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
        const KeyStore::Created expiring
            = keys.create(QStringLiteral("temp"), int(Scope::Read), 0, tw.clock().nowMs() + 1000);
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

    void rotationKeepsTheOldSecretForTheGracePeriodOnly()
    {
        TestWorkspace tw;
        KeyStore &keys = tw.workspace().keys();
        const KeyStore::Created original = keys.create(QStringLiteral("ci"), int(Scope::Read), 0, 0);
        ApiKey key;
        QCOMPARE(keys.verify(original.secret, &key), KeyStore::Verdict::Ok); // cached before the rotation

        const std::optional<KeyStore::Created> rotated = keys.rotate(original.key.id, 10 * 60 * 1000);
        QVERIFY(rotated.has_value());
        QVERIFY(rotated->secret != original.secret);
        QCOMPARE(rotated->key.id, original.key.id); // the same record: name, scopes and usage carry over
        QCOMPARE(rotated->key.name, QStringLiteral("ci"));
        QCOMPARE(rotated->key.prefix, SecretKey::displayPrefix(rotated->secret));
        QCOMPARE(rotated->key.previousExpiresAtMs, tw.clock().nowMs() + 10 * 60 * 1000);
        QCOMPARE(keys.verify(rotated->secret, &key), KeyStore::Verdict::Ok);
        QCOMPARE(key.id, original.key.id);
        QCOMPARE(keys.verify(original.secret, &key), KeyStore::Verdict::Ok);

        tw.clock().advanceMs(10 * 60 * 1000 - 1);
        QCOMPARE(keys.verify(original.secret, &key), KeyStore::Verdict::Ok);
        tw.clock().advanceMs(1);
        QCOMPARE(keys.verify(original.secret, &key), KeyStore::Verdict::Expired);
        QCOMPARE(keys.verify(rotated->secret, &key), KeyStore::Verdict::Ok);

        // Without a grace period the replaced secret stops at once, even though it was cached.
        const std::optional<KeyStore::Created> again = keys.rotate(original.key.id, 0);
        QVERIFY(again.has_value());
        QCOMPARE(keys.verify(rotated->secret, &key), KeyStore::Verdict::Expired);
        QCOMPARE(keys.verify(original.secret, &key), KeyStore::Verdict::Unknown);
        QCOMPARE(keys.verify(again->secret, &key), KeyStore::Verdict::Ok);

        QVERIFY(!keys.rotate(9999, 0).has_value());
    }

    void revocationDuringTheGracePeriodStopsBothSecrets()
    {
        TestWorkspace tw;
        KeyStore &keys = tw.workspace().keys();
        const KeyStore::Created original = keys.create(QStringLiteral("ci"), int(Scope::Read), 0, 0);
        const std::optional<KeyStore::Created> rotated = keys.rotate(original.key.id, 3600 * 1000);
        ApiKey key;
        QCOMPARE(keys.verify(original.secret, &key), KeyStore::Verdict::Ok);
        QCOMPARE(keys.verify(rotated->secret, &key), KeyStore::Verdict::Ok);
        QVERIFY(keys.revoke(original.key.id));
        QCOMPARE(keys.verify(original.secret, &key), KeyStore::Verdict::Revoked);
        QCOMPARE(keys.verify(rotated->secret, &key), KeyStore::Verdict::Revoked);
        QVERIFY(!keys.rotate(original.key.id, 0).has_value()); // a revoked key is not brought back
    }

    void usageIsWrittenInBatchesAtMostOnceAMinute()
    {
        TestWorkspace tw;
        KeyStore &keys = tw.workspace().keys();
        const KeyStore::Created a = keys.create(QStringLiteral("a"), int(Scope::Read), 0, 0);
        const KeyStore::Created b = keys.create(QStringLiteral("b"), int(Scope::Read), 0, 0);
        const auto stored = [&tw](qint64 id) {
            tw.workspace().writer().execute([](SqliteDatabase &) {}); // runs after every posted write
            return tw.count(QStringLiteral("SELECT use_count FROM api_keys WHERE id = %1").arg(id));
        };
        const qint64 start = tw.clock().nowMs();
        ApiKey key;
        for (int i = 0; i < 50; ++i) {
            QCOMPARE(keys.verify(a.secret, &key), KeyStore::Verdict::Ok);
            tw.clock().advanceMs(1000);
        }
        QCOMPARE(keys.verify(b.secret, &key), KeyStore::Verdict::Ok);
        QCOMPARE(stored(a.key.id), 0); // nothing written yet: fifty uses, one minute not over
        // Listings and verify() see the pending usage all the same.
        QCOMPARE(keys.byId(a.key.id)->useCount, 50);
        QCOMPARE(keys.byId(a.key.id)->lastUsedAtMs, start + 49 * 1000);
        QCOMPARE(key.useCount, 1);

        tw.clock().advanceMs(10 * 1000); // a minute after the first use
        QCOMPARE(keys.verify(a.secret, &key), KeyStore::Verdict::Ok);
        QCOMPARE(stored(a.key.id), 51);
        QCOMPARE(stored(b.key.id), 1);
        QCOMPARE(tw.count(QStringLiteral("SELECT last_used_at FROM api_keys WHERE id = %1").arg(a.key.id)),
            tw.clock().nowMs());
        QCOMPARE(keys.byId(a.key.id)->useCount, 51);

        // What is pending when the workspace closes is kept.
        QCOMPARE(keys.verify(b.secret, &key), KeyStore::Verdict::Ok);
        tw.reopen();
        QCOMPARE(tw.workspace().keys().byId(b.key.id)->useCount, 2);
    }

    void noPlaintextSecretInTheDatabaseOrItsWalAfterCreatingAndRotating()
    {
        TestWorkspace tw;
        KeyStore &keys = tw.workspace().keys();
        QStringList secrets;
        for (int i = 0; i < 5; ++i) {
            const KeyStore::Created created = keys.create(QStringLiteral("k%1").arg(i), int(Scope::Admin), 0, 0);
            secrets << created.secret;
            ApiKey key;
            QCOMPARE(keys.verify(created.secret, &key), KeyStore::Verdict::Ok);
            secrets << keys.rotate(created.key.id, 60 * 1000)->secret;
        }
        keys.flushUsage();
        tw.workspace().writer().execute([](SqliteDatabase &) {});
        const QString db = tw.workspace().databasePath();
        const auto scan = [&secrets](const QString &path) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return QStringLiteral("cannot read %1").arg(path);
            const QByteArray bytes = file.readAll();
            for (const QString &secret : secrets) {
                // The random body: the stored prefix shows only its first characters.
                if (bytes.contains(secret.mid(4).toLatin1()) || bytes.contains(secret.toUtf8()))
                    return QStringLiteral("%1 holds a secret").arg(path);
            }
            return QString();
        };
        QVERIFY(QFile::exists(db + QStringLiteral("-wal")));
        QCOMPARE(scan(db), QString());
        QCOMPARE(scan(db + QStringLiteral("-wal")), QString());
        tw.workspace().close(); // checkpointed into the main file
        QCOMPARE(scan(db), QString());
    }

    void thePepperIsPrivateAndKeptAcrossRestarts()
    {
        TestWorkspace tw;
        const KeyStore::Created created = tw.workspace().keys().create(QStringLiteral("a"), int(Scope::Read), 0, 0);
        const QFile::Permissions perms = QFile::permissions(QDir(tw.dataDir()).filePath(QStringLiteral("pepper")));
        QCOMPARE(perms & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
            QFile::Permissions());
        tw.reopen();
        ApiKey key;
        QCOMPARE(tw.workspace().keys().verify(created.secret, &key), KeyStore::Verdict::Ok);
    }

    // The desktop supplies the pepper from its keychain: no pepper file appears in the folder, and keys
    // verify across restarts as long as the same pepper comes back.
    void aSuppliedPepperIsUsedAndNeverWrittenToTheFolder()
    {
        const QByteArray supplied = KeyStore::generatePepper();
        QCOMPARE(supplied.size(), 32);
        QVERIFY(supplied != KeyStore::generatePepper());
        int asked = 0;
        WorkspaceOptions options;
        options.pepperSource = [&](QString *) {
            ++asked;
            return supplied;
        };
        TestWorkspace tw(1704067200000, options);
        QCOMPARE(asked, 1);
        const KeyStore::Created created = tw.workspace().keys().create(QStringLiteral("a"), int(Scope::Read), 0, 0);
        QVERIFY(!QFile::exists(QDir(tw.dataDir()).filePath(QStringLiteral("pepper"))));
        tw.reopen();
        QCOMPARE(asked, 2);
        QCOMPARE(tw.workspace().keys().verify(created.secret, nullptr), KeyStore::Verdict::Ok);
    }

    void aPepperSourceThatFailsStopsTheOpenWithItsReason()
    {
        QTemporaryDir dir;
        WorkspaceOptions options;
        options.dataDir = dir.path();
        options.pepperSource = [](QString *error) {
            *error = QStringLiteral("the keychain is locked");
            return QByteArray();
        };
        ManualClock clock(1704067200000);
        Workspace workspace(clock);
        QString error;
        QVERIFY(!workspace.open(options, &error));
        QCOMPARE(error, QStringLiteral("the keychain is locked"));
        QVERIFY(!workspace.isOpen());
    }

    // pulse-server on a folder whose pepper is in the desktop's keychain: refused with what to do,
    // instead of a new pepper that would disable every key made so far.
    void aFolderWhosePepperIsInAKeychainIsNotGivenANewOne()
    {
        QTemporaryDir dir;
        QFile marker(QDir(dir.path()).filePath(KeyStore::keychainMarkerName()));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.write("pepper-00000000-0000-0000-0000-000000000000\n");
        marker.close();
        QString error;
        QVERIFY(KeyStore::loadOrCreatePepper(dir.path(), &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("PULSE_PEPPER")) && error.contains(QLatin1String("Copy the pepper")),
            qPrintable(error));
        QVERIFY(!QFile::exists(QDir(dir.path()).filePath(QStringLiteral("pepper"))));

        // With PULSE_PEPPER the server opens it: the text as it is, or the bytes after "base64:" (the form
        // the workbench's Copy the pepper gives).
        qputenv("PULSE_PEPPER", "a pepper given as plain text");
        QCOMPARE(KeyStore::loadOrCreatePepper(dir.path(), &error), QByteArray("a pepper given as plain text"));
        const QByteArray bytes = KeyStore::generatePepper();
        qputenv("PULSE_PEPPER", "base64:" + bytes.toBase64());
        QCOMPARE(KeyStore::loadOrCreatePepper(dir.path(), &error), bytes);
        qputenv("PULSE_PEPPER", "base64:not*base64");
        QVERIFY(KeyStore::loadOrCreatePepper(dir.path(), &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("not base64")), qPrintable(error));
        qputenv("PULSE_PEPPER", "base64:c2hvcnQ=");
        QVERIFY(KeyStore::loadOrCreatePepper(dir.path(), &error).isEmpty());
        qunsetenv("PULSE_PEPPER");
    }
};

QTEST_GUILESS_MAIN(TestKeyStore)
#include "TestKeyStore.moc"
