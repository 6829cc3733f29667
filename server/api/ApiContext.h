// What every endpoint needs, passed by reference: the workspace, ingestion pieces, metrics and the
// pool that runs queries off the network thread.
#pragma once

#include <QHostAddress>

#include <functional>

class QThreadPool;

namespace pulse {

class Alerts;
class Clock;
class EventValidator;
class ExportJobs;
class ExportSchedules;
class FailedAuthLimiter;
class ImportJobs;
class IngestQuota;
class ServerMetrics;
class StreamServer;
class Workspace;
struct HttpRequest;

struct ApiContext {
    Workspace &workspace;
    EventValidator &validator;
    ServerMetrics &metrics;
    FailedAuthLimiter &authLimiter;
    QThreadPool &queryPool;
    const Clock &clock;
    bool trustProxy = false;
    qint64 maxQueuedEvents = 200000; // above this the collector answers 503 instead of queueing more
    std::function<int()> openConnections = [] { return 0; };
    ImportJobs *imports = nullptr; // the import queue (docs/imports.md, "Over REST")
    qint64 maxImportBytes = qint64(1) << 30; // largest upload to POST /api/v1/imports, as sent
    ExportJobs *exports = nullptr; // the export queue (docs/exports.md)
    ExportSchedules *exportSchedules = nullptr;
    Alerts *alerts = nullptr; // alert rules and their history (docs/alerts.md)
    IngestQuota *ingestQuota = nullptr; // per-site event quotas of the collector (docs/sites-and-keys.md)
    StreamServer *stream = nullptr; // the live stream's refusals for GET /api/v1/stream (docs/stream.md)

    // The client's address: the socket's peer, or the first X-Forwarded-For hop behind a trusted proxy.
    QString clientAddress(const HttpRequest &request) const;
};

} // namespace pulse
