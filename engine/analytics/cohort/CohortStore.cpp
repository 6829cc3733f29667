#include "analytics/cohort/CohortStore.h"

#include "core/Clock.h"
#include "storage/EventWriter.h"
#include "storage/ReadPool.h"
#include "storage/Sqlite.h"

#include <QJsonDocument>

namespace pulse {

namespace {

const QString kColumns = QStringLiteral("id, site_id, name, description, kind, definition, refresh_hours, created_at, "
                                        "updated_at, computed_at, size, version");

QString nameError(const QString &name)
{
    if (name.trimmed().isEmpty())
        return QStringLiteral("Give the cohort a name.");
    if (name.size() > Cohort::kMaxNameLength)
        return QStringLiteral("Cohort names are limited to %1 characters.").arg(Cohort::kMaxNameLength);
    return {};
}

Cohort readRow(SqlStatement &st)
{
    Cohort c;
    c.id = st.columnInt(0);
    c.siteId = st.columnInt(1);
    c.name = st.columnText(2);
    c.description = st.columnText(3);
    c.kind = st.columnText(4) == QLatin1String("dynamic") ? Cohort::Kind::Dynamic : Cohort::Kind::Static;
    if (c.kind == Cohort::Kind::Dynamic) {
        QString ignored;
        CohortGroup::fromJson(QJsonDocument::fromJson(st.columnText(5).toUtf8()).object(), &c.definition, &ignored);
    }
    c.refreshHours = int(st.columnInt(6));
    c.createdAtMs = st.columnInt(7);
    c.updatedAtMs = st.columnInt(8);
    c.computedAtMs = st.columnInt(9);
    c.size = st.columnInt(10);
    c.version = st.columnInt(11);
    return c;
}

// A null QString binds SQL NULL; these columns hold '' instead.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

bool nameTaken(SqliteDatabase &db, qint64 siteId, const QString &name, qint64 exceptId)
{
    SqlStatement st = db.prepare(
        QStringLiteral("SELECT 1 FROM cohorts WHERE site_id = ?1 AND name = ?2 COLLATE NOCASE AND id != ?3"));
    st.bind(1, siteId).bind(2, name).bind(3, exceptId);
    return st.step();
}

// Recounts a cohort's members, raises its version and records the size; on the writer thread.
void afterMembersChanged(SqliteDatabase &db, qint64 id, qint64 at)
{
    SqlStatement count = db.prepare(QStringLiteral("SELECT count(*) FROM cohort_members WHERE cohort_id = ?1"));
    count.bind(1, id);
    count.step();
    const qint64 size = count.columnInt(0);
    SqlStatement update = db.prepare(
        QStringLiteral("UPDATE cohorts SET size = ?1, computed_at = ?2, version = version + 1 WHERE id = ?3"));
    update.bind(1, size).bind(2, at).bind(3, id);
    update.run();
    SqlStatement history = db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO cohort_sizes(cohort_id, computed_at, size) VALUES(?1, ?2, ?3)"));
    history.bind(1, id).bind(2, at).bind(3, size);
    history.run();
}

} // namespace

CohortStore::CohortStore(EventWriter &writer, ReadPool &reads, const Clock &clock)
    : m_writer(writer), m_reads(reads), m_clock(clock)
{
}

std::optional<Cohort> CohortStore::save(const Cohort &cohort, QString *error)
{
    QString message = nameError(cohort.name);
    if (message.isEmpty() && cohort.description.size() > Cohort::kMaxDescriptionLength)
        message = QStringLiteral("Descriptions are limited to %1 characters.").arg(Cohort::kMaxDescriptionLength);
    if (message.isEmpty() && cohort.kind == Cohort::Kind::Dynamic) {
        message = cohort.definition.validationError();
        if (!message.isEmpty())
            message = QStringLiteral("definition: ") + message;
    }
    if (!message.isEmpty()) {
        *error = message;
        return std::nullopt;
    }
    const QString name = cohort.name.trimmed();
    const QString definition = cohort.kind == Cohort::Kind::Dynamic
        ? QString::fromUtf8(QJsonDocument(cohort.definition.toJson()).toJson(QJsonDocument::Compact))
        : QString();
    const qint64 now = m_clock.nowMs();
    qint64 id = cohort.id;
    bool ok = true;
    m_writer.execute([&](SqliteDatabase &db) {
        if (nameTaken(db, cohort.siteId, name, id)) {
            message = QStringLiteral("A cohort named '%1' exists already; choose another name.").arg(name);
            ok = false;
            return;
        }
        if (id == 0) {
            SqlStatement st = db.prepare(QStringLiteral(
                "INSERT INTO cohorts(site_id, name, description, kind, definition, refresh_hours, created_at, "
                "updated_at, computed_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?8)"));
            st.bind(1, cohort.siteId)
                .bind(2, name)
                .bind(3, text(cohort.description))
                .bind(4, Cohort::kindName(cohort.kind))
                .bind(5, text(definition))
                .bind(6, cohort.refreshHours)
                .bind(7, now)
                .bind(8, cohort.kind == Cohort::Kind::Static ? now : 0);
            st.run();
            id = db.lastInsertRowId();
            return;
        }
        SqlStatement kind = db.prepare(QStringLiteral("SELECT kind FROM cohorts WHERE id = ?1 AND site_id = ?2"));
        kind.bind(1, id).bind(2, cohort.siteId);
        if (!kind.step()) {
            message = QStringLiteral("There is no cohort %1 for this site.").arg(id);
            ok = false;
            return;
        }
        if (kind.columnText(0) != Cohort::kindName(cohort.kind)) {
            message = QStringLiteral("A cohort cannot change between static and dynamic; create a new one.");
            ok = false;
            return;
        }
        SqlStatement st = db.prepare(QStringLiteral("UPDATE cohorts SET name = ?1, description = ?2, definition = ?3, "
                                                    "refresh_hours = ?4, updated_at = ?5 WHERE id = ?6"));
        st.bind(1, name)
            .bind(2, text(cohort.description))
            .bind(3, text(definition))
            .bind(4, cohort.refreshHours)
            .bind(5, now)
            .bind(6, id);
        st.run();
    });
    if (!ok) {
        *error = message;
        return std::nullopt;
    }
    return get(cohort.siteId, id);
}

bool CohortStore::remove(qint64 siteId, qint64 id)
{
    bool removed = false;
    m_writer.execute([&](SqliteDatabase &db) {
        SqlStatement st = db.prepare(QStringLiteral("DELETE FROM cohorts WHERE id = ?1 AND site_id = ?2"));
        st.bind(1, id).bind(2, siteId);
        st.run();
        removed = db.changes() > 0;
    });
    return removed;
}

QList<Cohort> CohortStore::list(qint64 siteId) const
{
    ReadPool::Lease lease = m_reads.acquire();
    SqlStatement st = lease.db().prepare(QStringLiteral("SELECT ") + kColumns
        + QStringLiteral(" FROM cohorts WHERE site_id = ?1 ORDER BY name COLLATE NOCASE, id"));
    st.bind(1, siteId);
    QList<Cohort> out;
    while (st.step())
        out << readRow(st);
    return out;
}

std::optional<Cohort> CohortStore::get(qint64 siteId, qint64 id) const
{
    ReadPool::Lease lease = m_reads.acquire();
    SqlStatement st = lease.db().prepare(
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM cohorts WHERE id = ?1 AND site_id = ?2"));
    st.bind(1, id).bind(2, siteId);
    if (!st.step())
        return std::nullopt;
    return readRow(st);
}

std::optional<Cohort> CohortStore::setMembers(qint64 siteId, qint64 id, const QStringList &keys, qint64 computedAtMs)
{
    bool found = false;
    m_writer.execute([&](SqliteDatabase &db) {
        SqlStatement exists = db.prepare(QStringLiteral("SELECT 1 FROM cohorts WHERE id = ?1 AND site_id = ?2"));
        exists.bind(1, id).bind(2, siteId);
        found = exists.step();
        if (!found)
            return;
        SqlStatement clear = db.prepare(QStringLiteral("DELETE FROM cohort_members WHERE cohort_id = ?1"));
        clear.bind(1, id);
        clear.run();
        SqlStatement insert
            = db.prepare(QStringLiteral("INSERT OR IGNORE INTO cohort_members(cohort_id, member) VALUES(?1, ?2)"));
        for (const QString &key : keys) {
            insert.bind(1, id).bind(2, key);
            insert.run();
        }
        afterMembersChanged(db, id, computedAtMs);
    });
    return found ? get(siteId, id) : std::nullopt;
}

std::optional<Cohort> CohortStore::addMembers(qint64 siteId, qint64 id, const QStringList &keys, QString *error)
{
    return changeMembers(siteId, id, keys, true, error);
}

std::optional<Cohort> CohortStore::removeMembers(qint64 siteId, qint64 id, const QStringList &keys, QString *error)
{
    return changeMembers(siteId, id, keys, false, error);
}

std::optional<Cohort> CohortStore::changeMembers(
    qint64 siteId, qint64 id, const QStringList &keys, bool add, QString *error)
{
    const std::optional<Cohort> cohort = get(siteId, id);
    if (!cohort) {
        *error = QStringLiteral("There is no cohort %1 for this site.").arg(id);
        return std::nullopt;
    }
    if (cohort->kind != Cohort::Kind::Static) {
        *error = QStringLiteral("'%1' is a dynamic cohort: its members follow its definition. Change the definition, "
                                "or create a static cohort for a hand-picked list.")
                     .arg(cohort->name);
        return std::nullopt;
    }
    const qint64 now = m_clock.nowMs();
    m_writer.execute([&](SqliteDatabase &db) {
        SqlStatement st
            = db.prepare(add ? QStringLiteral("INSERT OR IGNORE INTO cohort_members(cohort_id, member) VALUES(?1, ?2)")
                             : QStringLiteral("DELETE FROM cohort_members WHERE cohort_id = ?1 AND member = ?2"));
        for (const QString &key : keys) {
            st.bind(1, id).bind(2, key);
            st.run();
        }
        afterMembersChanged(db, id, now);
    });
    return get(siteId, id);
}

CohortMembersPage CohortStore::members(qint64 id, const QString &search, int offset, int limit) const
{
    ReadPool::Lease lease = m_reads.acquire();
    const QString where = search.isEmpty()
        ? QStringLiteral("cohort_id = ?1")
        : QStringLiteral("cohort_id = ?1 AND instr(lower(substr(member, 3)), lower(?2)) > 0");
    CohortMembersPage page;
    SqlStatement count = lease.db().prepare(QStringLiteral("SELECT count(*) FROM cohort_members WHERE ") + where);
    count.bind(1, id);
    if (!search.isEmpty())
        count.bind(2, search);
    count.step();
    page.total = count.columnInt(0);
    // "u:" sorts before "v:": identified users by id, then anonymous visitors.
    SqlStatement st = lease.db().prepare(QStringLiteral("SELECT member FROM cohort_members WHERE ") + where
        + QStringLiteral(" ORDER BY member LIMIT ?3 OFFSET ?4"));
    st.bind(1, id);
    if (!search.isEmpty())
        st.bind(2, search);
    st.bind(3, qint64(std::clamp(limit, 0, kMaxPageSize))).bind(4, qint64(std::max(0, offset)));
    while (st.step())
        page.members << CohortMember::fromKey(st.columnText(0));
    return page;
}

QStringList CohortStore::memberKeys(qint64 id) const
{
    ReadPool::Lease lease = m_reads.acquire();
    SqlStatement st = lease.db().prepare(QStringLiteral("SELECT member FROM cohort_members WHERE cohort_id = ?1"));
    st.bind(1, id);
    QStringList keys;
    while (st.step())
        keys << st.columnText(0);
    return keys;
}

QList<CohortSizePoint> CohortStore::sizeHistory(qint64 id) const
{
    ReadPool::Lease lease = m_reads.acquire();
    SqlStatement st = lease.db().prepare(
        QStringLiteral("SELECT computed_at, size FROM cohort_sizes WHERE cohort_id = ?1 ORDER BY computed_at"));
    st.bind(1, id);
    QList<CohortSizePoint> out;
    while (st.step())
        out << CohortSizePoint { st.columnInt(0), st.columnInt(1) };
    return out;
}

QList<Cohort> CohortStore::dueForRefresh(qint64 nowMs) const
{
    ReadPool::Lease lease = m_reads.acquire();
    SqlStatement st = lease.db().prepare(QStringLiteral("SELECT ") + kColumns
        + QStringLiteral(" FROM cohorts WHERE kind = 'dynamic' AND refresh_hours > 0 AND computed_at + refresh_hours * "
                         "3600000 <= ?1 ORDER BY computed_at, id"));
    st.bind(1, nowMs);
    QList<Cohort> out;
    while (st.step())
        out << readRow(st);
    return out;
}

} // namespace pulse
