// Signed, expiring download links for export files (docs/exports.md): whoever holds the link may
// download that one file until it expires, with no API key (a browser, curl, a spreadsheet's
// "import from URL"). The signature is HMAC-SHA256 over the export id and the expiry with a key
// derived from the server's pepper, so links survive restarts, cannot be forged or extended, and
// all stop working if the pepper is replaced.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace pulse {

class DownloadLinks final {
public:
    enum class Verdict { Ok, Expired, Invalid };
    static constexpr qint64 kDefaultLifetimeSeconds = 3600;
    static constexpr qint64 kMaxLifetimeSeconds = 7 * 24 * 3600;

    explicit DownloadLinks(QByteArray key);

    // base64url, no padding.
    QString signature(qint64 exportId, qint64 expiresAtSeconds) const;
    // "expires=…&signature=…" for the download path's query string.
    QString query(qint64 exportId, qint64 expiresAtSeconds) const;
    // Compares in constant time; Expired only for a genuine signature whose time has passed.
    Verdict verify(qint64 exportId, qint64 expiresAtSeconds, QStringView signature, qint64 nowSeconds) const;

private:
    QByteArray m_key;
};

} // namespace pulse
