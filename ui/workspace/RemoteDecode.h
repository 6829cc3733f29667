// Reads what a pulse-server's REST API answers into the engine's value types, for the remote client.
// The engine's fromJson functions read what a client may send (the editable fields); these add what
// only the server sets (ids, times, sizes), so a remote page shows what a local one would.
#pragma once

#include "access/KeyStore.h"
#include "alerts/AlertBacktest.h"
#include "alerts/AlertEvent.h"
#include "alerts/AlertRule.h"
#include "analytics/cohort/Cohort.h"
#include "analytics/funnel/FunnelStore.h"
#include "analytics/retention/RetentionReportStore.h"
#include "export/ExportJob.h"
#include "export/ExportSchedule.h"
#include "import/ImportJob.h"
#include "import/ImportPresetStore.h"
#include "import/ImportReport.h"
#include "webhooks/WebhookDelivery.h"
#include "webhooks/WebhookEndpoint.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <functional>
#include <optional>

namespace pulse::ui::remote {

std::optional<Cohort> cohort(const QJsonObject &json);
QList<CohortSizePoint> sizeHistory(const QJsonObject &cohortJson);
std::optional<SavedFunnel> savedFunnel(const QJsonObject &json);
std::optional<SavedRetentionReport> retentionReport(const QJsonObject &json);
std::optional<AlertRule> alertRule(const QJsonObject &json);
// A rule as a backtest answers it: a draft has no id yet.
AlertRule alertDraft(const QJsonObject &json);
std::optional<AlertEvent> alertEvent(const QJsonObject &json);
// A backtest answer of a rule with the window windowMs.
AlertBacktestResult alertBacktest(const QJsonObject &json, qint64 windowMs);
// An endpoint as the API shows it (the secret only after a create or a rotation).
std::optional<WebhookEndpoint> webhookEndpoint(const QJsonObject &json);
std::optional<WebhookDelivery> webhookDelivery(const QJsonObject &json);
std::optional<ImportJob> importJob(const QJsonObject &json);
std::optional<ImportPreset> importPreset(const QJsonObject &json);
std::optional<ImportRejection> importRejection(const QJsonObject &json);
std::optional<ApiKey> apiKey(const QJsonObject &json);
std::optional<ExportJob> exportJob(const QJsonObject &json);
std::optional<ExportSchedule> exportSchedule(const QJsonObject &json);
// An ISO 8601 time, or 0 for null.
qint64 timeMs(const QJsonValue &value);
std::optional<double> optionalNumber(const QJsonValue &value);

// Each item of json["items"] that read() turns into a value; items it cannot read are left out.
template<typename T>
QList<T> items(const QJsonObject &json, const std::function<std::optional<T>(const QJsonObject &)> &read,
    const QString &member = QStringLiteral("items"))
{
    QList<T> out;
    for (const QJsonValue &v : json.value(member).toArray()) {
        if (std::optional<T> item = read(v.toObject()))
            out.append(std::move(*item));
    }
    return out;
}

} // namespace pulse::ui::remote
