#include "scheduler/AnalysisScheduler.h"

#include "alerts/Alerts.h"
#include "analytics/cohort/CohortService.h"
#include "core/Clock.h"
#include "export/ExportSchedules.h"
#include "storage/RetentionPurge.h"
#include "storage/Sqlite.h"
#include "storage/Workspace.h"

#include <QThreadPool>
#include <QtGlobal>

#include <stdexcept>

namespace pulse {

AnalysisScheduler::AnalysisScheduler(Workspace &workspace, QThreadPool &pool, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_pool(pool)
{
    connect(&m_timer, &QTimer::timeout, this, [this] {
        // A slow job (a large site's cohorts) is not started twice.
        if (m_running.exchange(true))
            return;
        m_pool.start([this] {
            runDue();
            m_running = false;
        });
    });
}

void AnalysisScheduler::start(int intervalMs)
{
    m_timer.start(intervalMs);
}

void AnalysisScheduler::stop()
{
    m_timer.stop();
}

int AnalysisScheduler::runDue()
{
    try {
        int done = 0;
        const qint64 now = m_workspace.clock().nowMs();
        if (m_lastPurgeMs == 0 || now - m_lastPurgeMs >= kPurgeIntervalMs) {
            // Before the analyses, so the snapshots taken today already leave out what expired.
            done += int(RetentionPurge(m_workspace).run(now).sites.size());
            m_lastPurgeMs = now;
        }
        return done + m_workspace.cohorts().refreshDue() + m_workspace.cohorts().snapshotDue()
            + (m_exports ? m_exports->runDue() : 0) + (m_alerts ? m_alerts->evaluateDue() : 0);
    } catch (const std::exception &e) {
        // A busy or failing database must not take the service down; the next check tries again.
        qWarning("pulse: scheduled analyses failed, retrying at the next check: %s", e.what());
        return 0;
    }
}

} // namespace pulse
