#include "api/ServerMetrics.h"

#include "storage/EventWriter.h"

#include <QList>

#include <algorithm>

namespace pulse {

void ServerMetrics::countResponse(int status)
{
    QMutexLocker lock(&m_mutex);
    ++m_responses[status];
}

void ServerMetrics::countAccepted(qint64 events)
{
    m_accepted += events;
}
void ServerMetrics::countDuplicates(qint64 events)
{
    m_duplicates += events;
}

void ServerMetrics::countRejected(const QString &reason)
{
    QMutexLocker lock(&m_mutex);
    ++m_rejected[reason];
}

void ServerMetrics::setStreamClients(int clients)
{
    m_streamClients.store(clients);
}

QByteArray ServerMetrics::render(const WriterMetrics &writer, int openConnections) const
{
    QByteArray out;
    auto line = [&out](const QByteArray &text) { out += text + '\n'; };
    QHash<int, qint64> responses;
    QHash<QString, qint64> rejected;
    {
        QMutexLocker lock(&m_mutex);
        responses = m_responses;
        rejected = m_rejected;
    }

    line("# HELP pulse_http_responses_total HTTP responses sent, by status code.");
    line("# TYPE pulse_http_responses_total counter");
    QList<int> codes = responses.keys();
    std::sort(codes.begin(), codes.end());
    for (int code : codes)
        line("pulse_http_responses_total{code=\"" + QByteArray::number(code) + "\"} "
            + QByteArray::number(responses.value(code)));

    line("# HELP pulse_http_open_connections Open client connections.");
    line("# TYPE pulse_http_open_connections gauge");
    line("pulse_http_open_connections " + QByteArray::number(openConnections));

    line("# HELP pulse_stream_clients Open live-stream (WebSocket) connections.");
    line("# TYPE pulse_stream_clients gauge");
    line("pulse_stream_clients " + QByteArray::number(m_streamClients.load()));

    line("# HELP pulse_events_accepted_total Events stored after commit.");
    line("# TYPE pulse_events_accepted_total counter");
    line("pulse_events_accepted_total " + QByteArray::number(m_accepted.load()));
    line("# HELP pulse_events_duplicate_total Events dropped because their client id was already stored.");
    line("# TYPE pulse_events_duplicate_total counter");
    line("pulse_events_duplicate_total " + QByteArray::number(m_duplicates.load()));

    line("# HELP pulse_events_rejected_total Events rejected and quarantined, by reason.");
    line("# TYPE pulse_events_rejected_total counter");
    QStringList reasons = rejected.keys();
    reasons.sort();
    for (const QString &reason : reasons)
        line("pulse_events_rejected_total{reason=\"" + reason.toUtf8() + "\"} "
            + QByteArray::number(rejected.value(reason)));

    line("# HELP pulse_writer_queue_events Events waiting for the writer.");
    line("# TYPE pulse_writer_queue_events gauge");
    line("pulse_writer_queue_events " + QByteArray::number(writer.queuedEvents.load()));
    line("# HELP pulse_writer_commits_total Transactions committed by the writer.");
    line("# TYPE pulse_writer_commits_total counter");
    line("pulse_writer_commits_total " + QByteArray::number(writer.commits.load()));
    line("# HELP pulse_writer_failed_commits_total Transactions that failed and were rolled back.");
    line("# TYPE pulse_writer_failed_commits_total counter");
    line("pulse_writer_failed_commits_total " + QByteArray::number(writer.failedCommits.load()));

    line("# HELP pulse_writer_commit_seconds Time from the start of a group commit to its COMMIT returning.");
    line("# TYPE pulse_writer_commit_seconds histogram");
    qint64 cumulative = 0;
    for (size_t i = 0; i < WriterMetrics::kLatencyBuckets.size(); ++i) {
        cumulative += writer.latencyCounts[i].load();
        line("pulse_writer_commit_seconds_bucket{le=\"" + QByteArray::number(WriterMetrics::kLatencyBuckets[i]) + "\"} "
            + QByteArray::number(cumulative));
    }
    cumulative += writer.latencyCounts[WriterMetrics::kLatencyBuckets.size()].load();
    line("pulse_writer_commit_seconds_bucket{le=\"+Inf\"} " + QByteArray::number(cumulative));
    line("pulse_writer_commit_seconds_sum " + QByteArray::number(double(writer.latencySumMicros.load()) / 1e6));
    line("pulse_writer_commit_seconds_count " + QByteArray::number(cumulative));
    return out;
}

} // namespace pulse
