// Wires one open Workspace to the network: the HTTP server, the REST and collector routes, the live
// stream, the validator and the query pool. The desktop app runs one in-process; pulse-server runs
// one alone.
#pragma once

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <memory>

namespace pulse {

class Alerts;
class AnalysisScheduler;
class Clock;
class EventValidator;
class EventWriter;
class FailedAuthLimiter;
class IngestQuota;
class HttpServer;
class ExportJobs;
class ExportSchedules;
class ImportJobs;
class LiveAggregator;
class RestApi;
class ServerMetrics;
class StreamServer;
class VisitorHasher;
class WebhookDispatcher;
class Workspace;
struct ApiContext;

struct ServiceOptions {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8420;
    bool trustProxy = false;
    int queryThreads = 2;
    // How often the scheduler checks for due cohort refreshes and nightly snapshots; 0: never (tests).
    int schedulerIntervalMs = 60 * 1000;
    // Largest import upload (POST /api/v1/imports) in bytes as sent, gzip or not: --max-import-bytes.
    qint64 maxImportBytes = qint64(1) << 30;
    int importBatchRows = 1000; // rows per import transaction (and progress checkpoint)
    // Webhook delivery (docs/webhooks.md): send to private, loopback and link-local addresses too
    // (--webhooks-allow-local), the time one attempt may take, and how often due deliveries are
    // looked for (0: only when something is enqueued, and by tests through the dispatcher's runDue()).
    bool webhooksAllowLocal = false;
    int webhookTimeoutMs = 10 * 1000;
    int webhookPollMs = 1000;
    // The live stream (docs/stream.md): aggregates and pings every streamIntervalMs (--stream-interval);
    // streamAutoTick false leaves the ticks to the caller (tests call stream().tick()).
    qint64 streamIntervalMs = 10 * 1000;
    bool streamAutoTick = true;
    // How long a session token lasts (--session-ttl; docs/sites-and-keys.md, "Sessions").
    qint64 sessionTtlMs = 15 * 60 * 1000;
};

class ServiceHost final : public QObject {
    Q_OBJECT
public:
    ServiceHost(Workspace &workspace, const Clock &clock, QObject *parent = nullptr);
    ~ServiceHost() override;

    // The live figures the stream sends, if the caller already keeps them (the desktop's Live page):
    // call before start(). Otherwise start() makes its own, fed by the workspace's writer.
    void useLiveAggregator(LiveAggregator &live);
    // Starts listening; on failure returns false with a message that says what to change.
    bool start(const ServiceOptions &options, QString *error);
    quint16 port() const;
    QHostAddress address() const { return m_options.address; }
    // Whether the collector listens: start() succeeded, or listen() did since.
    bool isListening() const;
    // The desktop's Collector settings: closes the port (answering what is in flight and closing the
    // live stream's clients) while imports, exports, alerts, webhooks and the scheduler keep running.
    void stopListening();
    // Opens the collector again, on address and port (0: any free port); after start(), whether or
    // not it could listen then. On failure returns false with the system's reason in error (the
    // caller words the sentence around it).
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    // Stops accepting connections, answers everything in flight, then emits stopped().
    void shutdown();
    ServerMetrics &metrics() { return *m_metrics; }
    RestApi &api() { return *m_api; }
    AnalysisScheduler &scheduler() { return *m_scheduler; }
    ImportJobs &imports() { return *m_imports; }
    ExportJobs &exports() { return *m_exports; }
    ExportSchedules &exportSchedules() { return *m_exportSchedules; }
    // Whether the import and export queues and the alerts exist: start() creates them before it
    // listens, so they run even when the port could not be opened.
    bool hasJobs() const { return m_exportSchedules != nullptr && m_alerts != nullptr; }
    // Alert rules, their evaluation, history and backtests (docs/alerts.md).
    Alerts &alerts() { return *m_alerts; }
    WebhookDispatcher &webhooks() { return *m_webhooks; }
    StreamServer &stream() { return *m_stream; }
    LiveAggregator &live() { return *m_live; }

Q_SIGNALS:
    void stopped();

private:
    Workspace &m_workspace;
    const Clock &m_clock;
    ServiceOptions m_options;
    QThreadPool m_queryPool;
    std::unique_ptr<VisitorHasher> m_hasher;
    std::unique_ptr<EventValidator> m_validator;
    std::unique_ptr<ServerMetrics> m_metrics;
    std::unique_ptr<FailedAuthLimiter> m_authLimiter;
    std::unique_ptr<IngestQuota> m_ingestQuota;
    std::unique_ptr<ApiContext> m_context;
    std::unique_ptr<RestApi> m_api;
    std::unique_ptr<HttpServer> m_http;
    std::unique_ptr<AnalysisScheduler> m_scheduler;
    std::unique_ptr<ImportJobs> m_imports;
    std::unique_ptr<ExportJobs> m_exports;
    std::unique_ptr<ExportSchedules> m_exportSchedules;
    std::unique_ptr<Alerts> m_alerts;
    std::unique_ptr<WebhookDispatcher> m_webhooks;
    LiveAggregator *m_live = nullptr;
    std::unique_ptr<LiveAggregator> m_ownLive;
    QPointer<EventWriter> m_liveWriter; // what m_ownLive is attached to
    std::unique_ptr<StreamServer> m_stream;
    bool m_shuttingDown = false;
    bool m_listening = false;
};

} // namespace pulse
