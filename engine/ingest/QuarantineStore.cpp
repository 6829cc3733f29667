#include "ingest/QuarantineStore.h"

#include "core/IsoTime.h"
#include "storage/Sqlite.h"

#include <QJsonDocument>
#include <QSet>

namespace pulse {

QJsonObject QuarantineEntry::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    if (siteId > 0)
        o.insert(QStringLiteral("site_id"), siteId);
    o.insert(QStringLiteral("site"), siteKey.isNull() ? QJsonValue() : QJsonValue(siteKey));
    o.insert(QStringLiteral("received_at"), iso::utc(receivedAtMs));
    o.insert(QStringLiteral("reason"), reason);
    o.insert(QStringLiteral("message"), message);
    o.insert(QStringLiteral("payload"), QString::fromUtf8(payload));
    return o;
}

void QuarantineStore::insert(SqliteDatabase &writeDb, const QList<Rejection> &rejections, int capacityPerSite)
{
    if (rejections.isEmpty())
        return;
    SqlStatement st = writeDb.prepare(QStringLiteral(
        "INSERT INTO quarantine(site_id, site_key, received_at, reason, message, payload) VALUES(?1,?2,?3,?4,?5,?6)"));
    QSet<qint64> sites;
    for (const Rejection &r : rejections) {
        if (r.siteId > 0)
            st.bind(1, r.siteId);
        else
            st.bindNull(1);
        st.bind(2, r.siteKey);
        st.bind(3, r.receivedAtMs);
        st.bind(4, r.reason);
        st.bind(5, r.message);
        st.bind(6, QString::fromUtf8(r.payload));
        st.run();
        sites.insert(r.siteId);
    }
    SqlStatement trim = writeDb.prepare(
        QStringLiteral("DELETE FROM quarantine WHERE site_id IS ?1 AND id <= "
                       "(SELECT id FROM quarantine WHERE site_id IS ?1 ORDER BY id DESC LIMIT 1 OFFSET ?2)"));
    for (qint64 site : std::as_const(sites)) {
        if (site > 0)
            trim.bind(1, site);
        else
            trim.bindNull(1);
        trim.bind(2, qint64(capacityPerSite));
        trim.run();
    }
}

QList<QuarantineEntry> QuarantineStore::list(
    SqliteDatabase &readDb, std::optional<qint64> siteId, qint64 beforeId, int limit)
{
    QString sql = QStringLiteral("SELECT id, site_id, site_key, received_at, reason, message, payload FROM quarantine "
                                 "WHERE (?1 = 0 OR id < ?1)");
    if (siteId)
        sql += QStringLiteral(" AND site_id = ?3");
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?2");
    SqlStatement st = readDb.prepare(sql);
    st.bind(1, beforeId);
    st.bind(2, qint64(limit));
    if (siteId)
        st.bind(3, *siteId);
    QList<QuarantineEntry> result;
    while (st.step()) {
        QuarantineEntry e;
        e.id = st.columnInt(0);
        e.siteId = st.columnInt(1);
        e.siteKey = st.columnText(2);
        e.receivedAtMs = st.columnInt(3);
        e.reason = st.columnText(4);
        e.message = st.columnText(5);
        e.payload = st.columnText(6).toUtf8();
        result.append(e);
    }
    return result;
}

} // namespace pulse
