#include "access/SiteStore.h"

#include "access/SecretKey.h"
#include "core/Clock.h"
#include "core/IsoTime.h"
#include "core/TimeZoneName.h"
#include "storage/EventWriter.h"
#include "storage/ReadPool.h"
#include "storage/Sqlite.h"

#include <QDateTime>
#include <QTimeZone>
#include <QUrl>

namespace pulse {

namespace {
// Events deleted per writer job when a site goes: a big site never holds the writer (and every
// ingest request behind it) for long.
constexpr int kDeleteBatchRows = 10000;
// The highest site id ever given, kept in settings so a deleted site's id is never reused.
const QString kSiteIdHighWater = QStringLiteral("site_id_high_water");

void bindSettings(SqlStatement &st, int first, const SiteSettings &s)
{
    const QString origins = s.allowedOrigins.join(QLatin1Char('\n'));
    st.bind(first, origins.isNull() ? QStringLiteral("") : origins); // a null QString would bind NULL
    st.bind(first + 1, qint64(s.retentionDays));
    st.bind(first + 2, qint64(s.botFiltering ? 1 : 0));
    st.bind(first + 3, qint64(s.respectDnt ? 1 : 0));
    st.bind(first + 4, SiteSettings::identityModeName(s.identityMode));
    st.bind(first + 5, s.ingestQuotaPerMinute);
}
} // namespace

QJsonObject Site::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("key"), key);
    o.insert(QStringLiteral("domain"), domain);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("timezone"), timeZone);
    o.insert(QStringLiteral("created_at"), iso::utc(createdAtMs));
    settings.writeJson(&o);
    return o;
}

std::optional<Site> Site::fromJson(const QJsonObject &json)
{
    Site site;
    site.id = json.value(QStringLiteral("id")).toInteger();
    if (site.id <= 0)
        return std::nullopt;
    site.key = json.value(QStringLiteral("key")).toString();
    site.domain = json.value(QStringLiteral("domain")).toString();
    site.name = json.value(QStringLiteral("name")).toString();
    site.timeZone = json.value(QStringLiteral("timezone")).toString(QStringLiteral("UTC"));
    site.createdAtMs = QDateTime::fromString(json.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs)
                           .toMSecsSinceEpoch();
    QString ignored; // a newer server's settings this build does not know keep their defaults
    SiteSettings::readJson(json, &site.settings, &ignored);
    return site;
}

SiteStore::SiteStore(EventWriter &writer, ReadPool &reads, const Clock &clock)
    : m_writer(writer), m_reads(reads), m_clock(clock)
{
}

QString SiteStore::normalizeDomain(const QString &text, QString *error)
{
    QString candidate = text.trimmed();
    if (!candidate.contains(QStringLiteral("://")))
        candidate.prepend(QStringLiteral("https://"));
    const QUrl url(candidate, QUrl::StrictMode);
    const QString host = url.host(QUrl::FullyEncoded).toLower();
    const bool valid = url.isValid() && !host.isEmpty() && host.size() <= 253 && !host.startsWith(QLatin1Char('.'))
        && !host.endsWith(QLatin1Char('.'));
    if (!valid) {
        if (error)
            *error = QStringLiteral("'%1' is not a domain; give the site's host name, for example example.com")
                         .arg(text.left(100));
        return {};
    }
    return host;
}

bool SiteStore::checkTimeZone(const QString &zone, QString *error)
{
    if (isTimeZoneName(zone))
        return true;
    if (error)
        *error = QStringLiteral("'%1' is not a time zone; use an IANA name such as Europe/Berlin or UTC")
                     .arg(zone.left(100));
    return false;
}

std::optional<Site> SiteStore::add(
    const QString &domain, const QString &name, const QString &timeZone, QString *error, const SiteSettings &settings)
{
    const QString host = normalizeDomain(domain, error);
    if (host.isEmpty())
        return std::nullopt;
    const QString zone = timeZone.isEmpty() ? QStringLiteral("UTC") : timeZone;
    if (!checkTimeZone(zone, error))
        return std::nullopt;
    Site site;
    site.key = SecretKey::generateSiteKey();
    site.domain = host;
    site.name = name.isEmpty() ? host : name;
    site.timeZone = zone;
    site.createdAtMs = m_clock.nowMs();
    site.settings = settings;
    m_writer.execute([&site](SqliteDatabase &db) {
        SqlStatement st = db.prepare(QStringLiteral(
            "INSERT INTO sites(id, site_key, domain, name, timezone, created_at, allowed_origins, retention_days, "
            "bot_filtering, respect_dnt, identity_mode, ingest_quota) "
            "VALUES(MAX(COALESCE((SELECT MAX(id) FROM sites), 0), "
            "COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = ?12), 0)) + 1, "
            "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"));
        st.bind(1, site.key).bind(2, site.domain).bind(3, site.name).bind(4, site.timeZone).bind(5, site.createdAtMs);
        bindSettings(st, 6, site.settings);
        st.bind(12, kSiteIdHighWater);
        st.run();
        site.id = db.lastInsertRowId();
    });
    reload();
    return site;
}

