// The session token's format (docs/sites-and-keys.md, "Sessions"): st_<payload>.<signature>, where the
// payload is base64url of "1:<session id>:<key id>:<scope bits>:<expiry ms>" and the signature is
// base64url of HMAC-SHA256 over "st1." + the payload text, with a key derived from the server's
// pepper. Clients treat it as opaque. The signature covers the payload exactly as sent (not its
// decoded bytes), so no character of a token can change without the check failing; it is compared
// in constant time. A token from a server with another pepper fails the check.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace pulse {

struct SessionClaims {
    qint64 sessionId = 0;
    qint64 keyId = 0;
    int scopes = 0;
    qint64 expiresAtMs = 0;

    bool operator==(const SessionClaims &) const = default;
};

class SessionToken final {
public:
    enum class Verdict { Ok, Malformed, BadSignature };
    static constexpr const char *kPrefix = "st_";
    // Longest token accepted: real ones are about 110 characters.
    static constexpr int kMaxLength = 512;

    explicit SessionToken(QByteArray signingKey);

    // True for anything that starts like a session token (the request's credential is one).
    static bool hasPrefix(QStringView credential);
    QString sign(const SessionClaims &claims) const;
    // The claims of a well-formed token with a genuine signature; says nothing yet about expiry,
    // revocation or the key.
    Verdict read(QStringView token, SessionClaims *claims) const;

private:
    QByteArray signatureOf(QByteArrayView payload) const;

    QByteArray m_key;
};

} // namespace pulse
