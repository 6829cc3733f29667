// A workspace is one data folder: the SQLite file, the pepper and a lock that keeps a second Pulse
// process (desktop, server or CLI) from opening it as a second writer. It owns the writer, the read
// connections and the site and key stores, and is what every face of Pulse opens first.
#pragma once

#include "ingest/IngestLimits.h"
#include "storage/WorkspaceBackup.h"

#include <QString>

#include <functional>

#include <memory>

class QLockFile;

namespace pulse {

class AnalysisEngine;
class Clock;
class CohortService;
class CohortStore;
class RetentionReportStore;
class RetentionSnapshots;
class EventWriter;
class FunnelStore;
class KeyStore;
class ProjectionStore;
class ReadPool;
class SessionStore;
class SiteStore;
class WebhookEndpointStore;
class WebhookOutbox;

struct WorkspaceOptions {
    QString dataDir;
    // synchronous=FULL (survives power loss) instead of NORMAL (survives crashes, may lose the last
    // commits on power loss). Fixed for the life of the writer: SQLite refuses to change the safety
    // level inside a transaction, and every writer job runs in one.
    bool durable = false;
    int maxBatchEvents = 1000;
    int readConnections = 4;
    // Build the in-memory projection at open (a server, the desktop). Commands that only read or
    // write rows (a raw export, listing sites) open without it: it is built at the first analysis
    // instead, and they neither wait for it nor hold its memory (about 24 bytes an event).
    bool projectionAtOpen = true;
    IngestLimits limits;
    // Where the pepper comes from when not from $PULSE_PEPPER or the data folder's pepper file
    // (KeyStore::loadOrCreatePepper): the desktop keeps it in the system keychain and supplies it here.
    // Called under the workspace lock, after a staged restore is swapped in, so whatever it does to
    // the data folder (moving a restored pepper file into the keychain) races with no other Pulse.
    // An empty answer fails the open with *error.
    std::function<QByteArray(QString *error)> pepperSource;
};

class Workspace final {
public:
    explicit Workspace(const Clock &clock);
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    // The standard data folder (QStandardPaths::AppDataLocation), used when none is given.
    static QString defaultDataDir();

    // Creates the folder when needed, takes the lock, opens and migrates the database and starts
    // the writer. On failure returns false and sets error to what the user should do.
    bool open(const WorkspaceOptions &options, QString *error);
    // Commits everything queued, checkpoints and releases the lock.
    void close();
    bool isOpen() const;
    // What open() did with a restore staged by WorkspaceBackup: the caller tells the user.
    const RestoreOutcome &restoreOutcome() const { return m_restoreOutcome; }

    QString dataDir() const { return m_options.dataDir; }
    QString databasePath() const;
    const WorkspaceOptions &options() const { return m_options; }
    const Clock &clock() const { return m_clock; }
    EventWriter &writer() { return *m_writer; }
    ReadPool &reads() { return *m_reads; }
    SiteStore &sites() { return *m_sites; }
    KeyStore &keys() { return *m_keys; }
    // Session tokens exchanged for secret keys (docs/sites-and-keys.md, "Sessions").
    SessionStore &sessions() { return *m_sessions; }
    FunnelStore &funnels() { return *m_funnels; }
    RetentionReportStore &retentionReports() { return *m_retentionReports; }
    // Saved cohorts, their computation and their use as filters (docs/cohorts.md).
    CohortService &cohorts() { return *m_cohorts; }
    // Funnels, catalog and per-bucket counts over the in-memory projection (ARCHITECTURE.md, Analytics).
    AnalysisEngine &analysis() { return *m_analysis; }
    ProjectionStore &projections() { return *m_projections; }
    // Webhook endpoints and the durable outbox every feature enqueues its events to (docs/webhooks.md).
    WebhookEndpointStore &webhookEndpoints() { return *m_webhookEndpoints; }
    WebhookOutbox &webhooks() { return *m_webhooks; }

private:
    const Clock &m_clock;
    WorkspaceOptions m_options;
    std::unique_ptr<QLockFile> m_lock;
    RestoreOutcome m_restoreOutcome;
    std::unique_ptr<EventWriter> m_writer;
    std::unique_ptr<ReadPool> m_reads;
    std::unique_ptr<SiteStore> m_sites;
    std::unique_ptr<KeyStore> m_keys;
    std::unique_ptr<SessionStore> m_sessions;
    std::unique_ptr<FunnelStore> m_funnels;
    std::unique_ptr<ProjectionStore> m_projections;
    std::unique_ptr<AnalysisEngine> m_analysis;
    std::unique_ptr<CohortStore> m_cohortStore;
    std::unique_ptr<RetentionSnapshots> m_snapshots;
    std::unique_ptr<RetentionReportStore> m_retentionReports;
    std::unique_ptr<CohortService> m_cohorts;
    std::unique_ptr<WebhookEndpointStore> m_webhookEndpoints;
    std::unique_ptr<WebhookOutbox> m_webhooks;
};

} // namespace pulse
