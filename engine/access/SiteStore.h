// Sites, their public keys and settings. Lookups by key happen for every ingested event, so the store
// keeps every site in memory behind a read-write lock and reloads after each change it makes.
#pragma once

#include "access/SiteSettings.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QReadWriteLock>
#include <QString>

#include <optional>

namespace pulse {

class Clock;
class EventWriter;
class ReadPool;

struct Site {
    qint64 id = 0;
    QString key;
    QString domain;
    QString name;
    QString timeZone;
    qint64 createdAtMs = 0;
    SiteSettings settings;

    QJsonObject toJson() const;
    // Reads what toJson() wrote (a remote server's GET /api/v1/sites). nullopt without a positive id.
    static std::optional<Site> fromJson(const QJsonObject &json);
    bool operator==(const Site &) const = default;
};

class SiteStore final {
public:
    SiteStore(EventWriter &writer, ReadPool &reads, const Clock &clock);

    // Normalises "https://Example.com/path" to "example.com"; returns an empty string and sets error
    // (what to change) when the text is not a domain.
    static QString normalizeDomain(const QString &text, QString *error);

    // Adds a site with a new public key. Throws SqlError; returns nullopt and sets error on bad input.
    std::optional<Site> add(const QString &domain, const QString &name, const QString &timeZone, QString *error,
                            const SiteSettings &settings = {});
    // Replaces a site's domain, name, time zone and settings (its key and id stay). nullopt with
    // *error on bad input or when no site has the id (error then empty).
    std::optional<Site> update(const Site &site, QString *error);
    // Whether any event, session or quarantined event belongs to the site.
    bool hasData(qint64 id) const;
    // Deletes the site and everything stored for it (events, sessions, quarantine, saved reports,
    // cohorts, imports, keys limited to it), events in bounded batches through the writer. Its id
    // is never given to a later site, so nothing derived from the old site can be mistaken for it.
    bool remove(qint64 id);
    // Checks a time zone name; false with *error saying what to use.
    static bool checkTimeZone(const QString &zone, QString *error);
    void reload();
    QList<Site> list() const;
    std::optional<Site> byKey(QStringView key) const;
    std::optional<Site> byId(qint64 id) const;
    // A site given by key, numeric id or domain (how REST and CLI users name it).
    std::optional<Site> find(const QString &keyIdOrDomain) const;

private:
    EventWriter &m_writer;
    ReadPool &m_reads;
    const Clock &m_clock;
    mutable QReadWriteLock m_lock;
    QList<Site> m_sites;
    QHash<QString, qsizetype> m_byKey;
};

} // namespace pulse
