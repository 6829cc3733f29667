#include "analytics/funnel/FunnelStore.h"

#include "core/JsonFields.h"

namespace pulse {

namespace {

// Saved definitions carry no time range: the reader picks one.
FunnelQuery withoutRange(FunnelQuery q)
{
    q.fromMs = 0;
    q.toMs = 0;
    return q;
}

// A definition is valid when it would run over some range.
QString definitionError(const FunnelQuery &definition)
{
    FunnelQuery probe = definition;
    probe.fromMs = 0;
    probe.toMs = 1;
    return probe.validationError();
}

QJsonObject definitionJson(const FunnelQuery &definition)
{
    QJsonObject def = definition.toJson();
    def.remove(QStringLiteral("from_ms"));
    def.remove(QStringLiteral("to_ms"));
    def.remove(QStringLiteral("site_id"));
    return def;
}

SavedFunnel fromRow(const NamedDefinition &row)
{
    SavedFunnel f;
    f.id = row.id;
    f.siteId = row.siteId;
    f.name = row.name;
    f.definition.siteId = row.siteId;
    QString ignored;
    FunnelQuery::fromJson(row.definition, &f.definition, &ignored);
    f.definition = withoutRange(f.definition);
    f.definition.siteId = row.siteId;
    f.createdAtMs = row.createdAtMs;
    f.updatedAtMs = row.updatedAtMs;
    return f;
}

} // namespace

QJsonObject SavedFunnel::toJson() const
{
    return { { QStringLiteral("id"), id }, { QStringLiteral("site_id"), siteId }, { QStringLiteral("name"), name },
        { QStringLiteral("definition"), definitionJson(definition) }, { QStringLiteral("created_at_ms"), createdAtMs },
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
    : m_rows(writer, reads, clock, QStringLiteral("funnels"), QStringLiteral("funnel"))
{
}

std::optional<SavedFunnel> FunnelStore::save(const SavedFunnel &funnel, QString *error)
{
    QString message = m_rows.nameError(funnel.name);
    if (message.isEmpty())
        message = definitionError(funnel.definition);
    if (!message.isEmpty()) {
        *error = message;
        return std::nullopt;
    }
    const NamedDefinition row { funnel.id, funnel.siteId, funnel.name, definitionJson(funnel.definition), 0, 0 };
    const std::optional<NamedDefinition> saved = m_rows.save(row, error);
    return saved ? std::optional(fromRow(*saved)) : std::nullopt;
}

std::optional<SavedFunnel> FunnelStore::rename(qint64 siteId, qint64 id, const QString &name, QString *error)
{
    std::optional<SavedFunnel> funnel = get(siteId, id);
    if (!funnel) {
        *error = m_rows.missingError(id);
        return std::nullopt;
    }
    funnel->name = name;
    return save(*funnel, error);
}

bool FunnelStore::remove(qint64 siteId, qint64 id)
{
    return m_rows.remove(siteId, id);
}

QList<SavedFunnel> FunnelStore::list(qint64 siteId) const
{
    QList<SavedFunnel> out;
    for (const NamedDefinition &row : m_rows.list(siteId))
        out << fromRow(row);
    return out;
}

std::optional<SavedFunnel> FunnelStore::get(qint64 siteId, qint64 id) const
{
    const std::optional<NamedDefinition> row = m_rows.get(siteId, id);
    return row ? std::optional(fromRow(*row)) : std::nullopt;
}

} // namespace pulse
