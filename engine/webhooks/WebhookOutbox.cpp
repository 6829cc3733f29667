#include "webhooks/WebhookOutbox.h"

#include "core/Clock.h"
#include "core/IsoTime.h"
#include "storage/EventWriter.h"
#include "storage/ReadPool.h"
#include "storage/Sqlite.h"
#include "webhooks/WebhookEndpoint.h"
#include "webhooks/WebhookSigner.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pulse {

namespace {

const QString kDeliveryColumns = QStringLiteral(
    "d.id, m.site_id, d.endpoint_id, d.message_id, m.webhook_id, m.event_type, m.body, d.state, d.attempts, "
    "d.next_attempt_at, d.last_status, d.last_error, d.created_at, d.updated_at");
const QString kDeliveryFrom
    = QStringLiteral(" FROM webhook_deliveries d JOIN webhook_messages m ON m.id = d.message_id ");

WebhookDelivery readDelivery(SqlStatement &st)
{
    WebhookDelivery d;
    d.id = st.columnInt(0);
    d.siteId = st.columnInt(1);
    d.endpointId = st.columnInt(2);
    d.messageId = st.columnInt(3);
    d.webhookId = st.columnText(4);
    d.eventType = st.columnText(5);
    d.body = st.columnText(6).toUtf8();
    d.state = WebhookDelivery::stateFromName(st.columnText(7)).value_or(WebhookDelivery::State::Failed);
    d.attempts = int(st.columnInt(8));
    d.nextAttemptAtMs = st.columnIsNull(9) ? 0 : st.columnInt(9);
    d.lastStatus = st.columnIsNull(10) ? 0 : int(st.columnInt(10));
    d.lastError = st.columnText(11);
    d.createdAtMs = st.columnInt(12);
    d.updatedAtMs = st.columnInt(13);
    return d;
}

qint64 insertMessage(SqliteDatabase &db, qint64 siteId, const QString &type, const QByteArray &body, qint64 now)
{
    SqlStatement st = db.prepare(QStringLiteral(
        "INSERT INTO webhook_messages(site_id, webhook_id, event_type, body, created_at) VALUES(?1, ?2, ?3, ?4, ?5)"));
    st.bind(1, siteId).bind(2, WebhookSigner::generateMessageId()).bind(3, type);
    st.bind(4, QString::fromUtf8(body)).bind(5, now);
    st.run();
    return db.lastInsertRowId();
}

qint64 insertDelivery(SqliteDatabase &db, qint64 messageId, qint64 endpointId, qint64 now)
{
    SqlStatement st = db.prepare(QStringLiteral(
        "INSERT INTO webhook_deliveries(message_id, endpoint_id, state, next_attempt_at, created_at, updated_at) "
        "VALUES(?1, ?2, 'pending', ?3, ?3, ?3)"));
    st.bind(1, messageId).bind(2, endpointId).bind(3, now);
    st.run();
    return db.lastInsertRowId();
}

} // namespace

WebhookOutbox::WebhookOutbox(EventWriter &writer, ReadPool &reads, const Clock &clock, QObject *parent)
    : QObject(parent), m_writer(writer), m_reads(reads), m_clock(clock)
{
}

void WebhookOutbox::setSchedule(RetrySchedule schedule)
{
    std::lock_guard lock(m_scheduleMutex);
    m_schedule = std::move(schedule);
}

RetrySchedule WebhookOutbox::schedule() const
{
    std::lock_guard lock(m_scheduleMutex);
    return m_schedule;
}

