// Named, per-site definitions kept as JSON in one SQLite table: saved funnels and saved retention
// reports are both "a name and a query without its time range". This class owns what they share
// (unique names per site ignoring case, timestamps, the SQL); the typed stores own their JSON and
// validation. The table has the columns (id, site_id, name, definition, created_at, updated_at) and
// a unique index on (site_id, name COLLATE NOCASE).
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pulse {

class Clock;
class EventWriter;
class ReadPool;

struct NamedDefinition {
    static constexpr int kMaxNameLength = 200;
    qint64 id = 0; // 0: not stored yet
    qint64 siteId = 0;
    QString name;
    QJsonObject definition;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
};

class NamedDefinitionStore final {
public:
    // table: a constant table name; noun: what users call a row, for messages ("funnel").
    NamedDefinitionStore(EventWriter &writer, ReadPool &reads, const Clock &clock, QString table, QString noun);

    // Inserts (id == 0) or replaces a row of the same site. nullopt with *error when the name is empty,
    // too long or taken, or the id is unknown. Throws SqlError when SQLite fails.
    std::optional<NamedDefinition> save(const NamedDefinition &row, QString *error);
    bool remove(qint64 siteId, qint64 id);
    QList<NamedDefinition> list(qint64 siteId) const; // by name, ignoring case
    std::optional<NamedDefinition> get(qint64 siteId, qint64 id) const;

    QString nameError(const QString &name) const; // empty when the name can be used
    QString missingError(qint64 id) const;

private:
    EventWriter &m_writer;
    ReadPool &m_reads;
    const Clock &m_clock;
    QString m_table;
    QString m_noun;
};

} // namespace pulse
