#include "analytics/retention/RetentionReportStore.h"

#include "core/JsonFields.h"

namespace pulse {

namespace {

RetentionQuery withoutRange(RetentionQuery q)
{
    q.fromMs = 0;
    q.toMs = 0;
    return q;
}

// A definition is valid when it runs over one day.
QString definitionError(const RetentionQuery &definition)
{
    RetentionQuery probe = definition;
    probe.fromMs = 0;
    probe.toMs = 86400000;
    return probe.validationError();
}

QJsonObject definitionJson(const RetentionQuery &definition)
{
    QJsonObject def = definition.toJson();
    def.remove(QStringLiteral("from_ms"));
    def.remove(QStringLiteral("to_ms"));
    def.remove(QStringLiteral("site_id"));
    return def;
}

SavedRetentionReport fromRow(const NamedDefinition &row)
{
    SavedRetentionReport r;
    r.id = row.id;
    r.siteId = row.siteId;
    r.name = row.name;
    r.definition.siteId = row.siteId;
    QString ignored;
    RetentionQuery::fromJson(row.definition, &r.definition, &ignored);
    r.definition = withoutRange(r.definition);
    r.definition.siteId = row.siteId;
    r.createdAtMs = row.createdAtMs;
    r.updatedAtMs = row.updatedAtMs;
    return r;
}

} // namespace

QJsonObject SavedRetentionReport::toJson() const
{
    return { { QStringLiteral("id"), id }, { QStringLiteral("site_id"), siteId }, { QStringLiteral("name"), name },
        { QStringLiteral("definition"), definitionJson(definition) }, { QStringLiteral("created_at_ms"), createdAtMs },
        { QStringLiteral("updated_at_ms"), updatedAtMs } };
}

bool SavedRetentionReport::fromJson(const QJsonObject &json, SavedRetentionReport *out, QString *error)
{
    SavedRetentionReport r;
    r.siteId = out->siteId;
    r.id = out->id;
    if (!json::readString(json, "name", &r.name, error))
        return false;
    const QJsonValue def = json.value(QStringLiteral("definition"));
    if (!def.isObject()) {
        *error = QStringLiteral("Field 'definition' must be a retention query object (docs/retention.md).");
        return false;
    }
    r.definition.siteId = r.siteId;
    QString message;
    if (!RetentionQuery::fromJson(def.toObject(), &r.definition, &message)) {
        *error = QStringLiteral("definition: ") + message;
        return false;
    }
    r.definition = withoutRange(r.definition);
    r.definition.siteId = r.siteId;
    *out = r;
    return true;
}

RetentionReportStore::RetentionReportStore(EventWriter &writer, ReadPool &reads, const Clock &clock)
    : m_rows(writer, reads, clock, QStringLiteral("retention_reports"), QStringLiteral("retention report"))
{
}

std::optional<SavedRetentionReport> RetentionReportStore::save(const SavedRetentionReport &report, QString *error)
{
    QString message = m_rows.nameError(report.name);
    if (message.isEmpty()) {
        message = definitionError(report.definition);
        if (!message.isEmpty())
            message = QStringLiteral("definition: ") + message;
    }
    if (!message.isEmpty()) {
        *error = message;
        return std::nullopt;
    }
    const NamedDefinition row { report.id, report.siteId, report.name, definitionJson(report.definition), 0, 0 };
    const std::optional<NamedDefinition> saved = m_rows.save(row, error);
    return saved ? std::optional(fromRow(*saved)) : std::nullopt;
}

std::optional<SavedRetentionReport> RetentionReportStore::rename(
    qint64 siteId, qint64 id, const QString &name, QString *error)
{
    std::optional<SavedRetentionReport> report = get(siteId, id);
    if (!report) {
        *error = m_rows.missingError(id);
        return std::nullopt;
    }
    report->name = name;
    return save(*report, error);
}

bool RetentionReportStore::remove(qint64 siteId, qint64 id)
{
    return m_rows.remove(siteId, id);
}

QList<SavedRetentionReport> RetentionReportStore::list(qint64 siteId) const
{
    QList<SavedRetentionReport> out;
    for (const NamedDefinition &row : m_rows.list(siteId))
        out << fromRow(row);
    return out;
}

std::optional<SavedRetentionReport> RetentionReportStore::get(qint64 siteId, qint64 id) const
{
    const std::optional<NamedDefinition> row = m_rows.get(siteId, id);
    return row ? std::optional(fromRow(*row)) : std::nullopt;
}

} // namespace pulse
