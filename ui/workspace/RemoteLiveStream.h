// The remote client's live figures: one WebSocket to the server's /api/v1/stream (docs/stream.md),
// subscribed to each site the Live page asks about, keeping the newest aggregate and the sampled
// event feed per site. A dropped connection is opened again after a pause.
#pragma once

#include "live/LiveAggregator.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <memory>

template<typename T> class QPromise;

namespace pulse::ui {

class SessionCredential;

class RemoteLiveStream final : public QObject {
    Q_OBJECT
public:
    // streamUrl: ws(s)://host:port/api/v1/stream
    RemoteLiveStream(const QUrl &streamUrl, SessionCredential &credential, QObject *parent = nullptr);
    ~RemoteLiveStream() override;

    // The newest figures of siteId; the first call subscribes and answers once the server has sent
    // them (or, if it cannot be reached, an empty snapshot after a while).
    QFuture<LiveSnapshot> snapshot(qint64 siteId);
    bool connected() const { return m_socket.state() == QAbstractSocket::ConnectedState && m_ready; }
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    // New events reached siteId since its previous aggregate.
    void activity(qint64 siteId);

private:
    struct SiteFeed;
    void open();
    void onConnected();
    void onDisconnected();
    void onMessage(const QString &text);
    void subscribe(qint64 siteId);
    void answerWaiting(qint64 siteId);

    QUrl m_url;
    SessionCredential &m_credential;
    QWebSocket m_socket;
    QTimer m_reconnect;
    bool m_ready = false;
    bool m_opening = false;
    QString m_lastError;
    QHash<qint64, std::shared_ptr<SiteFeed>> m_sites;
};

} // namespace pulse::ui
