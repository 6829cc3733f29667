#include "storage/Workspace.h"

#include "analytics/AnalysisEngine.h"
#include "analytics/cohort/CohortService.h"
#include "analytics/cohort/CohortStore.h"
#include "analytics/funnel/FunnelStore.h"
#include "analytics/retention/RetentionReportStore.h"
#include "analytics/retention/RetentionSnapshots.h"
#include "projection/ProjectionStore.h"

#include "access/KeyStore.h"
#include "access/SessionStore.h"
#include "access/SiteStore.h"
#include "core/Clock.h"
#include "storage/EventWriter.h"
#include "storage/ReadPool.h"
#include "storage/Sqlite.h"
#include "webhooks/WebhookEndpointStore.h"
#include "webhooks/WebhookOutbox.h"

#include <QDir>
#include <QLockFile>
#include <QStandardPaths>

namespace pulse {

Workspace::Workspace(const Clock &clock) : m_clock(clock) { }

Workspace::~Workspace()
{
    close();
}

QString Workspace::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString Workspace::databasePath() const
{
    return QDir(m_options.dataDir).filePath(QStringLiteral("pulse.db"));
}

bool Workspace::isOpen() const
{
    return m_writer && m_writer->isRunning();
}

bool Workspace::open(const WorkspaceOptions &options, QString *error)
{
    close();
    m_options = options;
    if (m_options.dataDir.isEmpty())
        m_options.dataDir = defaultDataDir();
    m_options.dataDir = QDir(m_options.dataDir).absolutePath();
    if (!QDir().mkpath(m_options.dataDir)) {
        *error
            = QStringLiteral("cannot create the data folder %1; choose another with --data-dir").arg(m_options.dataDir);
        return false;
    }

    m_lock = std::make_unique<QLockFile>(QDir(m_options.dataDir).filePath(QStringLiteral("pulse.lock")));
    m_lock->setStaleLockTime(0); // a lock whose process died is stale at once
    if (!m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        m_lock->getLockInfo(&pid, &host, &app);
        *error = QStringLiteral("the workspace %1 is in use by %2 (process %3); stop it first, or use another "
                                "--data-dir")
                     .arg(m_options.dataDir, app.isEmpty() ? QStringLiteral("another Pulse") : app)
                     .arg(pid);
        m_lock.reset();
        return false;
    }

    // A restore staged by the running workbench is swapped in now: under the lock, before anything
    // opens the database.
    m_restoreOutcome = WorkspaceBackup::applyPendingRestore(m_options.dataDir, m_clock);

    QString pepperError;
    QByteArray pepper = m_options.pepperSource && qEnvironmentVariableIsEmpty("PULSE_PEPPER")
        ? m_options.pepperSource(&pepperError)
        : KeyStore::loadOrCreatePepper(m_options.dataDir, &pepperError);
    if (pepper.isEmpty()) {
        *error = pepperError;
        close();
        return false;
    }

    try {
        EventWriter::Options writerOptions;
        writerOptions.durable = m_options.durable;
        writerOptions.maxBatchEvents = m_options.maxBatchEvents;
        writerOptions.limits = m_options.limits;
        m_writer = std::make_unique<EventWriter>(databasePath(), writerOptions, m_clock);
        m_writer->start();
        m_reads = std::make_unique<ReadPool>(databasePath(), m_options.readConnections);
        m_sites = std::make_unique<SiteStore>(*m_writer, *m_reads, m_clock);
        m_sites->reload();
        m_keys = std::make_unique<KeyStore>(*m_writer, *m_reads, std::move(pepper), m_clock);
        m_sessions = std::make_unique<SessionStore>(*m_writer, *m_reads, *m_keys, m_clock);
        m_funnels = std::make_unique<FunnelStore>(*m_writer, *m_reads, m_clock);
        // The projection builds on its own thread; analyses wait for it, ingestion does not.
        m_projections = std::make_unique<ProjectionStore>(
            *m_writer, *m_reads, m_options.dataDir + QStringLiteral("/projection.snapshot"));
        if (m_options.projectionAtOpen)
            m_projections->start();
        m_analysis = std::make_unique<AnalysisEngine>(*m_projections);
        m_cohortStore = std::make_unique<CohortStore>(*m_writer, *m_reads, m_clock);
        m_snapshots = std::make_unique<RetentionSnapshots>(*m_writer, *m_reads, *m_projections);
        m_retentionReports = std::make_unique<RetentionReportStore>(*m_writer, *m_reads, m_clock);
        m_cohorts = std::make_unique<CohortService>(
            *m_cohortStore, *m_sites, *m_projections, *m_analysis, *m_snapshots, *m_retentionReports, m_clock);
        m_webhookEndpoints = std::make_unique<WebhookEndpointStore>(*m_writer, *m_reads, m_clock);
        m_webhooks = std::make_unique<WebhookOutbox>(*m_writer, *m_reads, m_clock);
    } catch (const SqlError &e) {
        *error = QStringLiteral("cannot open the workspace database %1: %2")
                     .arg(databasePath(), QString::fromUtf8(e.what()));
        close();
        return false;
    }
    return true;
}

void Workspace::close()
{
    m_webhooks.reset();
    m_webhookEndpoints.reset();
    m_cohorts.reset();
    m_retentionReports.reset();
    m_cohortStore.reset();
    m_snapshots.reset();
    m_analysis.reset();
    if (m_projections)
        m_projections->stop();
    m_projections.reset();
    m_funnels.reset();
    m_sessions.reset();
    if (m_keys)
        m_keys->flushUsage(); // queued before the writer stops, so the last minute of usage is kept
    m_keys.reset();
    m_sites.reset();
    if (m_writer)
        m_writer->stop();
    m_reads.reset();
    m_writer.reset();
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
}

} // namespace pulse
