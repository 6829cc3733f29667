// Secrets of the desktop app (remote servers' keys) in the operating system's keychain through
// QtKeychain: the macOS Keychain, the Windows Credential Manager, the Secret Service on Linux. Never
// a file: QtKeychain's plain-text fallback stays off, so without a keychain the call fails and says so.
#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QString>

namespace pulse::ui {

struct KeychainReply {
    QString secret; // what read() found
    QString error; // empty on success; else why the keychain refused, for people
    bool notFound = false; // read(): nothing stored under the name
    bool ok() const { return error.isEmpty(); }
};

class Keychain final {
    Q_DECLARE_TR_FUNCTIONS(Keychain)
public:
    // service: the application's name in the keychain ("Pulse"); tests use their own.
    explicit Keychain(const QString &service);

    QFuture<KeychainReply> read(const QString &name) const;
    QFuture<KeychainReply> write(const QString &name, const QString &secret) const;
    QFuture<KeychainReply> remove(const QString &name) const;

    // Runs a local event loop until the keychain answers: for the few places that cannot go on
    // without the answer (opening a workspace).
    static KeychainReply wait(const QFuture<KeychainReply> &answer);

private:
    QString m_service;
};

} // namespace pulse::ui
