// What a site's owner decides about its ingestion and storage (docs/sites-and-keys.md): which web
// origins may send events, how long events are kept, whether bots and Do Not Track requests are
// stored, whether events must carry a user id, and how many events a minute the site key may send.
// A value type with a JSON codec that validates every field and names the one to fix.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace pulse {

struct SiteSettings {
    enum class IdentityMode { Cookieless, UserId };

    QStringList allowedOrigins; // normalised "https://host[:port]"; empty: every origin
    int retentionDays = 0; // 0: keep forever
    bool botFiltering = true; // true: reject bots (reason "bot"); false: store them flagged
    bool respectDnt = false; // true: acknowledge "DNT: 1" requests and store nothing
    IdentityMode identityMode = IdentityMode::Cookieless;
    qint64 ingestQuotaPerMinute = 0; // events a minute per site key; 0: unlimited

    static constexpr int kMaxRetentionDays = 36500;
    static constexpr int kMaxOrigins = 100;

    // Adds the settings' members to a site's JSON.
    void writeJson(QJsonObject *object) const;
    // Reads the members present in object over *settings (absent ones keep their value). False with
    // *error naming the field and what to send instead.
    static bool readJson(const QJsonObject &object, SiteSettings *settings, QString *error);
    // "https://Example.com:443/" -> "https://example.com"; empty with *error for anything that is not
    // an http(s) origin (a path, a query, another scheme, user info).
    static QString normalizeOrigin(const QString &text, QString *error);
    bool allowsOrigin(const QString &origin) const;

    static QString identityModeName(IdentityMode mode);

    bool operator==(const SiteSettings &) const = default;
};

} // namespace pulse
