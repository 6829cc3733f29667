// The background jobs of the analyses: recomputing dynamic cohorts when their refresh interval has
// passed, storing each site's nightly retention snapshots after 02:00 in its zone, the daily data
// retention purge (RetentionPurge: at the first check, then once every 24 hours), queueing the
// scheduled exports that are due, and evaluating the alert rules that are due. A timer only
// paces the checks; whether a job is due is decided by the injected Clock, so tests call runDue()
// directly with a manual clock. Jobs run on the query pool, one at a time, never on the GUI or network
// thread.
#pragma once

#include <QObject>
#include <QTimer>

#include <atomic>

class QThreadPool;

namespace pulse {

class Alerts;
class ExportSchedules;
class Workspace;

class AnalysisScheduler final : public QObject {
    Q_OBJECT
public:
    AnalysisScheduler(Workspace &workspace, QThreadPool &pool, QObject *parent = nullptr);

    // Checks every intervalMs (default: a minute) from now on.
    void start(int intervalMs = 60 * 1000);
    void stop();
    // Scheduled exports to queue when due (none until set).
    void setExportSchedules(ExportSchedules *schedules) { m_exports = schedules; }
    // Alert rules to evaluate when due (none until set).
    void setAlerts(Alerts *alerts) { m_alerts = alerts; }
    // Runs whatever is due now on the calling thread; returns the cohorts and snapshots it computed,
    // the sites it purged events of, the exports it queued and the alert rules it evaluated.
    int runDue();

private:
    static constexpr qint64 kPurgeIntervalMs = 24 * 60 * 60 * 1000LL;

    Workspace &m_workspace;
    QThreadPool &m_pool;
    ExportSchedules *m_exports = nullptr;
    Alerts *m_alerts = nullptr;
    QTimer m_timer;
    std::atomic<bool> m_running { false };
    qint64 m_lastPurgeMs = 0; // 0: not yet; runDue() runs on one thread at a time
};

} // namespace pulse
