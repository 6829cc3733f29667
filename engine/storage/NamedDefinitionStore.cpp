#include "storage/NamedDefinitionStore.h"

#include "core/Clock.h"
#include "storage/EventWriter.h"
#include "storage/ReadPool.h"
#include "storage/Sqlite.h"

#include <QJsonDocument>

namespace pulse {

namespace {

NamedDefinition readRow(SqlStatement &st)
{
    NamedDefinition row;
    row.id = st.columnInt(0);
    row.siteId = st.columnInt(1);
    row.name = st.columnText(2);
    row.definition = QJsonDocument::fromJson(st.columnText(3).toUtf8()).object();
    row.createdAtMs = st.columnInt(4);
    row.updatedAtMs = st.columnInt(5);
    return row;
}

} // namespace

NamedDefinitionStore::NamedDefinitionStore(
    EventWriter &writer, ReadPool &reads, const Clock &clock, QString table, QString noun)
    : m_writer(writer), m_reads(reads), m_clock(clock), m_table(std::move(table)), m_noun(std::move(noun))
{
}

QString NamedDefinitionStore::nameError(const QString &name) const
{
    if (name.trimmed().isEmpty())
        return QStringLiteral("Give the %1 a name.").arg(m_noun);
    if (name.size() > NamedDefinition::kMaxNameLength)
        return QStringLiteral("The name of a %1 is limited to %2 characters.")
            .arg(m_noun)
            .arg(NamedDefinition::kMaxNameLength);
    return {};
}

QString NamedDefinitionStore::missingError(qint64 id) const
{
    return QStringLiteral("There is no saved %1 %2 for this site.").arg(m_noun).arg(id);
}

std::optional<NamedDefinition> NamedDefinitionStore::save(const NamedDefinition &row, QString *error)
{
    QString message = nameError(row.name);
    if (!message.isEmpty()) {
        *error = message;
        return std::nullopt;
    }
    NamedDefinition saved = row;
    saved.name = row.name.trimmed();
    const qint64 now = m_clock.nowMs();
    const QString definition = QString::fromUtf8(QJsonDocument(saved.definition).toJson(QJsonDocument::Compact));
    m_writer.execute([&](SqliteDatabase &db) {
        SqlStatement taken = db.prepare(QStringLiteral("SELECT 1 FROM ") + m_table
            + QStringLiteral(" WHERE site_id = ?1 AND name = ?2 COLLATE NOCASE AND id != ?3"));
        taken.bind(1, saved.siteId).bind(2, saved.name).bind(3, saved.id);
        if (taken.step()) {
            message = QStringLiteral("A %1 named '%2' exists already; choose another name.").arg(m_noun, saved.name);
            return;
        }
        if (saved.id == 0) {
            SqlStatement st = db.prepare(QStringLiteral("INSERT INTO ") + m_table
                + QStringLiteral("(site_id, name, definition, created_at, updated_at) VALUES(?1, ?2, ?3, ?4, ?4)"));
            st.bind(1, saved.siteId).bind(2, saved.name).bind(3, definition).bind(4, now);
            st.run();
            saved.id = db.lastInsertRowId();
            return;
        }
        SqlStatement st = db.prepare(QStringLiteral("UPDATE ") + m_table
            + QStringLiteral(" SET name = ?1, definition = ?2, updated_at = ?3 WHERE id = ?4 AND site_id = ?5"));
        st.bind(1, saved.name).bind(2, definition).bind(3, now).bind(4, saved.id).bind(5, saved.siteId);
        st.run();
        if (db.changes() == 0)
            message = missingError(saved.id);
    });
    if (!message.isEmpty()) {
        *error = message;
        return std::nullopt;
    }
    return get(saved.siteId, saved.id);
}

bool NamedDefinitionStore::remove(qint64 siteId, qint64 id)
{
    bool removed = false;
    m_writer.execute([&](SqliteDatabase &db) {
        SqlStatement st
            = db.prepare(QStringLiteral("DELETE FROM ") + m_table + QStringLiteral(" WHERE id = ?1 AND site_id = ?2"));
        st.bind(1, id).bind(2, siteId);
        st.run();
        removed = db.changes() > 0;
    });
    return removed;
}

QList<NamedDefinition> NamedDefinitionStore::list(qint64 siteId) const
{
    ReadPool::Lease lease = m_reads.acquire();
    SqlStatement st
        = lease.db().prepare(QStringLiteral("SELECT id, site_id, name, definition, created_at, updated_at FROM ")
            + m_table + QStringLiteral(" WHERE site_id = ?1 ORDER BY name COLLATE NOCASE, id"));
    st.bind(1, siteId);
    QList<NamedDefinition> out;
    while (st.step())
        out << readRow(st);
    return out;
}

std::optional<NamedDefinition> NamedDefinitionStore::get(qint64 siteId, qint64 id) const
{
    ReadPool::Lease lease = m_reads.acquire();
    SqlStatement st
        = lease.db().prepare(QStringLiteral("SELECT id, site_id, name, definition, created_at, updated_at FROM ")
            + m_table + QStringLiteral(" WHERE id = ?1 AND site_id = ?2"));
    st.bind(1, id).bind(2, siteId);
    if (!st.step())
        return std::nullopt;
    return readRow(st);
}

} // namespace pulse