std::optional<Site> SiteStore::update(const Site &changed, QString *error)
{
    const std::optional<Site> existing = byId(changed.id);
    if (!existing) {
        if (error)
            error->clear();
        return std::nullopt;
    }
    Site site = *existing;
    site.domain = normalizeDomain(changed.domain, error);
    // A zone stored before the check was strict stays until someone changes it: editing the site's other
    // fields must not fail on it.
    if (site.domain.isEmpty() || (changed.timeZone != existing->timeZone && !checkTimeZone(changed.timeZone, error)))
        return std::nullopt;
    site.name = changed.name.trimmed().isEmpty() ? site.domain : changed.name.trimmed();
    site.timeZone = changed.timeZone;
    site.settings = changed.settings;
    m_writer.execute([&site](SqliteDatabase &db) {
        SqlStatement st = db.prepare(QStringLiteral(
            "UPDATE sites SET domain = ?1, name = ?2, timezone = ?3, allowed_origins = ?4, retention_days = ?5, "
            "bot_filtering = ?6, respect_dnt = ?7, identity_mode = ?8, ingest_quota = ?9 WHERE id = ?10"));
        st.bind(1, site.domain).bind(2, site.name).bind(3, site.timeZone);
        bindSettings(st, 4, site.settings);
        st.bind(10, site.id);
        st.run();
    });
    reload();
    return site;
}

bool SiteStore::hasData(qint64 id) const
{
    ReadPool::Lease lease = m_reads.acquire();
    SqlStatement st = lease.db().prepare(QStringLiteral(
        "SELECT EXISTS(SELECT 1 FROM events WHERE site_id = ?1) OR EXISTS(SELECT 1 FROM sessions WHERE site_id = ?1) "
        "OR EXISTS(SELECT 1 FROM quarantine WHERE site_id = ?1)"));
    st.bind(1, id);
    return st.step() && st.columnInt(0) != 0;
}

bool SiteStore::remove(qint64 id)
{
    if (!byId(id))
        return false;
    // The site row goes first, in its own job (one transaction): from then on nothing new is accepted for it
    // (the collector no longer finds its key) while the events are deleted batch by batch. Rows that
    // reference it with ON DELETE CASCADE (saved reports, cohorts, imports, keys) go with it.
    bool removed = false;
    m_writer.execute([id, &removed](SqliteDatabase &db) {
        SqlStatement mark = db.prepare(
            QStringLiteral("INSERT INTO settings(key, value) VALUES(?1, ?2) ON CONFLICT(key) DO UPDATE SET "
                           "value = MAX(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER))"));
        mark.bind(1, kSiteIdHighWater).bind(2, QString::number(id));
        mark.run();
        SqlStatement st = db.prepare(QStringLiteral("DELETE FROM sites WHERE id = ?1"));
        st.bind(1, id);
        st.run();
        removed = db.changes() > 0;
    });
    reload();
    for (const QString &table :
        { QStringLiteral("events"), QStringLiteral("sessions"), QStringLiteral("quarantine") }) {
        bool more = true;
        while (more) {
            m_writer.execute([&table, id, &more](SqliteDatabase &db) {
                SqlStatement st = db.prepare(
                    QStringLiteral("DELETE FROM %1 WHERE rowid IN (SELECT rowid FROM %1 WHERE site_id = ?1 LIMIT %2)")
                        .arg(table)
                        .arg(kDeleteBatchRows));
                st.bind(1, id);
                st.run();
                more = db.changes() >= kDeleteBatchRows;
            });
        }
    }
    return removed;
}

void SiteStore::reload()
{
    QList<Site> sites;
    {
        ReadPool::Lease lease = m_reads.acquire();
        SqlStatement st = lease.db().prepare(
            QStringLiteral("SELECT id, site_key, domain, name, timezone, created_at, allowed_origins, retention_days, "
                           "bot_filtering, respect_dnt, identity_mode, ingest_quota FROM sites ORDER BY id"));
        while (st.step()) {
            Site s;
            s.id = st.columnInt(0);
            s.key = st.columnText(1);
            s.domain = st.columnText(2);
            s.name = st.columnText(3);
            s.timeZone = st.columnText(4);
            s.createdAtMs = st.columnInt(5);
            s.settings.allowedOrigins = st.columnText(6).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            s.settings.retentionDays = int(st.columnInt(7));
            s.settings.botFiltering = st.columnInt(8) != 0;
            s.settings.respectDnt = st.columnInt(9) != 0;
            s.settings.identityMode = st.columnText(10) == QLatin1String("user_id")
                ? SiteSettings::IdentityMode::UserId
                : SiteSettings::IdentityMode::Cookieless;
            s.settings.ingestQuotaPerMinute = st.columnInt(11);
            sites.append(s);
        }
    }
    QWriteLocker lock(&m_lock);
    m_sites = sites;
    m_byKey.clear();
    for (qsizetype i = 0; i < m_sites.size(); ++i)
        m_byKey.insert(m_sites.at(i).key, i);
}

QList<Site> SiteStore::list() const
{
    QReadLocker lock(&m_lock);
    return m_sites;
}

std::optional<Site> SiteStore::byKey(QStringView key) const
{
    QReadLocker lock(&m_lock);
    const auto it = m_byKey.constFind(key.toString());
    if (it == m_byKey.constEnd())
        return std::nullopt;
    return m_sites.at(*it);
}

std::optional<Site> SiteStore::byId(qint64 id) const
{
    QReadLocker lock(&m_lock);
    for (const Site &s : m_sites) {
        if (s.id == id)
            return s;
    }
    return std::nullopt;
}

std::optional<Site> SiteStore::find(const QString &keyIdOrDomain) const
{
    if (auto site = byKey(keyIdOrDomain))
        return site;
    bool isNumber = false;
    const qint64 id = keyIdOrDomain.toLongLong(&isNumber);
    if (isNumber)
        return byId(id);
    const QString domain = keyIdOrDomain.trimmed().toLower();
    QReadLocker lock(&m_lock);
    for (const Site &s : m_sites) {
        if (s.domain == domain)
            return s;
    }
    return std::nullopt;
}

} // namespace pulse
