#include "ServiceHost.h"

#include "access/IngestQuota.h"
#include "access/SessionStore.h"
#include "alerts/Alerts.h"
#include "api/ApiContext.h"
#include "api/FailedAuthLimiter.h"
#include "api/RestApi.h"
#include "api/ServerMetrics.h"
#include "export/ExportJobs.h"
#include "export/ExportSchedules.h"
#include "http/HttpServer.h"
#include "import/ImportJobs.h"
#include "ingest/EventValidator.h"
#include "ingest/VisitorHasher.h"
#include "live/LiveAggregator.h"
#include "scheduler/AnalysisScheduler.h"
#include "storage/EventWriter.h"
#include "storage/Workspace.h"
#include "stream/StreamServer.h"
#include "webhooks/WebhookDispatcher.h"
#include "webhooks/WebhookEndpointStore.h"
#include "webhooks/WebhookOutbox.h"

namespace pulse {

ServiceHost::ServiceHost(Workspace &workspace, const Clock &clock, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_clock(clock)
{
}

ServiceHost::~ServiceHost()
{
    m_webhooks.reset(); // attempts in flight stay pending and are sent after the next start
    if (m_scheduler)
        m_scheduler->stop();
    m_stream.reset(); // clients hear 1001 (going away)
    m_http.reset();
    if (m_ownLive && m_liveWriter)
        m_ownLive->detach(*m_liveWriter);
    m_queryPool.waitForDone();
    if (m_imports)
        m_imports->stop(); // a running job stops at its next row and resumes at the next start
    if (m_exports)
        m_exports->stop(); // a running export is written again from the start next time
}

void ServiceHost::useLiveAggregator(LiveAggregator &live)
{
    m_live = &live;
}

bool ServiceHost::start(const ServiceOptions &options, QString *error)
{
    m_options = options;
    m_queryPool.setMaxThreadCount(qMax(1, options.queryThreads));
    m_hasher = std::make_unique<VisitorHasher>(m_clock);
    m_validator = std::make_unique<EventValidator>(m_workspace.sites(), *m_hasher, m_workspace.options().limits);
    m_metrics = std::make_unique<ServerMetrics>();
    m_authLimiter = std::make_unique<FailedAuthLimiter>(m_clock);
    m_context = std::unique_ptr<ApiContext>(new ApiContext {
        m_workspace, *m_validator, *m_metrics, *m_authLimiter, m_queryPool, m_clock, options.trustProxy });
    m_imports = std::make_unique<ImportJobs>(m_workspace, options.importBatchRows);
    try {
        m_imports->start(); // resumes jobs a stopped server left queued or running
    } catch (const std::exception &e) {
        *error = QStringLiteral("cannot resume the import jobs (%1)").arg(QString::fromUtf8(e.what()));
        return false;
    }
    m_context->imports = m_imports.get();
    m_exports = std::make_unique<ExportJobs>(m_workspace);
    try {
        m_exports->start(); // runs again the exports a stopped server left queued or running
    } catch (const std::exception &e) {
        *error = QStringLiteral("cannot resume the export jobs (%1)").arg(QString::fromUtf8(e.what()));
        return false;
    }
    m_context->exports = m_exports.get();
    m_exportSchedules = std::make_unique<ExportSchedules>(m_workspace, *m_exports);
    m_context->exportSchedules = m_exportSchedules.get();
    m_alerts = std::make_unique<Alerts>(m_workspace);
    m_context->alerts = m_alerts.get();
    m_context->maxImportBytes = options.maxImportBytes;
    m_ingestQuota = std::make_unique<IngestQuota>(m_clock);
    m_context->ingestQuota = m_ingestQuota.get();
    m_workspace.sessions().setLifetimes(options.sessionTtlMs, SessionStore::kDefaultSessionLifetimeMs);
    m_api = std::make_unique<RestApi>(*m_context);
    if (!m_live) {
        m_ownLive = std::make_unique<LiveAggregator>(m_clock);
        m_liveWriter = &m_workspace.writer();
        m_ownLive->attach(m_workspace.writer());
        m_live = m_ownLive.get();
    }
    StreamOptions streamOptions;
    streamOptions.intervalMs = options.streamIntervalMs;
    streamOptions.autoTick = options.streamAutoTick;
    m_stream = std::make_unique<StreamServer>(m_workspace, *m_live, m_clock, *m_metrics, streamOptions);
    m_stream->setAuthenticator([this](const HttpRequest &request) {
        HttpResponse ignored;
        return m_api->authenticate(request, Scope::Stream, &ignored, RestApi::Failures::Ignore);
    });
    m_context->stream = m_stream.get();
    m_http = std::make_unique<HttpServer>();
    m_http->setUpgradeHandler(
        [this](const HttpRequest &request, QTcpSocket *socket, const QByteArray &raw, const QByteArray &leftover) {
            return m_stream->offer(request, socket, raw, leftover);
        });
    m_context->openConnections = [this] { return m_http ? m_http->connectionCount() : 0; };
    m_http->setHandler(
        [this](const HttpRequest &request, HttpResponder responder) { m_api->handle(request, responder); });
    m_http->setBodyLimit(
        [this](const QByteArray &method, const QString &path) { return m_api->bodyLimit(method, path); });
    m_http->setBodySinkFactory(
        [this](const HttpRequest &head, HttpError *refusal) { return m_api->bodySink(head, refusal); });
    connect(m_http.get(), &HttpServer::responseSent, this, [this](int status) { m_metrics->countResponse(status); });
    connect(m_http.get(), &HttpServer::drained, this, [this] {
        if (m_shuttingDown)
            Q_EMIT stopped();
    });
    WebhookDispatcherOptions webhookOptions;
    webhookOptions.allowLocal = options.webhooksAllowLocal;
    webhookOptions.timeoutMs = options.webhookTimeoutMs;
    webhookOptions.pollIntervalMs = options.webhookPollMs;
    m_webhooks = std::make_unique<WebhookDispatcher>(
        m_workspace.webhooks(), m_workspace.webhookEndpoints(), m_clock, webhookOptions);
    m_webhooks->start(); // sends what a stopped server left pending
    m_scheduler = std::make_unique<AnalysisScheduler>(m_workspace, m_queryPool);
    m_scheduler->setExportSchedules(m_exportSchedules.get());
    m_scheduler->setAlerts(m_alerts.get());
    if (options.schedulerIntervalMs > 0)
        m_scheduler->start(options.schedulerIntervalMs);
    // Last, and its failure leaves the rest running: the desktop keeps its jobs, alerts and webhooks
    // with the port taken, and can listen() again once the user picks another.
    if (!m_http->listen(options.address, options.port)) {
        *error = QStringLiteral("cannot listen on %1 port %2 (%3); choose another with --port, or 0 for any free port")
                     .arg(options.address.toString())
                     .arg(options.port)
                     .arg(m_http->errorString());
        return false;
    }
    m_listening = true;
    return true;
}

bool ServiceHost::isListening() const
{
    return m_http && m_listening;
}

void ServiceHost::stopListening()
{
    if (!m_http || !m_listening)
        return;
    m_listening = false;
    m_stream->closeAll();
    m_http->stopAccepting();
}

bool ServiceHost::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (!m_http) {
        *error = QStringLiteral("the collector has not been started");
        return false;
    }
    stopListening();
    if (!m_http->listen(address, port)) {
        *error = m_http->errorString();
        return false;
    }
    m_options.address = address;
    m_options.port = port;
    m_stream->reopen();
    m_listening = true;
    return true;
}

quint16 ServiceHost::port() const
{
    return m_http ? m_http->serverPort() : 0;
}

void ServiceHost::shutdown()
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    if (m_scheduler)
        m_scheduler->stop();
    if (m_imports)
        m_imports->requestStop(); // winds down while requests drain; resumed at the next start
    if (m_webhooks)
        m_webhooks->stop(); // pending deliveries stay in the outbox for the next start
    if (m_stream)
        m_stream->closeAll(); // 1001 (going away): clients reconnect to the next start
    if (!m_http) {
        Q_EMIT stopped();
        return;
    }
    m_http->stopAccepting(); // drained() follows once every request in flight is answered and flushed
}

} // namespace pulse
