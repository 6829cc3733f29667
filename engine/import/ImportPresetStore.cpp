#include "import/ImportPresetStore.h"

#include "core/Clock.h"
#include "core/IsoTime.h"
#include "storage/EventWriter.h"
#include "storage/ReadPool.h"
#include "storage/Sqlite.h"
#include "storage/Workspace.h"

#include <QJsonDocument>

namespace pulse {

namespace {

ImportPreset presetFrom(const SqlStatement &st)
{
    ImportPreset preset;
    preset.id = st.columnInt(0);
    preset.name = st.columnText(1);
    QString ignored;
    // A stored mapping was valid when it was saved; one a later version cannot read maps nothing.
    preset.mapping = ImportMapping::fromJson(QJsonDocument::fromJson(st.columnText(2).toUtf8()).object(), &ignored)
                         .value_or(ImportMapping::automatic());
    preset.createdAtMs = st.columnInt(3);
    preset.updatedAtMs = st.columnInt(4);
    return preset;
}

std::optional<ImportPreset> builtIn(const QString &name)
{
    for (const QString &builtInName : ImportMapping::presetNames()) {
        if (builtInName.compare(name, Qt::CaseInsensitive) == 0)
            return ImportPreset { 0, builtInName, *ImportMapping::preset(builtInName), 0, 0 };
    }
    return std::nullopt;
}

} // namespace

QJsonObject ImportPreset::toJson() const
{
    return QJsonObject {
        { QStringLiteral("id"), id == 0 ? QJsonValue() : QJsonValue(id) },
        { QStringLiteral("name"), name },
        { QStringLiteral("built_in"), isBuiltIn() },
        { QStringLiteral("mapping"), mapping.toJson() },
        { QStringLiteral("created_at"), iso::utcOrAbsent(createdAtMs) },
        { QStringLiteral("updated_at"), iso::utcOrAbsent(updatedAtMs) },
    };
}

ImportPresetStore::ImportPresetStore(Workspace &workspace) : m_workspace(workspace) { }

QList<ImportPreset> ImportPresetStore::list() const
{
    QList<ImportPreset> presets;
    for (const QString &name : ImportMapping::presetNames())
        presets << *builtIn(name);
    ReadPool::Lease lease = m_workspace.reads().acquire();
    SqlStatement st = lease.db().prepare(QStringLiteral(
        "SELECT id, name, mapping, created_at, updated_at FROM import_presets ORDER BY name COLLATE NOCASE"));
    while (st.step())
        presets << presetFrom(st);
    return presets;
}

std::optional<ImportPreset> ImportPresetStore::find(const QString &name) const
{
    if (std::optional<ImportPreset> preset = builtIn(name))
        return preset;
    ReadPool::Lease lease = m_workspace.reads().acquire();
    SqlStatement st = lease.db().prepare(
        QStringLiteral("SELECT id, name, mapping, created_at, updated_at FROM import_presets WHERE name = ?1"));
    st.bind(1, name);
    if (!st.step())
        return std::nullopt;
    return presetFrom(st);
}

std::optional<ImportPreset> ImportPresetStore::save(
    const QString &rawName, const ImportMapping &mapping, QString *error)
{
    const QString name = rawName.trimmed();
    if (name.isEmpty()) {
        *error = tr("Give the preset a name.");
        return std::nullopt;
    }
    if (name.size() > ImportPreset::kMaxNameLength) {
        *error = tr("A preset name has at most %n characters.", nullptr, ImportPreset::kMaxNameLength);
        return std::nullopt;
    }
    if (builtIn(name)) {
        *error = tr("'%1' is a built-in preset; choose another name.").arg(name);
        return std::nullopt;
    }
    const qint64 now = m_workspace.clock().nowMs();
    const QString json = QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact));
    m_workspace.writer().execute([&](SqliteDatabase &db) {
        // One name, one preset: saving under a taken name replaces that preset's mapping.
        SqlStatement st = db.prepare(QStringLiteral(
            "INSERT INTO import_presets(name, mapping, created_at, updated_at) VALUES(?1, ?2, ?3, ?3) "
            "ON CONFLICT(name) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at"));
        st.bind(1, name).bind(2, json).bind(3, now);
        st.run();
    });
    return find(name);
}

bool ImportPresetStore::remove(qint64 id)
{
    bool removed = false;
    m_workspace.writer().execute([&](SqliteDatabase &db) {
        SqlStatement st = db.prepare(QStringLiteral("DELETE FROM import_presets WHERE id = ?1"));
        st.bind(1, id);
        st.run();
        removed = db.changes() > 0;
    });
    return removed;
}

} // namespace pulse
