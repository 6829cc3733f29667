#include "workspace/RemoteLiveStream.h"

#include "live/LiveStreamCodec.h"
#include "workspace/SessionCredential.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QPromise>

namespace pulse::ui {

namespace {
constexpr int kReconnectMs = 5000;
// How long a first snapshot may take before the page gets an empty one (and asks again later).
constexpr int kFirstSnapshotWaitMs = 10000;
constexpr int kFeedSize = 200; // as the local aggregator's feed
} // namespace

struct RemoteLiveStream::SiteFeed {
    bool subscribed = false;
    bool haveAggregate = false;
    LiveSnapshot snapshot;
    QList<std::shared_ptr<QPromise<LiveSnapshot>>> waiting;
};

RemoteLiveStream::RemoteLiveStream(const QUrl &streamUrl, SessionCredential &credential, QObject *parent)
    : QObject(parent), m_url(streamUrl), m_credential(credential)
{
    m_reconnect.setSingleShot(true);
    m_reconnect.setInterval(kReconnectMs);
    connect(&m_reconnect, &QTimer::timeout, this, &RemoteLiveStream::open);
    connect(&m_socket, &QWebSocket::connected, this, &RemoteLiveStream::onConnected);
    connect(&m_socket, &QWebSocket::disconnected, this, &RemoteLiveStream::onDisconnected);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &RemoteLiveStream::onMessage);
}

RemoteLiveStream::~RemoteLiveStream()
{
    m_socket.disconnect(this);
    m_socket.abort();
    for (const auto &site : std::as_const(m_sites)) {
        for (const auto &promise : std::as_const(site->waiting))
            promise->finish(); // no result: the page's callback does not run
    }
}

QFuture<LiveSnapshot> RemoteLiveStream::snapshot(qint64 siteId)
{
    std::shared_ptr<SiteFeed> &site = m_sites[siteId];
    if (!site) {
        site = std::make_shared<SiteFeed>();
        site->snapshot.siteId = siteId;
    }
    if (site->haveAggregate) {
        LiveSnapshot answer = site->snapshot;
        return QtFuture::makeReadyFuture(answer);
    }
    auto promise = std::make_shared<QPromise<LiveSnapshot>>();
    promise->start();
    site->waiting.append(promise);
    QTimer::singleShot(kFirstSnapshotWaitMs, this, [this, siteId] { answerWaiting(siteId); });
    if (connected())
        subscribe(siteId);
    else
        open();
    return promise->future();
}

void RemoteLiveStream::open()
{
    if (m_opening || m_socket.state() != QAbstractSocket::UnconnectedState)
        return;
    m_opening = true;
    m_credential.bearer().then(this, [this](const QString &bearer) {
        m_opening = false;
        QNetworkRequest request(m_url);
        request.setRawHeader("Authorization", bearer.toUtf8());
        m_socket.open(request);
    });
}

void RemoteLiveStream::onConnected()
{
    m_ready = false; // until the server's hello
    m_lastError.clear();
}

void RemoteLiveStream::onDisconnected()
{
    m_ready = false;
    m_lastError = m_socket.closeReason().isEmpty() ? m_socket.errorString() : m_socket.closeReason();
    for (const auto &site : std::as_const(m_sites))
        site->subscribed = false;
    if (!m_sites.isEmpty())
        m_reconnect.start();
}

void RemoteLiveStream::subscribe(qint64 siteId)
{
    std::shared_ptr<SiteFeed> site = m_sites.value(siteId);
    if (!site || site->subscribed)
        return;
    QJsonObject message = LiveStreamCodec::envelope(QStringLiteral("subscribe"));
    message.insert(QStringLiteral("site"), siteId);
    message.insert(QStringLiteral("feed"), true);
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    site->subscribed = true;
}

void RemoteLiveStream::onMessage(const QString &text)
{
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = LiveStreamCodec::typeOf(message);
    const qint64 siteId = message.value(QStringLiteral("site")).toInteger();
    if (type == QLatin1String("hello")) {
        m_ready = true;
        for (auto it = m_sites.cbegin(); it != m_sites.cend(); ++it)
            subscribe(it.key());
        return;
    }
    std::shared_ptr<SiteFeed> site = m_sites.value(siteId);
    if (!site)
        return;
    QString error;
    if (type == QLatin1String("aggregate")) {
        std::optional<LiveSnapshot> snapshot = LiveStreamCodec::snapshotFromAggregate(message, &error);
        if (!snapshot)
            return;
        const bool changed = site->haveAggregate && snapshot->events != site->snapshot.events;
        snapshot->feed = site->snapshot.feed;
        site->snapshot = *snapshot;
        site->haveAggregate = true;
        answerWaiting(siteId);
        if (changed)
            Q_EMIT activity(siteId);
    } else if (type == QLatin1String("event")) {
        std::optional<EventRecord> event = LiveStreamCodec::eventFromMessage(message, &error);
        if (!event)
            return;
        site->snapshot.feed.prepend(*event);
        if (site->snapshot.feed.size() > kFeedSize)
            site->snapshot.feed.resize(kFeedSize);
    } else if (type == QLatin1String("error")) {
        m_lastError = message.value(QStringLiteral("message")).toString();
    }
}

void RemoteLiveStream::answerWaiting(qint64 siteId)
{
    std::shared_ptr<SiteFeed> site = m_sites.value(siteId);
    if (!site)
        return;
    const auto waiting = std::exchange(site->waiting, {});
    for (const auto &promise : waiting) {
        promise->addResult(site->snapshot);
        promise->finish();
    }
}

} // namespace pulse::ui
