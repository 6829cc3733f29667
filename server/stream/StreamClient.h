// One live-stream connection on the server: reads the client's subscribe and unsubscribe messages,
// sends what it subscribed to through a bounded queue, and judges whether it is still alive and
// keeping up. Qt's WebSocket buffers outgoing data without limit, so nothing is handed to it while
// it holds maxQueuedBytes; aggregates wait coalesced (the newest per site) instead, and a client
// that stays behind is closed with 4008. Every decision reads the Clock.
#pragma once

#include "access/KeyStore.h"
#include "stream/StreamOptions.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QWebSocket>

namespace pulse {

class Clock;
class LiveAggregator;
class SiteStore;

class StreamClient final : public QObject {
    Q_OBJECT
public:
    // A message ready to send: text for Qt, bytes for the queue accounting.
    struct Outgoing {
        QString text;
        qint64 bytes = 0;
        static Outgoing fromJson(const QJsonObject &message);
    };
    // Close codes besides the standard ones (docs/stream.md "Close codes").
    static constexpr int kCloseKeyRefused = 4001;
    static constexpr int kCloseOriginRefused = 4003;
    static constexpr int kCloseTooSlow = 4008;

    StreamClient(QWebSocket *socket, const ApiKey &key, const QString &origin, SiteStore &sites, LiveAggregator &live,
        const Clock &clock, const StreamOptions &options, QObject *parent = nullptr);
    ~StreamClient() override;

    struct Subscription {
        bool feed = false; // sampled events wanted
        qint64 sinceMs = 0; // when it was made: older events are not fed
    };
    // Sites subscribed to, by id.
    const QMap<qint64, Subscription> &subscriptions() const { return m_subscriptions; }
    // Bytes Qt holds for this client, not yet handed to the kernel: at most maxQueuedBytes.
    qint64 bytesQueued() const;
    // Aggregates waiting for room in the queue (one per site at most).
    int pendingAggregates() const { return int(m_pending.size()); }
    qint64 droppedEvents() const { return m_droppedEvents; }
    qint64 pongsReceived() const { return m_pongs; }
    bool isClosing() const { return m_closingSinceMs >= 0; }
    int closeCode() const { return m_closeCode; }
    QString closeReason() const { return m_closeReason; }
    QWebSocket *socket() const { return m_socket; }

    // Called once per interval by the StreamServer: this interval's aggregate for a subscribed site
    // (replaces one still waiting), and a feed event received at receivedAtMs, which is skipped when
    // there is no room or the subscription is younger than the event.
    void deliverAggregate(qint64 siteId, const Outgoing &message);
    void deliverEvent(qint64 siteId, qint64 receivedAtMs, const Outgoing &message);
    // Sends what waits, pings, and closes the client if it is dead or too slow (as of nowMs).
    void checkAt(qint64 nowMs);
    // Closes with code and reason (server shutdown: 1001).
    void closeWith(int code, const QString &reason);

Q_SIGNALS:
    // The connection is gone; the StreamServer deletes the client.
    void finished(pulse::StreamClient *client);

private:
    void onText(const QString &text);
    void onBinary(const QByteArray &data);
    void onPong();
    void subscribe(const QJsonObject &message);
    void unsubscribe(const QJsonObject &message);
    void sendError(const QString &code, const QString &detail);
    // Queues a message unless Qt already holds too much; the control reserve keeps room for pings
    // and the close frame, so bytesQueued() never passes the cap.
    bool trySend(const Outgoing &message);
    bool trySendJson(const QJsonObject &message);
    void flushPending();

    QPointer<QWebSocket> m_socket;
    const ApiKey m_key;
    const QString m_origin;
    SiteStore &m_sites;
    LiveAggregator &m_live;
    const Clock &m_clock;
    const StreamOptions m_options;
    QMap<qint64, Subscription> m_subscriptions;
    QMap<qint64, Outgoing> m_pending;
    qint64 m_behindSinceMs = -1;
    qint64 m_pingSentMs = -1;
    bool m_awaitingPong = false;
    qint64 m_closingSinceMs = -1;
    int m_closeCode = 0;
    QString m_closeReason;
    qint64 m_droppedEvents = 0;
    qint64 m_pongs = 0;
};

} // namespace pulse
