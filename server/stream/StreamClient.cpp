#include "stream/StreamClient.h"

#include "access/SiteStore.h"
#include "core/Clock.h"
#include "core/JsonLimits.h"
#include "live/LiveAggregator.h"
#include "live/LiveStreamCodec.h"

#include <QJsonDocument>
#include <QWebSocket>

namespace pulse {

namespace {
// A server frame's header is at most 10 bytes; room for a ping and a close frame is always kept.
constexpr qint64 kStreamFrameOverhead = 10;
constexpr qint64 kStreamControlReserve = 512;
constexpr int kStreamMaxMessageDepth = 4;
} // namespace

StreamClient::Outgoing StreamClient::Outgoing::fromJson(const QJsonObject &message)
{
    const QByteArray bytes = QJsonDocument(message).toJson(QJsonDocument::Compact);
    return { QString::fromUtf8(bytes), bytes.size() };
}

StreamClient::StreamClient(QWebSocket *socket, const ApiKey &key, const QString &origin, SiteStore &sites,
    LiveAggregator &live, const Clock &clock, const StreamOptions &options, QObject *parent)
    : QObject(parent),
      m_socket(socket),
      m_key(key),
      m_origin(origin),
      m_sites(sites),
      m_live(live),
      m_clock(clock),
      m_options(options)
{
    socket->setParent(this);
    socket->setMaxAllowedIncomingMessageSize(quint64(options.hardMaxMessageBytes));
    socket->setMaxAllowedIncomingFrameSize(quint64(options.hardMaxMessageBytes));
    connect(socket, &QWebSocket::textMessageReceived, this, &StreamClient::onText);
    connect(socket, &QWebSocket::binaryMessageReceived, this, &StreamClient::onBinary);
    connect(socket, &QWebSocket::pong, this, &StreamClient::onPong);
    connect(socket, &QWebSocket::bytesWritten, this, &StreamClient::flushPending);
    connect(socket, &QWebSocket::disconnected, this, [this] { Q_EMIT finished(this); });

    QJsonObject hello = LiveStreamCodec::envelope(QStringLiteral("hello"));
    hello.insert(QStringLiteral("interval_ms"), m_options.intervalMs);
    hello.insert(QStringLiteral("max_message_bytes"), m_options.maxMessageBytes);
    hello.insert(QStringLiteral("max_subscriptions"), m_options.maxSubscriptions);
    if (m_key.siteId != 0)
        hello.insert(QStringLiteral("site"), m_key.siteId); // the one site this key may watch
    trySendJson(hello);
}

StreamClient::~StreamClient() = default;

qint64 StreamClient::bytesQueued() const
{
    return m_socket ? m_socket->bytesToWrite() : 0;
}

bool StreamClient::trySend(const Outgoing &message)
{
    if (!m_socket || isClosing())
        return false;
    if (bytesQueued() + message.bytes + kStreamFrameOverhead > m_options.maxQueuedBytes - kStreamControlReserve)
        return false;
    m_socket->sendTextMessage(message.text);
    return true;
}

bool StreamClient::trySendJson(const QJsonObject &message)
{
    return trySend(Outgoing::fromJson(message));
}

void StreamClient::sendError(const QString &code, const QString &detail)
{
    QJsonObject error = LiveStreamCodec::envelope(QStringLiteral("error"));
    error.insert(QStringLiteral("code"), code);
    error.insert(QStringLiteral("message"), detail);
    trySendJson(error);
}

void StreamClient::deliverAggregate(qint64 siteId, const Outgoing &message)
{
    m_pending.insert(siteId, message); // coalesced: only the newest waits
    flushPending();
}

void StreamClient::deliverEvent(qint64 siteId, qint64 receivedAtMs, const Outgoing &message)
{
    const auto found = m_subscriptions.constFind(siteId);
    if (found == m_subscriptions.cend() || !found->feed || receivedAtMs <= found->sinceMs)
        return;
    // The feed is a sample: with aggregates still waiting, or no room, an event is skipped.
    if (!m_pending.isEmpty() || !trySend(message))
        ++m_droppedEvents;
}

void StreamClient::flushPending()
{
    while (!m_pending.isEmpty() && trySend(m_pending.first()))
        m_pending.erase(m_pending.begin());
}

void StreamClient::checkAt(qint64 nowMs)
{
    if (!m_socket)
        return;
    if (isClosing()) {
        // A close frame that cannot leave because the peer reads nothing: give up on it.
        if (nowMs - m_closingSinceMs >= m_options.intervalMs)
            m_socket->abort();
        return;
    }
    flushPending();
    const bool behind = !m_pending.isEmpty();
    if (!behind) {
        m_behindSinceMs = -1;
    } else if (m_behindSinceMs < 0) {
        m_behindSinceMs = nowMs;
    } else if (nowMs - m_behindSinceMs >= m_options.maxBehindIntervals * m_options.intervalMs) {
        closeWith(kCloseTooSlow,
            QStringLiteral("too slow: the send buffer stayed full for %1 s").arg((nowMs - m_behindSinceMs) / 1000));
        return;
    }
    // Our ping waits behind queued data, so an unanswered one only means "dead" with nothing queued;
    // a peer that reads nothing at all is caught by the rule above.
    const qint64 pongTimeoutMs = m_options.pongTimeoutIntervals * m_options.intervalMs;
    if (m_awaitingPong && nowMs - m_pingSentMs >= pongTimeoutMs && bytesQueued() == 0) {
        m_closeCode = 1006;
        m_closeReason = QStringLiteral("no pong");
        m_socket->abort(); // a dead peer reads no close frame
        return;
    }
    if (!m_awaitingPong) {
        m_socket->ping();
        m_pingSentMs = nowMs;
        m_awaitingPong = true;
    }
}

void StreamClient::closeWith(int code, const QString &reason)
{
    if (!m_socket || isClosing())
        return;
    m_closingSinceMs = m_clock.nowMs();
    m_closeCode = code;
    m_closeReason = reason;
    m_pending.clear();
    m_socket->close(QWebSocketProtocol::CloseCode(code), reason.left(123));
}

void StreamClient::onPong()
{
    ++m_pongs; // unsolicited pongs (a heartbeat) count as an answer too
    m_awaitingPong = false;
}

void StreamClient::onBinary(const QByteArray &)
{
    sendError(QStringLiteral("binary_message"), QStringLiteral("Send messages as JSON text, not binary frames."));
}

void StreamClient::onText(const QString &text)
{
    if (isClosing())
        return;
    const QByteArray bytes = text.toUtf8();
    if (bytes.size() > m_options.maxMessageBytes) {
        sendError(QStringLiteral("message_too_large"),
            QStringLiteral("A message may have at most %1 bytes; this one has %2.")
                .arg(m_options.maxMessageBytes)
                .arg(bytes.size()));
        return;
    }
    const JsonScan scan = JsonLimits::scan(bytes);
    QJsonParseError parseError;
    const QJsonDocument document = scan.kind == JsonScan::Kind::Object && scan.maxDepth <= kStreamMaxMessageDepth
        ? QJsonDocument::fromJson(bytes, &parseError)
        : QJsonDocument();
    if (!document.isObject()) {
        sendError(QStringLiteral("malformed_json"),
            QStringLiteral("Send one JSON object a message, such as {\"type\":\"subscribe\",\"site\":1}."));
        return;
    }
    const QJsonObject message = document.object();
    const QJsonValue version = message.value(QLatin1String("v"));
    if (!version.isUndefined() && version.toInt(-1) != LiveStreamCodec::kVersion) {
        sendError(QStringLiteral("unsupported_version"),
            QStringLiteral("This server speaks version %1 of the stream; send \"v\":%1 or leave it out.")
                .arg(LiveStreamCodec::kVersion));
        return;
    }
    const QString type = message.value(QLatin1String("type")).toString();
    if (type == QLatin1String("subscribe")) {
        subscribe(message);
    } else if (type == QLatin1String("unsubscribe")) {
        unsubscribe(message);
    } else {
        sendError(QStringLiteral("unknown_type"),
            QStringLiteral("Unknown message type '%1'; send \"subscribe\" or \"unsubscribe\".").arg(type.left(40)));
    }
}

// A site given as its numeric id, its site key or its domain; checked against the key's site.
static std::optional<Site> streamSiteOf(const QJsonObject &message, SiteStore &sites, QString *name)
{
    const QJsonValue value = message.value(QLatin1String("site"));
    if (value.isDouble())
        *name = QString::number(qint64(value.toDouble()));
    else if (value.isString())
        *name = value.toString().left(200);
    else
        return std::nullopt;
    return sites.find(*name);
}

void StreamClient::subscribe(const QJsonObject &message)
{
    QString name;
    const std::optional<Site> site = streamSiteOf(message, m_sites, &name);
    if (name.isEmpty()) {
        sendError(
            QStringLiteral("bad_message"), QStringLiteral("\"site\" must name a site by its id, site key or domain."));
        return;
    }
    if (!site || (m_key.siteId != 0 && site->id != m_key.siteId)) {
        // A key limited to one site learns nothing about the others, not even that they exist.
        sendError(QStringLiteral("unknown_site"),
            m_key.siteId != 0
                ? QStringLiteral("There is no site '%1' this key may watch; it is limited to site %2.")
                      .arg(name)
                      .arg(m_key.siteId)
                : QStringLiteral("There is no site '%1'; name it by its id, site key or domain.").arg(name));
        return;
    }
    const QJsonValue feed = message.value(QLatin1String("feed"));
    if (!feed.isUndefined() && !feed.isBool()) {
        sendError(QStringLiteral("bad_message"), QStringLiteral("\"feed\" must be true or false."));
        return;
    }
    if (!m_origin.isEmpty() && !site->settings.allowsOrigin(m_origin)) {
        closeWith(kCloseOriginRefused,
            QStringLiteral("origin %1 is not allowed for site %2").arg(m_origin.left(80)).arg(site->id));
        return;
    }
    if (!m_subscriptions.contains(site->id) && m_subscriptions.size() >= m_options.maxSubscriptions) {
        sendError(QStringLiteral("too_many_subscriptions"),
            QStringLiteral("A connection may watch at most %1 sites; unsubscribe from one first.")
                .arg(m_options.maxSubscriptions));
        return;
    }
    const qint64 since = m_subscriptions.contains(site->id) ? m_subscriptions[site->id].sinceMs : m_clock.nowMs();
    m_subscriptions.insert(site->id, Subscription { feed.toBool(false), since });
    QJsonObject answer = LiveStreamCodec::envelope(QStringLiteral("subscribed"));
    answer.insert(QStringLiteral("site"), site->id);
    answer.insert(QStringLiteral("feed"), feed.toBool(false));
    trySendJson(answer);
    // The figures now, so a client draws at once instead of waiting for the next interval.
    deliverAggregate(
        site->id, Outgoing::fromJson(LiveStreamCodec::aggregate(m_live.snapshot(site->id, m_clock.nowMs()))));
}

void StreamClient::unsubscribe(const QJsonObject &message)
{
    QString name;
    const std::optional<Site> site = streamSiteOf(message, m_sites, &name);
    if (!site || !m_subscriptions.contains(site->id)) {
        sendError(
            QStringLiteral("not_subscribed"), QStringLiteral("This connection does not watch site '%1'.").arg(name));
        return;
    }
    m_subscriptions.remove(site->id);
    m_pending.remove(site->id);
    QJsonObject answer = LiveStreamCodec::envelope(QStringLiteral("unsubscribed"));
    answer.insert(QStringLiteral("site"), site->id);
    trySendJson(answer);
}

} // namespace pulse
