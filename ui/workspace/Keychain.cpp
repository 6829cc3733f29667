#include "workspace/Keychain.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QPromise>

#include <memory>

namespace pulse::ui {

namespace {
// Starts job and answers its outcome once it finishes; the job deletes itself afterwards.
QFuture<KeychainReply> run(QKeychain::Job *job, bool isRead)
{
    auto promise = std::make_shared<QPromise<KeychainReply>>();
    promise->start();
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, job, [promise, isRead](QKeychain::Job *done) {
        KeychainReply reply;
        if (done->error() == QKeychain::EntryNotFound && isRead) {
            reply.notFound = true;
        } else if (done->error() != QKeychain::NoError) {
            reply.error = Keychain::tr("The system keychain refused: %1").arg(done->errorString());
        } else if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done)) {
            reply.secret = read->textData();
        }
        promise->addResult(reply);
        promise->finish();
    });
    job->start();
    return promise->future();
}
} // namespace

Keychain::Keychain(const QString &service) : m_service(service) { }

QFuture<KeychainReply> Keychain::read(const QString &name) const
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(name);
    return run(job, true);
}

QFuture<KeychainReply> Keychain::write(const QString &name, const QString &secret) const
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(name);
    job->setTextData(secret);
    return run(job, false);
}

QFuture<KeychainReply> Keychain::remove(const QString &name) const
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(name);
    return run(job, false);
}

KeychainReply Keychain::wait(const QFuture<KeychainReply> &answer)
{
    QFutureWatcher<KeychainReply> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(answer);
    if (!answer.isFinished())
        loop.exec();
    return answer.resultCount() > 0 ? answer.result()
                                    : KeychainReply { {}, tr("The system keychain did not answer."), false };
}

} // namespace pulse::ui