QByteArray WebhookOutbox::messageBody(const QString &type, const QJsonObject &data, qint64 nowMs) const
{
    // The payload shape the Standard Webhooks spec recommends.
    const QJsonObject body {
        { QStringLiteral("type"), type },
        { QStringLiteral("timestamp"), iso::utc(nowMs) },
        { QStringLiteral("data"), data },
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QList<qint64> WebhookOutbox::enqueue(qint64 siteId, const QString &type, const QJsonObject &data)
{
    const qint64 now = m_clock.nowMs();
    const QByteArray body = messageBody(type, data, now);
    QList<qint64> ids;
    m_writer.execute([&](SqliteDatabase &db) {
        SqlStatement endpoints = db.prepare(QStringLiteral(
            "SELECT id, event_types FROM webhook_endpoints WHERE site_id = ?1 AND enabled = 1 ORDER BY id"));
        endpoints.bind(1, siteId);
        QList<qint64> wanting;
        while (endpoints.step()) {
            const QJsonArray types = QJsonDocument::fromJson(endpoints.columnText(1).toUtf8()).array();
            if (types.contains(QJsonValue(type)))
                wanting << endpoints.columnInt(0);
        }
        if (wanting.isEmpty())
            return;
        const qint64 messageId = insertMessage(db, siteId, type, body, now);
        for (qint64 endpointId : wanting)
            ids << insertDelivery(db, messageId, endpointId, now);
    });
    if (!ids.isEmpty())
        Q_EMIT enqueued();
    return ids;
}

std::optional<WebhookDelivery> WebhookOutbox::enqueueTest(qint64 siteId, qint64 endpointId)
{
    const qint64 now = m_clock.nowMs();
    const QJsonObject data {
        { QStringLiteral("endpoint_id"), endpointId },
        { QStringLiteral("message"), QStringLiteral("A test event sent from Pulse.") },
    };
    const QByteArray body = messageBody(WebhookEndpoint::testEventType(), data, now);
    qint64 id = 0;
    m_writer.execute([&](SqliteDatabase &db) {
        SqlStatement exists
            = db.prepare(QStringLiteral("SELECT 1 FROM webhook_endpoints WHERE id = ?1 AND site_id = ?2"));
        exists.bind(1, endpointId).bind(2, siteId);
        if (!exists.step())
            return;
        const qint64 messageId = insertMessage(db, siteId, WebhookEndpoint::testEventType(), body, now);
        id = insertDelivery(db, messageId, endpointId, now);
    });
    if (id == 0)
        return std::nullopt;
    Q_EMIT enqueued();
    return delivery(siteId, id);
}

std::optional<WebhookDelivery> WebhookOutbox::redeliver(qint64 siteId, qint64 deliveryId)
{
    const qint64 now = m_clock.nowMs();
    qint64 id = 0;
    m_writer.execute([&](SqliteDatabase &db) {
        SqlStatement st = db.prepare(QStringLiteral(
            "SELECT d.message_id, d.endpoint_id FROM webhook_deliveries d JOIN webhook_messages m ON m.id = "
            "d.message_id WHERE d.id = ?1 AND m.site_id = ?2"));
        st.bind(1, deliveryId).bind(2, siteId);
        if (!st.step())
            return;
        const qint64 messageId = st.columnInt(0), endpointId = st.columnInt(1);
        st.reset();
        id = insertDelivery(db, messageId, endpointId, now);
    });
    if (id == 0)
        return std::nullopt;
    Q_EMIT enqueued();
    return delivery(siteId, id);
}

QList<WebhookDelivery> WebhookOutbox::due(qint64 nowMs, int limit) const
{
    ReadPool::Lease lease = m_reads.acquire();
    SqlStatement st = lease.db().prepare(QStringLiteral("SELECT ") + kDeliveryColumns + kDeliveryFrom
        + QStringLiteral("JOIN webhook_endpoints e ON e.id = d.endpoint_id WHERE d.state = 'pending' AND "
                         "d.next_attempt_at <= ?1 AND e.enabled = 1 ORDER BY d.next_attempt_at, d.id LIMIT ?2"));
    st.bind(1, nowMs).bind(2, qint64(limit));
    QList<WebhookDelivery> out;
    while (st.step())
        out << readDelivery(st);
    return out;
}

std::optional<qint64> WebhookOutbox::nextDueAtMs() const
{
    ReadPool::Lease lease = m_reads.acquire();
    SqlStatement st = lease.db().prepare(QStringLiteral(
        "SELECT MIN(d.next_attempt_at) FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id "
        "WHERE d.state = 'pending' AND e.enabled = 1"));
    if (!st.step() || st.columnIsNull(0))
        return std::nullopt;
    return st.columnInt(0);
}

WebhookDelivery WebhookOutbox::recordAttempt(
    qint64 deliveryId, qint64 attemptedAtMs, const WebhookAttemptResult &result)
{
    const RetrySchedule retries = schedule();
    const qint64 now = m_clock.nowMs();
    qint64 siteId = 0;
    m_writer.execute([&](SqliteDatabase &db) {
        SqlStatement current = db.prepare(QStringLiteral(
            "SELECT d.attempts, d.endpoint_id, m.site_id FROM webhook_deliveries d JOIN webhook_messages m ON m.id = "
            "d.message_id WHERE d.id = ?1"));
        current.bind(1, deliveryId);
        if (!current.step())
            return; // deleted with its endpoint while the attempt ran
        const int attempt = int(current.columnInt(0)) + 1;
        const qint64 endpointId = current.columnInt(1);
        siteId = current.columnInt(2);
        current.reset();

        const QString excerpt = QString::fromUtf8(result.responseExcerpt.left(WebhookAttempt::kMaxExcerptBytes));
        SqlStatement log = db.prepare(QStringLiteral(
            "INSERT INTO webhook_attempts(delivery_id, attempt, attempted_at, status, latency_ms, response_excerpt, "
            "error) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
        log.bind(1, deliveryId).bind(2, attempt).bind(3, attemptedAtMs);
        if (result.status > 0)
            log.bind(4, result.status);
        else
            log.bindNull(4);
        log.bind(5, result.latencyMs).bind(6, excerpt.isEmpty() ? QString() : excerpt);
        log.bind(7, result.error.isEmpty() ? QString() : result.error);
        log.run();

        WebhookDelivery::State state = WebhookDelivery::State::Pending;
        qint64 nextAt = 0;
        QString error = result.error;
        if (result.status >= 200 && result.status < 300) {
            state = WebhookDelivery::State::Succeeded;
        } else if (result.status == 410) {
            state = WebhookDelivery::State::Failed;
            error = QStringLiteral("The receiver answered 410 Gone: the endpoint was disabled.");
            SqlStatement off = db.prepare(QStringLiteral(
                "UPDATE webhook_endpoints SET enabled = 0, disabled_reason = ?1, updated_at = ?2 WHERE id = ?3"));
            off.bind(1,
                QStringLiteral("The receiver answered 410 Gone; enable the endpoint again once it accepts "
                               "webhooks."));
            off.bind(2, now).bind(3, endpointId);
            off.run();
        } else if (const std::optional<qint64> wait = retries.waitMs(attempt)) {
            // A receiver that says when to come back is believed, within a day.
            const qint64 delay
                = result.retryAfterMs ? qBound<qint64>(1000, *result.retryAfterMs, kMaxRetryAfterMs) : *wait;
            nextAt = now + delay;
        } else {
            state = WebhookDelivery::State::Failed;
            if (error.isEmpty())
                error = QStringLiteral("Gave up after %1 attempts.").arg(attempt);
            else
                error += QStringLiteral(" Gave up after %1 attempts.").arg(attempt);
        }
        if (error.isEmpty() && state != WebhookDelivery::State::Succeeded && result.status > 0)
            error = QStringLiteral("The receiver answered %1.").arg(result.status);

        SqlStatement update = db.prepare(QStringLiteral(
            "UPDATE webhook_deliveries SET state = ?1, attempts = ?2, next_attempt_at = ?3, last_status = ?4, "
            "last_error = ?5, updated_at = ?6 WHERE id = ?7"));
        update.bind(1, WebhookDelivery::stateName(state)).bind(2, attempt);
        if (state == WebhookDelivery::State::Pending)
            update.bind(3, nextAt);
        else
            update.bindNull(3);
        if (result.status > 0)
            update.bind(4, result.status);
        else
            update.bindNull(4);
        update.bind(5, error.isEmpty() ? QString() : error).bind(6, now).bind(7, deliveryId);
        update.run();
    });
    return delivery(siteId, deliveryId).value_or(WebhookDelivery {});
}

QList<WebhookAttempt> WebhookOutbox::attemptsOf(qint64 deliveryId) const
{
    ReadPool::Lease lease = m_reads.acquire();
    SqlStatement st = lease.db().prepare(QStringLiteral(
        "SELECT attempt, attempted_at, status, latency_ms, response_excerpt, error FROM webhook_attempts WHERE "
        "delivery_id = ?1 ORDER BY attempt, id"));
    st.bind(1, deliveryId);
    QList<WebhookAttempt> out;
    while (st.step()) {
        WebhookAttempt a;
        a.attempt = int(st.columnInt(0));
        a.attemptedAtMs = st.columnInt(1);
        a.status = st.columnIsNull(2) ? 0 : int(st.columnInt(2));
        a.latencyMs = st.columnInt(3);
        a.responseExcerpt = st.columnText(4);
        a.error = st.columnText(5);
        out << a;
    }
    return out;
}

std::optional<WebhookDelivery> WebhookOutbox::delivery(qint64 siteId, qint64 id) const
{
    std::optional<WebhookDelivery> d;
    {
        ReadPool::Lease lease = m_reads.acquire();
        SqlStatement st = lease.db().prepare(QStringLiteral("SELECT ") + kDeliveryColumns + kDeliveryFrom
            + QStringLiteral("WHERE d.id = ?1 AND m.site_id = ?2"));
        st.bind(1, id).bind(2, siteId);
        if (!st.step())
            return std::nullopt;
        d = readDelivery(st);
    }
    d->attemptLog = attemptsOf(id);
    return d;
}

QList<WebhookDelivery> WebhookOutbox::deliveries(qint64 siteId, qint64 endpointId, qint64 beforeId, int limit) const
{
    QList<WebhookDelivery> out;
    {
        ReadPool::Lease lease = m_reads.acquire();
        SqlStatement st = lease.db().prepare(QStringLiteral("SELECT ") + kDeliveryColumns + kDeliveryFrom
            + QStringLiteral("WHERE d.endpoint_id = ?1 AND m.site_id = ?2 AND (?3 = 0 OR d.id < ?3) ORDER BY d.id DESC "
                             "LIMIT ?4"));
        st.bind(1, endpointId).bind(2, siteId).bind(3, beforeId).bind(4, qint64(limit));
        while (st.step())
            out << readDelivery(st);
    }
    for (WebhookDelivery &d : out)
        d.attemptLog = attemptsOf(d.id);
    return out;
}

} // namespace pulse
