#include "webhooks/WebhookEndpointStore.h"

#include "core/Clock.h"
#include "storage/EventWriter.h"
#include "storage/ReadPool.h"
#include "storage/Sqlite.h"
#include "webhooks/WebhookSigner.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pulse {

namespace {

const QString kEndpointColumns
    = QStringLiteral("id, site_id, url, description, event_types, enabled, disabled_reason, secret, previous_secret, "
                     "previous_secret_expires_at, created_at, updated_at");

WebhookEndpoint readEndpoint(SqlStatement &st)
{
    WebhookEndpoint e;
    e.id = st.columnInt(0);
    e.siteId = st.columnInt(1);
    e.url = st.columnText(2);
    e.description = st.columnText(3);
    for (const QJsonValue &v : QJsonDocument::fromJson(st.columnText(4).toUtf8()).array())
        e.eventTypes << v.toString();
    e.enabled = st.columnInt(5) != 0;
    e.disabledReason = st.columnText(6);
    e.secret = st.columnText(7);
    e.previousSecret = st.columnText(8);
    e.previousSecretExpiresAtMs = st.columnIsNull(9) ? 0 : st.columnInt(9);
    e.createdAtMs = st.columnInt(10);
    e.updatedAtMs = st.columnInt(11);
    return e;
}

QString eventTypesJson(const QStringList &types)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(types)).toJson(QJsonDocument::Compact));
}

// A null QString binds NULL; an endpoint without a description has an empty one.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

WebhookEndpointStore::WebhookEndpointStore(EventWriter &writer, ReadPool &reads, const Clock &clock)
    : m_writer(writer), m_reads(reads), m_clock(clock)
{
}

WebhookEndpoint WebhookEndpointStore::create(WebhookEndpoint endpoint)
{
    endpoint.secret = WebhookSigner::generateSecret();
    endpoint.previousSecret.clear();
    endpoint.previousSecretExpiresAtMs = 0;
    endpoint.disabledReason.clear();
    endpoint.createdAtMs = endpoint.updatedAtMs = m_clock.nowMs();
    m_writer.execute([&](SqliteDatabase &db) {
        SqlStatement st = db.prepare(QStringLiteral(
            "INSERT INTO webhook_endpoints(site_id, url, description, event_types, enabled, secret, created_at, "
            "updated_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)"));
        st.bind(1, endpoint.siteId).bind(2, endpoint.url).bind(3, notNull(endpoint.description));
        st.bind(4, eventTypesJson(endpoint.eventTypes)).bind(5, endpoint.enabled ? 1 : 0).bind(6, endpoint.secret);
        st.bind(7, endpoint.createdAtMs);
        st.run();
        endpoint.id = db.lastInsertRowId();
    });
    return endpoint;
}

std::optional<WebhookEndpoint> WebhookEndpointStore::update(const WebhookEndpoint &endpoint)
{
    bool changed = false;
    m_writer.execute([&](SqliteDatabase &db) {
        SqlStatement st = db.prepare(
            QStringLiteral("UPDATE webhook_endpoints SET url = ?1, description = ?2, event_types = ?3, enabled = ?4, "
                           "disabled_reason = CASE WHEN ?4 = 1 THEN NULL ELSE disabled_reason END, updated_at = ?5 "
                           "WHERE id = ?6 AND site_id = ?7"));
        st.bind(1, endpoint.url).bind(2, notNull(endpoint.description)).bind(3, eventTypesJson(endpoint.eventTypes));
        st.bind(4, endpoint.enabled ? 1 : 0).bind(5, m_clock.nowMs()).bind(6, endpoint.id).bind(7, endpoint.siteId);
        st.run();
        changed = db.changes() > 0;
    });
    if (!changed)
        return std::nullopt;
    return get(endpoint.siteId, endpoint.id);
}

bool WebhookEndpointStore::remove(qint64 siteId, qint64 id)
{
    bool removed = false;
    m_writer.execute([&](SqliteDatabase &db) {
        SqlStatement st = db.prepare(QStringLiteral("DELETE FROM webhook_endpoints WHERE id = ?1 AND site_id = ?2"));
        st.bind(1, id).bind(2, siteId);
        st.run();
        removed = db.changes() > 0;
    });
    return removed;
}

QList<WebhookEndpoint> WebhookEndpointStore::list(qint64 siteId) const
{
    ReadPool::Lease lease = m_reads.acquire();
    SqlStatement st = lease.db().prepare(QStringLiteral("SELECT ") + kEndpointColumns
        + QStringLiteral(" FROM webhook_endpoints WHERE site_id = ?1 ORDER BY id"));
    st.bind(1, siteId);
    QList<WebhookEndpoint> out;
    while (st.step())
        out << readEndpoint(st);
    return out;
}

std::optional<WebhookEndpoint> WebhookEndpointStore::get(qint64 siteId, qint64 id) const
{
    std::optional<WebhookEndpoint> e = byId(id);
    if (!e || e->siteId != siteId)
        return std::nullopt;
    return e;
}

std::optional<WebhookEndpoint> WebhookEndpointStore::byId(qint64 id) const
{
    ReadPool::Lease lease = m_reads.acquire();
    SqlStatement st = lease.db().prepare(
        QStringLiteral("SELECT ") + kEndpointColumns + QStringLiteral(" FROM webhook_endpoints WHERE id = ?1"));
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readEndpoint(st);
}

std::optional<WebhookEndpoint> WebhookEndpointStore::rotate(qint64 siteId, qint64 id, qint64 graceMs)
{
    const QString secret = WebhookSigner::generateSecret();
    const qint64 now = m_clock.nowMs();
    bool changed = false;
    m_writer.execute([&](SqliteDatabase &db) {
        // The secret being replaced keeps signing; one rotated out before it stops now.
        SqlStatement st = db.prepare(QStringLiteral(
            "UPDATE webhook_endpoints SET previous_secret = CASE WHEN ?1 > 0 THEN secret ELSE NULL END, "
            "previous_secret_expires_at = CASE WHEN ?1 > 0 THEN ?2 + ?1 ELSE NULL END, secret = ?3, updated_at = ?2 "
            "WHERE id = ?4 AND site_id = ?5"));
        st.bind(1, qMax<qint64>(0, graceMs)).bind(2, now).bind(3, secret).bind(4, id).bind(5, siteId);
        st.run();
        changed = db.changes() > 0;
    });
    if (!changed)
        return std::nullopt;
    return get(siteId, id);
}

void WebhookEndpointStore::disable(qint64 id, const QString &reason)
{
    m_writer.execute([&](SqliteDatabase &db) {
        SqlStatement st = db.prepare(QStringLiteral(
            "UPDATE webhook_endpoints SET enabled = 0, disabled_reason = ?1, updated_at = ?2 WHERE id = ?3"));
        st.bind(1, reason).bind(2, m_clock.nowMs()).bind(3, id);
        st.run();
    });
}

} // namespace pulse
