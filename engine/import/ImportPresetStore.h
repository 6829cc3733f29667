// Saved import mappings (the import_presets table, migration 0011): a name and a CSV column mapping,
// shared by every site of the workspace. The built-in presets (ImportMapping::presetNames) are not
// stored; their names are reserved so a preset name always means one mapping. Writes go through the
// one writer, reads through the read pool.
#pragma once

#include "import/ImportMapping.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pulse {

class Workspace;

struct ImportPreset {
    static constexpr int kMaxNameLength = 100;

    qint64 id = 0; // 0: built in
    QString name;
    ImportMapping mapping;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;

    bool isBuiltIn() const { return id == 0; }
    // id (null when built in), name, built_in, mapping, created_at, updated_at.
    QJsonObject toJson() const;
    bool operator==(const ImportPreset &) const = default;
};

class ImportPresetStore final {
    Q_DECLARE_TR_FUNCTIONS(pulse::ImportPresetStore)

public:
    explicit ImportPresetStore(Workspace &workspace);

    // The built-in presets first, then the saved ones by name.
    QList<ImportPreset> list() const;
    // A built-in or saved preset by name (case-insensitive), or nullopt.
    std::optional<ImportPreset> find(const QString &name) const;
    // Saves the mapping under name, replacing a saved preset of that name. nullopt with *error when
    // the name is empty, too long or a built-in preset's.
    std::optional<ImportPreset> save(const QString &name, const ImportMapping &mapping, QString *error);
    bool remove(qint64 id);

private:
    Workspace &m_workspace;
};

} // namespace pulse
