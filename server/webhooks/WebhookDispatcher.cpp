#include "webhooks/WebhookDispatcher.h"

#include "core/Clock.h"
#include "webhooks/OutboundAddressGuard.h"
#include "webhooks/WebhookEndpointStore.h"
#include "webhooks/WebhookHttpClient.h"
#include "webhooks/WebhookOutbox.h"
#include "webhooks/WebhookSigner.h"

#include <QDateTime>
#include <QHostInfo>
#include <QUrl>

#include <exception>

namespace pulse {

struct WebhookDispatcher::Attempt {
    WebhookDelivery delivery;
    WebhookEndpoint endpoint;
    QUrl url;
    qint64 startedAtMs = 0;
    int lookupId = -1;
    QTimer *timeout = nullptr; // deleted later: finish() may run inside its timeout()
    std::unique_ptr<WebhookHttpClient> client;
};

WebhookDispatcher::WebhookDispatcher(WebhookOutbox &outbox, WebhookEndpointStore &endpoints, const Clock &clock,
    WebhookDispatcherOptions options, QObject *parent)
    : QObject(parent), m_outbox(outbox), m_endpoints(endpoints), m_clock(clock), m_options(options)
{
    connect(&m_poll, &QTimer::timeout, this, &WebhookDispatcher::runDue);
    // Enqueues happen on any thread (the import worker): queued to this one.
    connect(&m_outbox, &WebhookOutbox::enqueued, this, &WebhookDispatcher::runDue, Qt::QueuedConnection);
}

WebhookDispatcher::~WebhookDispatcher()
{
    stop();
}

void WebhookDispatcher::start()
{
    m_running = true;
    if (m_options.pollIntervalMs > 0)
        m_poll.start(m_options.pollIntervalMs);
    runDue();
}

void WebhookDispatcher::stop()
{
    m_running = false;
    m_poll.stop();
    const auto attempts = m_attempts;
    m_attempts.clear();
    for (const std::shared_ptr<Attempt> &a : attempts) {
        a->timeout->stop();
        a->timeout->deleteLater();
        if (a->lookupId >= 0)
            QHostInfo::abortHostLookup(a->lookupId);
        if (a->client)
            a->client->abort();
    }
}

void WebhookDispatcher::runDue()
{
    if (!m_running)
        return;
    const int room = m_options.maxInFlight - int(m_attempts.size());
    if (room <= 0)
        return;
    QList<WebhookDelivery> due;
    try {
        due = m_outbox.due(m_clock.nowMs(), room + int(m_attempts.size()));
    } catch (const std::exception &e) {
        qWarning("webhooks: cannot read the outbox: %s", e.what());
        return;
    }
    int started = 0;
    for (const WebhookDelivery &d : due) {
        if (started >= room)
            break;
        if (m_attempts.contains(d.id))
            continue;
        begin(d);
        ++started;
    }
}

void WebhookDispatcher::begin(const WebhookDelivery &delivery)
{
    auto attempt = std::make_shared<Attempt>();
    attempt->delivery = delivery;
    attempt->startedAtMs = m_clock.nowMs();
    const std::optional<WebhookEndpoint> endpoint = m_endpoints.byId(delivery.endpointId);
    if (!endpoint || !endpoint->enabled)
        return; // deleted or disabled meanwhile: its deliveries wait (or went with it)
    attempt->endpoint = *endpoint;
    attempt->url = QUrl(endpoint->url);
    const qint64 id = delivery.id;
    m_attempts.insert(id, attempt);

    attempt->timeout = new QTimer(this);
    attempt->timeout->setSingleShot(true);
    connect(attempt->timeout, &QTimer::timeout, this, [this, id] {
        WebhookHttpResult r;
        r.error = QStringLiteral("no answer within %1 ms").arg(m_options.timeoutMs);
        finish(id, r);
    });
    attempt->timeout->start(m_options.timeoutMs);

    const QString host = attempt->url.host();
    QHostAddress literal;
    if (literal.setAddress(host)) {
        // An IP in the URL (QUrl already turned 0x7f.1 or 2130706433 into 127.0.0.1): no lookup.
        QMetaObject::invokeMethod(
            this, [this, id, literal] { send(id, { literal }); }, Qt::QueuedConnection);
        return;
    }
    attempt->lookupId = QHostInfo::lookupHost(host, this, [this, id](const QHostInfo &info) {
        const auto it = m_attempts.find(id);
        if (it == m_attempts.end())
            return;
        (*it)->lookupId = -1;
        if (info.error() != QHostInfo::NoError) {
            WebhookHttpResult r;
            r.error = QStringLiteral("cannot resolve %1: %2").arg(info.hostName(), info.errorString());
            finish(id, r);
            return;
        }
        send(id, info.addresses());
    });
}

void WebhookDispatcher::send(qint64 deliveryId, const QList<QHostAddress> &addresses)
{
    const auto it = m_attempts.find(deliveryId);
    if (it == m_attempts.end())
        return;
    const std::shared_ptr<Attempt> attempt = *it;
    QString refused;
    const QHostAddress address = OutboundAddressGuard::firstAllowed(addresses, m_options.allowLocal, &refused);
    if (address.isNull()) {
        WebhookHttpResult r;
        r.error = refused;
        finish(deliveryId, r);
        return;
    }
    const qint64 timestamp = m_clock.nowMs() / 1000;
    const QByteArray webhookId = attempt->delivery.webhookId.toLatin1();
    const QByteArray signature = WebhookSigner::signatureHeader(
        attempt->endpoint.signingSecrets(m_clock.nowMs()), webhookId, timestamp, attempt->delivery.body);
    const QList<QPair<QByteArray, QByteArray>> headers {
        { "webhook-id", webhookId },
        { "webhook-timestamp", QByteArray::number(timestamp) },
        { "webhook-signature", signature },
    };
    attempt->client = std::make_unique<WebhookHttpClient>();
    connect(attempt->client.get(), &WebhookHttpClient::finished, this,
        [this, deliveryId](const WebhookHttpResult &result) { finish(deliveryId, result); });
    attempt->client->post(attempt->url, address, headers, attempt->delivery.body);
}

void WebhookDispatcher::finish(qint64 deliveryId, const WebhookHttpResult &result)
{
    const std::shared_ptr<Attempt> attempt = m_attempts.take(deliveryId);
    if (!attempt)
        return;
    attempt->timeout->stop();
    attempt->timeout->deleteLater();
    if (attempt->lookupId >= 0)
        QHostInfo::abortHostLookup(attempt->lookupId);
    if (attempt->client) {
        attempt->client->abort();
        attempt->client.release()->deleteLater(); // finish() may run inside its finished() signal
    }
    const qint64 now = m_clock.nowMs();
    WebhookAttemptResult outcome;
    outcome.status = result.status;
    outcome.latencyMs = qMax<qint64>(0, now - attempt->startedAtMs);
    outcome.responseExcerpt = result.bodyExcerpt;
    outcome.error = result.error;
    if (result.status >= 300 && result.status < 400)
        outcome.error = QStringLiteral("redirects are not followed (Location: %1); give the endpoint's final URL")
                            .arg(QString::fromLatin1(result.location.left(300)));
    if (!result.retryAfter.isEmpty())
        outcome.retryAfterMs = parseRetryAfter(result.retryAfter, now);
    WebhookDelivery after;
    try {
        after = m_outbox.recordAttempt(deliveryId, attempt->startedAtMs, outcome);
    } catch (const std::exception &e) {
        qWarning(
            "webhooks: cannot record an attempt of delivery %lld: %s", static_cast<long long>(deliveryId), e.what());
        return;
    }
    Q_EMIT attemptFinished(after);
    if (m_running)
        QMetaObject::invokeMethod(this, &WebhookDispatcher::runDue, Qt::QueuedConnection);
}

std::optional<qint64> WebhookDispatcher::parseRetryAfter(const QByteArray &value, qint64 nowMs)
{
    const QByteArray text = value.trimmed();
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? std::optional<qint64>(seconds * 1000) : std::nullopt;
    // An HTTP date (RFC 9110: "Sun, 06 Nov 1994 08:49:37 GMT"); Qt's RFC 2822 parser wants the
    // zone as an offset.
    QString http = QString::fromLatin1(text);
    if (http.endsWith(QLatin1String(" GMT")) || http.endsWith(QLatin1String(" UTC")))
        http = http.left(http.size() - 3) + QStringLiteral("+0000");
    const QDateTime date = QDateTime::fromString(http, Qt::RFC2822Date);
    if (!date.isValid())
        return std::nullopt;
    return qMax<qint64>(0, date.toMSecsSinceEpoch() - nowMs);
}

} // namespace pulse
