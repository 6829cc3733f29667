// One running workbench per workspace. The first instance listens on a local socket named after the
// data folder; a second launch finds it, asks it to come to the front and exits. (The workspace lock
// is the hard guarantee; this makes the second launch friendly instead of an error.)
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace pulse::ui {

class SingleInstance final : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The socket name for dataDir: stable, short (socket paths are limited) and free of separators.
    static QString serverName(const QString &dataDir);
    // True when another instance answered and was asked to activate itself.
    bool notifyRunning(int timeoutMs = 1000);
    // Starts listening; removes a stale socket left by a crashed instance.
    bool listen();

Q_SIGNALS:
    void activationRequested();

private:
    void onConnection();

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace pulse::ui
