#include "analytics/funnel/FunnelStore.h"

#include "core/Clock.h"
#include "core/JsonFields.h"
#include "storage/EventWriter.h"
#include "storage/ReadPool.h"
#include "storage/Sqlite.h"

#include <QJsonDocument>

namespace pulse {

namespace {

// Saved definitions carry no time range: the reader picks one.
FunnelQuery withoutRange(FunnelQuery q)
{
    q.fromMs = 0;
    q.toMs = 0;
    return q;
}

QString nameError(const QString &name)
{
    if (name.trimmed().isEmpty())
        return QStringLiteral("Give the funnel a name.");
    if (name.size() > SavedFunnel::kMaxNameLength)
        return QStringLiteral("Funnel names are limited to %1 characters.").arg(SavedFunnel::kMaxNameLength);
    return {};
}

// A definition is valid when it would run over some range.
QString definitionError(const FunnelQuery &definition)
{
    FunnelQuery probe = definition;
    probe.fromMs = 0;
    probe.toMs = 1;
    return probe.validationError();
}

bool nameTaken(SqliteDatabase &db, qint64 siteId, const QString &name, qint64 exceptId)
{
    SqlStatement st = db.prepare(
        QStringLiteral("SELECT 1 FROM funnels WHERE site_id = ?1 AND name = ?2 COLLATE NOCASE AND id != ?3"));
    st.bind(1, siteId).bind(2, name.trimmed()).bind(3, exceptId);
    return st.step();
}

SavedFunnel readRow(SqlStatement &st)
{
    SavedFunnel f;
    f.id = st.columnInt(0);
    f.siteId = st.columnInt(1);
    f.name = st.columnText(2);
    QString ignored;
    f.definition.siteId = f.siteId;
    FunnelQuery::fromJson(QJsonDocument::fromJson(st.columnText(3).toUtf8()).object(), &f.definition, &ignored);
    f.definition = withoutRange(f.definition);
    f.definition.siteId = f.siteId;
    f.createdAtMs = st.columnInt(4);
    f.updatedAtMs = st.columnInt(5);
    return f;
}

const QString kColumns = QStringLiteral("id, site_id, name, definition, created_at, updated_at");

} // namespace

QJsonObject SavedFunnel::toJson() const
{
    QJsonObject def = definition.toJson();
    def.remove(QStringLiteral("from_ms"));
    def.remove(QStringLiteral("to_ms"));
    def.remove(QStringLiteral("site_id"));
    return { { QStringLiteral("id"), id }, { QStringLiteral("site_id"), siteId }, { QStringLiteral("name"), name },
        { QStringLiteral("definition"), def }, { QStringLiteral("created_at_ms"), createdAtMs },
        { QStringLiteral("updated_at_ms"), updatedAtMs } };
}

bool SavedFunnel::fromJson(const QJsonObject &json, SavedFunnel *out, QString *error)
{
    SavedFunnel f;
    f.siteId = out->siteId;
    f.id = out->id;
    if (!json::readString(json, "name", &f.name, error))
        return false;
    const QJsonValue def = json.value(QStringLiteral("definition"));
    if (!def.isObject()) {
        *error = QStringLiteral("Field 'definition' must be a funnel object with 'steps'.");
        return false;
    }
    f.definition.siteId = f.siteId;
    QString message;
    if (!FunnelQuery::fromJson(def.toObject(), &f.definition, &message)) {
        *error = QStringLiteral("definition: ") + message;
        return false;
    }
    f.definition = withoutRange(f.definition);
    f.definition.siteId = f.siteId;
    *out = f;
    return true;
}

FunnelStore::FunnelStore(EventWriter &writer, ReadPool &reads, const Clock &clock)
    : m_writer(writer), m_reads(reads), m_clock(clock)
{
}

std::optional<SavedFunnel> FunnelStore::save(const SavedFunnel &funnel, QString *error)
{
    QString message = nameError(funnel.name);
    if (message.isEmpty())
        message = definitionError(funnel.definition);
    if (!message.isEmpty()) {
        *error = message;
        return std::nullopt;
    }
    SavedFunnel saved = funnel;
    saved.name = funnel.name.trimmed();
    saved.definition = withoutRange(funnel.definition);
    saved.definition.siteId = funnel.siteId;
    const qint64 now = m_clock.nowMs();
    const QString definition = QString::fromUtf8(
        QJsonDocument(saved.toJson().value(QStringLiteral("definition")).toObject()).toJson(QJsonDocument::Compact));
    bool ok = true;
    m_writer.execute([&](SqliteDatabase &db) {
        if (nameTaken(db, saved.siteId, saved.name, saved.id)) {
            message = QStringLiteral("A funnel named '%1' exists already; choose another name.").arg(saved.name);
            ok = false;
            return;
        }
        if (saved.id == 0) {
            SqlStatement st = db.prepare(QStringLiteral("INSERT INTO funnels(site_id, name, definition, created_at, "
                                                        "updated_at) VALUES(?1, ?2, ?3, ?4, ?4)"));
            st.bind(1, saved.siteId).bind(2, saved.name).bind(3, definition).bind(4, now);
            st.run();
            saved.id = db.lastInsertRowId();
            saved.createdAtMs = now;
        } else {
            SqlStatement st = db.prepare(QStringLiteral(
                "UPDATE funnels SET name = ?1, definition = ?2, updated_at = ?3 WHERE id = ?4 AND site_id = ?5"));
            st.bind(1, saved.name).bind(2, definition).bind(3, now).bind(4, saved.id).bind(5, saved.siteId);
            st.run();
            if (db.changes() == 0) {
                message = QStringLiteral("There is no saved funnel %1 for this site.").arg(saved.id);
                ok = false;
                return;
            }
        }
    });
    if (!ok) {
        *error = message;
        return std::nullopt;
    }
    return get(saved.siteId, saved.id);
}

std::optional<SavedFunnel> FunnelStore::rename(qint64 siteId, qint64 id, const QString &name, QString *error)
{
    std::optional<SavedFunnel> funnel = get(siteId, id);
    if (!funnel) {
        *error = QStringLiteral("There is no saved funnel %1 for this site.").arg(id);
        return std::nullopt;
    }
    funnel->name = name;
    return save(*funnel, error);
}

bool FunnelStore::remove(qint64 siteId, qint64 id)
{
    bool removed = false;
    m_writer.execute([&](SqliteDatabase &db) {
        SqlStatement st = db.prepare(QStringLiteral("DELETE FROM funnels WHERE id = ?1 AND site_id = ?2"));
        st.bind(1, id).bind(2, siteId);
        st.run();
        removed = db.changes() > 0;
    });
    return removed;
}

QList<SavedFunnel> FunnelStore::list(qint64 siteId) const
{
    ReadPool::Lease lease = m_reads.acquire();
    SqlStatement st = lease.db().prepare(QStringLiteral("SELECT ") + kColumns
        + QStringLiteral(" FROM funnels WHERE site_id = ?1 ORDER BY name COLLATE NOCASE, id"));
    st.bind(1, siteId);
    QList<SavedFunnel> out;
    while (st.step())
        out << readRow(st);
    return out;
}

std::optional<SavedFunnel> FunnelStore::get(qint64 siteId, qint64 id) const
{
    ReadPool::Lease lease = m_reads.acquire();
    SqlStatement st = lease.db().prepare(
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM funnels WHERE id = ?1 AND site_id = ?2"));
    st.bind(1, id).bind(2, siteId);
    if (!st.step())
        return std::nullopt;
    return readRow(st);
}

} // namespace pulse
