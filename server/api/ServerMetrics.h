// Counters for /metrics in the Prometheus text format: requests by status, events accepted and
// rejected by reason, the writer's queue depth and commit latency histogram, and live-stream clients.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include <atomic>

namespace pulse {

struct WriterMetrics;

class ServerMetrics final {
public:
    void countResponse(int status);
    void countAccepted(qint64 events);
    void countDuplicates(qint64 events);
    void countRejected(const QString &reason);
    void setStreamClients(int clients);
    QByteArray render(const WriterMetrics &writer, int openConnections) const;

private:
    mutable QMutex m_mutex;
    QHash<int, qint64> m_responses;
    QHash<QString, qint64> m_rejected;
    std::atomic<qint64> m_accepted { 0 };
    std::atomic<qint64> m_duplicates { 0 };
    std::atomic<int> m_streamClients { 0 };
};

} // namespace pulse
