// Tells the user when an alert fires while the workbench runs: every minute it reads the newest
// firings of every site, and each one it has not seen yet becomes a system-tray message ("Busy hour
// fired on example.com: Pageviews over 1 h is 10, above 5"). Firings from before the workbench
// started are not announced. Can be switched off (Settings menu); without a system tray the messages
// are only emitted as a signal.
#pragma once

#include "workspace/WorkspaceClient.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

class QSystemTrayIcon;

namespace pulse::ui {

class AlertNotifier final : public QObject {
    Q_OBJECT
public:
    static constexpr int kPollMs = 60 * 1000;

    explicit AlertNotifier(WorkspaceClient &client, QObject *parent = nullptr);
    ~AlertNotifier() override;

    bool isEnabled() const { return m_enabled; }
    // Stored in the settings; on by default.
    void setEnabled(bool enabled);
    // Reads the sites' newest firings now (the timer does it every kPollMs).
    void poll();

Q_SIGNALS:
    // One firing not announced before (also shown in the system tray when there is one).
    void notified(const QString &title, const QString &message);
    // A poll finished for every site.
    void polled();

private:
    void pollSite(const Site &site, const std::shared_ptr<int> &pending);

    WorkspaceClient &m_client;
    QTimer m_timer;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_enabled = true;
    QHash<qint64, qint64> m_lastSeen; // site -> the newest alert event id already seen
};

} // namespace pulse::ui
