// What the remote client presents to a pulse-server. The analyst's secret key (from the keychain, kept
// in memory only) is exchanged for a short-lived session token (POST /api/v1/sessions), which every
// request then carries; the token is refreshed before it expires, exchanged again once its session
// ends, and the session is ended when the workbench lets go of the server. The key itself travels
// once per session, not with every request. A server without sessions (404) gets the key itself.
#pragma once

#include <QFuture>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace pulse::ui {

class SessionCredential final : public QObject {
    Q_OBJECT
public:
    SessionCredential(const QUrl &serverUrl, const QString &secret, QObject *parent = nullptr);
    ~SessionCredential() override;

    // "Bearer …" for the next request: the session token, once one is held (exchanging or refreshing
    // it first when needed; a failed exchange answers the key, whose refusal then tells the user why).
    QFuture<QString> bearer();
    // The server refused bearerValue (401). True when a fresh token may help (the token expired or its
    // session was revoked): the next bearer() exchanges the key again. False for the key itself.
    bool refused(const QString &bearerValue);
    // Ends the session on the server (DELETE /api/v1/sessions/current); the future finishes when the
    // server answered or could not be reached.
    QFuture<void> endSession();

    bool hasSession() const { return !m_token.isEmpty(); }

private:
    enum class Step { Exchange, Refresh };
    QFuture<QString> request(Step step);
    QUrl url(const QString &path) const;

    QUrl m_serverUrl;
    QString m_secret;
    QNetworkAccessManager *m_network;
    QString m_token;
    qint64 m_expiresAtMs = 0; // this computer's clock
    qint64 m_endsAtMs = 0; // after this the session cannot be refreshed
    bool m_sessionsUnsupported = false;
    std::optional<QFuture<QString>> m_inFlight;
};

} // namespace pulse::ui
