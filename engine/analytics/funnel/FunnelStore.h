// Saved funnels of each site, kept in the workspace's SQLite file (table `funnels`). A saved funnel
// is a name and a FunnelQuery without its time range: opening it runs the definition over whatever
// range the user picks, so it applies to all stored history from the moment it is defined.
#pragma once

#include "analytics/funnel/FunnelQuery.h"
#include "storage/NamedDefinitionStore.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pulse {

struct SavedFunnel {
    static constexpr int kMaxNameLength = NamedDefinition::kMaxNameLength;
    qint64 id = 0;
    qint64 siteId = 0;
    QString name;
    FunnelQuery definition; // fromMs/toMs are not kept
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;

    bool operator==(const SavedFunnel &) const = default;
    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &json, SavedFunnel *out, QString *error);
};

class FunnelStore final {
public:
    FunnelStore(EventWriter &writer, ReadPool &reads, const Clock &clock);

    // Saves a new funnel (funnel.id == 0) or replaces an existing one of the same site. Returns the
    // stored funnel, or nullopt with *error saying what to change (an empty or duplicate name, an
    // invalid definition, an unknown id). Throws SqlError when SQLite fails.
    std::optional<SavedFunnel> save(const SavedFunnel &funnel, QString *error);
    // Renames; nullopt with *error when the name is empty, taken or the funnel does not exist.
    std::optional<SavedFunnel> rename(qint64 siteId, qint64 id, const QString &name, QString *error);
    bool remove(qint64 siteId, qint64 id);
    QList<SavedFunnel> list(qint64 siteId) const; // by name
    std::optional<SavedFunnel> get(qint64 siteId, qint64 id) const;

private:
    NamedDefinitionStore m_rows;
};

} // namespace pulse
