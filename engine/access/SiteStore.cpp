#include "access/SiteStore.h"

#include "access/SecretKey.h"
#include "core/Clock.h"
#include "storage/EventWriter.h"
#include "storage/ReadPool.h"
#include "storage/Sqlite.h"

#include <QDateTime>
#include <QTimeZone>
#include <QUrl>

namespace pulse {

QJsonObject Site::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("key"), key);
    o.insert(QStringLiteral("domain"), domain);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("timezone"), timeZone);
    o.insert(QStringLiteral("created_at"),
        QDateTime::fromMSecsSinceEpoch(createdAtMs, QTimeZone::utc()).toString(Qt::ISODateWithMs));
    return o;
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

std::optional<Site> SiteStore::add(const QString &domain, const QString &name, const QString &timeZone, QString *error)
{
    const QString host = normalizeDomain(domain, error);
    if (host.isEmpty())
        return std::nullopt;
    const QString zone = timeZone.isEmpty() ? QStringLiteral("UTC") : timeZone;
    if (!QTimeZone(zone.toUtf8()).isValid()) {
        if (error)
            *error = QStringLiteral("'%1' is not a time zone; use an IANA name such as Europe/Berlin or UTC").arg(zone);
        return std::nullopt;
    }
    Site site;
    site.key = SecretKey::generateSiteKey();
    site.domain = host;
    site.name = name.isEmpty() ? host : name;
    site.timeZone = zone;
    site.createdAtMs = m_clock.nowMs();
    m_writer.execute([&site](SqliteDatabase &db) {
        SqlStatement st = db.prepare(QStringLiteral(
            "INSERT INTO sites(site_key, domain, name, timezone, created_at) VALUES(?1, ?2, ?3, ?4, ?5)"));
        st.bind(1, site.key).bind(2, site.domain).bind(3, site.name).bind(4, site.timeZone).bind(5, site.createdAtMs);
        st.run();
        site.id = db.lastInsertRowId();
    });
    reload();
    return site;
}

void SiteStore::reload()
{
    QList<Site> sites;
    {
        ReadPool::Lease lease = m_reads.acquire();
        SqlStatement st = lease.db().prepare(
            QStringLiteral("SELECT id, site_key, domain, name, timezone, created_at FROM sites ORDER BY id"));
        while (st.step()) {
            Site s;
            s.id = st.columnInt(0);
            s.key = st.columnText(1);
            s.domain = st.columnText(2);
            s.name = st.columnText(3);
            s.timeZone = st.columnText(4);
            s.createdAtMs = st.columnInt(5);
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
