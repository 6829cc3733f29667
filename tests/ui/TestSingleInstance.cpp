// One workbench per workspace: a second launch finds the first through the local socket named after
// the data folder and asks it to come to the front; other folders are independent.
#include "SingleInstance.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using pulse::ui::SingleInstance;

class TestSingleInstance final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void secondLaunchActivatesTheFirst();
};

void TestSingleInstance::secondLaunchActivatesTheFirst()
{
    QTemporaryDir dir;
    QTemporaryDir other;
    QCOMPARE(SingleInstance::serverName(dir.path()), SingleInstance::serverName(dir.path() + QStringLiteral("/.")));
    QVERIFY(SingleInstance::serverName(dir.path()) != SingleInstance::serverName(other.path()));

    SingleInstance first(dir.path());
    QVERIFY(!first.notifyRunning(200)); // nobody there yet
    QVERIFY(first.listen());
    QSignalSpy activated(&first, &SingleInstance::activationRequested);

    // The second launch runs in this process here; its blocking handshake is served once the
    // event loop turns, so run it from a queued call and wait for the signal.
    bool found = false;
    QMetaObject::invokeMethod(this, [&] {
        SingleInstance second(dir.path());
        found = second.notifyRunning(2000);
    }, Qt::QueuedConnection);
    QVERIFY(activated.wait(5000));
    QVERIFY(found);
    QVERIFY(!SingleInstance(other.path()).notifyRunning(200));
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "TestSingleInstance.moc"
