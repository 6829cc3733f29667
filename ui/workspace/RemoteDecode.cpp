#include "workspace/RemoteDecode.h"

#include "access/SecretKey.h"

#include <QDateTime>
#include <QJsonDocument>

namespace pulse::ui::remote {

namespace {
qint64 integer(const QJsonObject &json, const char *name)
{
    return json.value(QLatin1String(name)).toInteger();
}

QString textField(const QJsonObject &json, const char *name)
{
    return json.value(QLatin1String(name)).toString();
}

// An ISO 8601 time the server wrote (core/IsoTime), in milliseconds; 0 when absent or null.
qint64 timeField(const QJsonObject &json, const char *name)
{
    return timeMs(json.value(QLatin1String(name)));
}

// A saved definition (a funnel, a retention report): its own fromJson reads what the user edits, then
// the fields the server sets.
template<typename Saved> std::optional<Saved> savedDefinition(const QJsonObject &json)
{
    Saved saved;
    saved.id = integer(json, "id");
    saved.siteId = integer(json, "site_id");
    QString error;
    if (saved.id <= 0 || !Saved::fromJson(json, &saved, &error))
        return std::nullopt;
    saved.createdAtMs = integer(json, "created_at_ms");
    saved.updatedAtMs = integer(json, "updated_at_ms");
    return saved;
}
} // namespace

std::optional<Cohort> cohort(const QJsonObject &json)
{
    Cohort c;
    QString error;
    if (!Cohort::fromJson(json, &c, &error))
        return std::nullopt;
    c.id = integer(json, "id");
    c.siteId = integer(json, "site_id");
    c.createdAtMs = integer(json, "created_at_ms");
    c.updatedAtMs = integer(json, "updated_at_ms");
    c.computedAtMs = integer(json, "computed_at_ms");
    c.size = integer(json, "size");
    c.version = integer(json, "version");
    return c.id > 0 ? std::optional<Cohort>(c) : std::nullopt;
}

QList<CohortSizePoint> sizeHistory(const QJsonObject &cohortJson)
{
    QList<CohortSizePoint> points;
    for (const QJsonValue &v : cohortJson.value(QLatin1String("size_history")).toArray()) {
        const QJsonObject p = v.toObject();
        points.append({ integer(p, "computed_at_ms"), integer(p, "size") });
    }
    return points;
}

std::optional<SavedFunnel> savedFunnel(const QJsonObject &json)
{
    return savedDefinition<SavedFunnel>(json);
}

std::optional<SavedRetentionReport> retentionReport(const QJsonObject &json)
{
    return savedDefinition<SavedRetentionReport>(json);
}

qint64 timeMs(const QJsonValue &value)
{
    if (!value.isString())
        return 0;
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

std::optional<double> optionalNumber(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

std::optional<AlertRule> alertRule(const QJsonObject &json)
{
    AlertRule rule = alertDraft(json);
    return rule.id > 0 ? std::optional<AlertRule>(rule) : std::nullopt;
}

AlertRule alertDraft(const QJsonObject &json)
{
    AlertRule rule;
    rule.id = integer(json, "id");
    rule.siteId = integer(json, "site_id");
    QString field, error;
    // Lenient as a stored definition is: what this build does not know keeps its default.
    AlertRule::readDefinition(json, &rule);
    AlertRule::fromJson(json, &rule, &field, &error);
    rule.state = textField(json, "state") == AlertRule::stateName(AlertRule::State::Firing) ? AlertRule::State::Firing
                                                                                            : AlertRule::State::Ok;
    rule.lastEvaluatedAtMs = timeField(json, "last_evaluated_at");
    rule.lastFiredAtMs = timeField(json, "last_fired_at");
    rule.lastValue = optionalNumber(json.value(QLatin1String("last_value")));
    rule.createdAtMs = timeField(json, "created_at");
    rule.updatedAtMs = timeField(json, "updated_at");
    return rule;
}

std::optional<AlertEvent> alertEvent(const QJsonObject &json)
{
    AlertEvent e;
    e.id = integer(json, "id");
    e.ruleId = integer(json, "rule_id");
    e.siteId = integer(json, "site_id");
    e.kind = textField(json, "kind") == AlertEvent::kindName(AlertEvent::Kind::Resolved) ? AlertEvent::Kind::Resolved
                                                                                         : AlertEvent::Kind::Fired;
    e.atMs = integer(json, "at_ms");
    e.windowFromMs = timeField(json, "window_from");
    e.value = json.value(QLatin1String("value")).toDouble();
    e.threshold = json.value(QLatin1String("threshold")).toDouble();
    e.baseline = optionalNumber(json.value(QLatin1String("baseline")));
    e.score = optionalNumber(json.value(QLatin1String("score")));
    return e.ruleId > 0 || e.atMs > 0 ? std::optional<AlertEvent>(e) : std::nullopt;
}

AlertBacktestResult alertBacktest(const QJsonObject &json, qint64 windowMs)
{
    AlertBacktestResult result;
    result.fromMs = timeField(json, "from");
    result.toMs = timeField(json, "to");
    result.stepMs = integer(json, "step_minutes") * AlertRule::kMinuteMs;
    result.windowsComputed = int(integer(json, "windows_computed"));
    result.elapsedMs = json.value(QLatin1String("elapsed_ms")).toDouble();
    for (const QJsonValue &v : json.value(QLatin1String("points")).toArray()) {
        const QJsonObject p = v.toObject();
        AlertCheck check;
        check.atMs = integer(p, "at_ms");
        check.windowFromMs = check.atMs - windowMs;
        const QString verdict = textField(p, "verdict");
        for (const auto candidate : { AlertCheck::Verdict::Normal, AlertCheck::Verdict::Breached }) {
            if (verdict == AlertCheck::verdictName(candidate))
                check.verdict = candidate;
        }
        check.value = optionalNumber(p.value(QLatin1String("value")));
        check.baseline = optionalNumber(p.value(QLatin1String("baseline")));
        check.score = optionalNumber(p.value(QLatin1String("score")));
        check.note = textField(p, "note");
        result.points.append(check);
    }
    result.events = items<AlertEvent>(json, &alertEvent, QStringLiteral("events"));
    return result;
}

std::optional<WebhookEndpoint> webhookEndpoint(const QJsonObject &json)
{
    WebhookEndpoint e;
    e.id = integer(json, "id");
    if (e.id <= 0)
        return std::nullopt;
    e.siteId = integer(json, "site_id");
    e.url = textField(json, "url");
    e.description = textField(json, "description");
    for (const QJsonValue &type : json.value(QLatin1String("event_types")).toArray())
        e.eventTypes.append(type.toString());
    e.enabled = json.value(QLatin1String("enabled")).toBool(true);
    e.disabledReason = textField(json, "disabled_reason");
    e.secret = textField(json, "secret");
    e.previousSecretExpiresAtMs = timeField(json, "previous_secret_expires_at");
    e.createdAtMs = timeField(json, "created_at");
    e.updatedAtMs = timeField(json, "updated_at");
    return e;
}

std::optional<WebhookDelivery> webhookDelivery(const QJsonObject &json)
{
    WebhookDelivery d;
    d.id = integer(json, "id");
    if (d.id <= 0)
        return std::nullopt;
    d.endpointId = integer(json, "endpoint_id");
    d.webhookId = textField(json, "webhook_id");
    d.eventType = textField(json, "event_type");
    d.body = QJsonDocument(json.value(QLatin1String("payload")).toObject()).toJson(QJsonDocument::Compact);
    d.state = WebhookDelivery::stateFromName(textField(json, "state")).value_or(WebhookDelivery::State::Pending);
    d.attempts = int(integer(json, "attempts"));
    d.nextAttemptAtMs = timeField(json, "next_attempt_at");
    d.lastStatus = int(integer(json, "last_status"));
    d.lastError = textField(json, "last_error");
    d.createdAtMs = timeField(json, "created_at");
    d.updatedAtMs = timeField(json, "updated_at");
    for (const QJsonValue &v : json.value(QLatin1String("attempt_log")).toArray()) {
        const QJsonObject a = v.toObject();
        WebhookAttempt attempt;
        attempt.attempt = int(integer(a, "attempt"));
        attempt.attemptedAtMs = timeField(a, "attempted_at");
        attempt.status = int(integer(a, "status"));
        attempt.latencyMs = integer(a, "latency_ms");
        attempt.responseExcerpt = textField(a, "response_excerpt");
        attempt.error = textField(a, "error");
        d.attemptLog.append(attempt);
    }
    return d;
}

std::optional<ImportJob> importJob(const QJsonObject &json)
{
    ImportJob job;
    job.id = integer(json, "id");
    if (job.id <= 0)
        return std::nullopt;
    job.siteId = integer(json, "site_id");
    job.fileName = textField(json, "file_name");
    job.format = EventImporter::formatFromName(textField(json, "format")).value_or(ImportOptions::Format::Csv);
    job.preset = textField(json, "preset");
    job.mapping = json.value(QLatin1String("mapping")).toObject();
    job.state = ImportJob::stateFromName(textField(json, "state")).value_or(ImportJob::State::Queued);
    job.cancelRequested = json.value(QLatin1String("cancel_requested")).toBool();
    job.rowsRead = integer(json, "rows_read");
    job.rowsImported = integer(json, "rows_imported");
    job.duplicates = integer(json, "duplicates");
    job.rowsRejected = integer(json, "rows_rejected");
    job.rejectionsNotListed = integer(json, "rejections_not_listed");
    job.bytesDone = integer(json, "bytes_done");
    job.bytesTotal = integer(json, "bytes_total");
    job.rowsPerSecond = json.value(QLatin1String("rows_per_second")).toDouble();
    job.secondsLeft = json.value(QLatin1String("seconds_left")).isDouble() ? integer(json, "seconds_left") : -1;
    job.createdAtMs = timeField(json, "created_at");
    job.startedAtMs = timeField(json, "started_at");
    job.finishedAtMs = timeField(json, "finished_at");
    job.error = textField(json, "error");
    return job;
}

std::optional<ImportPreset> importPreset(const QJsonObject &json)
{
    ImportPreset preset;
    preset.id = integer(json, "id"); // null for the built-in ones: 0
    preset.name = textField(json, "name");
    QString error;
    const std::optional<ImportMapping> mapping
        = ImportMapping::fromJson(json.value(QLatin1String("mapping")).toObject(), &error);
    if (preset.name.isEmpty() || !mapping)
        return std::nullopt;
    preset.mapping = *mapping;
    preset.createdAtMs = timeField(json, "created_at");
    preset.updatedAtMs = timeField(json, "updated_at");
    return preset;
}

std::optional<ImportRejection> importRejection(const QJsonObject &json)
{
    return ImportRejection { integer(json, "row"), integer(json, "line"), textField(json, "column"),
        textField(json, "reason"), textField(json, "message") };
}

std::optional<ApiKey> apiKey(const QJsonObject &json)
{
    ApiKey key;
    key.id = integer(json, "id");
    if (key.id <= 0)
        return std::nullopt;
    key.name = textField(json, "name");
    key.prefix = textField(json, "prefix");
    QStringList scopes;
    for (const QJsonValue &v : json.value(QLatin1String("scopes")).toArray())
        scopes << v.toString();
    QString error;
    key.scopes = SecretKey::parseScopes(scopes.join(u','), &error);
    key.siteId = integer(json, "site_id");
    key.createdAtMs = timeField(json, "created_at");
    key.expiresAtMs = timeField(json, "expires_at");
    key.revokedAtMs = timeField(json, "revoked_at");
    key.lastUsedAtMs = timeField(json, "last_used_at");
    key.useCount = integer(json, "use_count");
    key.rotatedAtMs = timeField(json, "rotated_at");
    key.previousExpiresAtMs = timeField(json, "previous_secret_expires_at");
    return key;
}

std::optional<ExportJob> exportJob(const QJsonObject &json)
{
    ExportJob job;
    job.id = integer(json, "id");
    job.siteId = integer(json, "site_id");
    QString error;
    const std::optional<ExportRequest> request = ExportRequest::fromJson(json, job.siteId, &error);
    if (job.id <= 0 || !request)
        return std::nullopt;
    job.request = *request;
    job.state = ExportJob::stateFromName(textField(json, "state")).value_or(ExportJob::State::Queued);
    job.rows = integer(json, "rows");
    job.bytes = integer(json, "bytes");
    job.fileName = textField(json, "file_name");
    job.createdAtMs = timeField(json, "created_at");
    job.startedAtMs = timeField(json, "started_at");
    job.finishedAtMs = timeField(json, "finished_at");
    job.error = textField(json, "error");
    job.scheduleId = integer(json, "schedule_id");
    return job;
}

std::optional<ExportSchedule> exportSchedule(const QJsonObject &json)
{
    ExportSchedule base;
    base.id = integer(json, "id");
    base.siteId = integer(json, "site_id");
    QString error;
    std::optional<ExportSchedule> schedule = ExportSchedule::fromJson(json, base, &error);
    if (base.id <= 0 || !schedule)
        return std::nullopt;
    schedule->id = base.id;
    schedule->siteId = base.siteId;
    schedule->nextRunAtMs = timeField(json, "next_run_at");
    schedule->lastRunAtMs = timeField(json, "last_run_at");
    schedule->createdAtMs = timeField(json, "created_at");
    return schedule;
}

} // namespace pulse::ui::remote
