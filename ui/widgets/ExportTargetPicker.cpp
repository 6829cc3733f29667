#include "widgets/ExportTargetPicker.h"

#include "export/EventExportQuery.h"
#include "workspace/FutureWatch.h"

#include <QComboBox>
#include <QFormLayout>
#include <QJsonDocument>

namespace pulse::ui {

namespace {

// The stats tables an export offers, by their JSON names, with the names the overview gives them.
struct StatsTable {
    const char *name;
    const char *title;
};

const StatsTable kStatsTables[] = {
    { "overview", QT_TRANSLATE_NOOP("pulse::ui::ExportTargetPicker", "Overview totals") },
    { "timeseries", QT_TRANSLATE_NOOP("pulse::ui::ExportTargetPicker", "Visitors and pageviews over time") },
    { "pages", QT_TRANSLATE_NOOP("pulse::ui::ExportTargetPicker", "Top pages") },
    { "entry_pages", QT_TRANSLATE_NOOP("pulse::ui::ExportTargetPicker", "Entry pages") },
    { "exit_pages", QT_TRANSLATE_NOOP("pulse::ui::ExportTargetPicker", "Exit pages") },
    { "sources", QT_TRANSLATE_NOOP("pulse::ui::ExportTargetPicker", "Sources") },
    { "source_classes", QT_TRANSLATE_NOOP("pulse::ui::ExportTargetPicker", "Source types") },
    { "utm_sources", QT_TRANSLATE_NOOP("pulse::ui::ExportTargetPicker", "UTM sources") },
    { "utm_mediums", QT_TRANSLATE_NOOP("pulse::ui::ExportTargetPicker", "UTM mediums") },
    { "utm_campaigns", QT_TRANSLATE_NOOP("pulse::ui::ExportTargetPicker", "UTM campaigns") },
    { "event_names", QT_TRANSLATE_NOOP("pulse::ui::ExportTargetPicker", "Events") },
    { "browsers", QT_TRANSLATE_NOOP("pulse::ui::ExportTargetPicker", "Browsers") },
    { "oses", QT_TRANSLATE_NOOP("pulse::ui::ExportTargetPicker", "Operating systems") },
    { "devices", QT_TRANSLATE_NOOP("pulse::ui::ExportTargetPicker", "Devices") },
};

QString statsTitle(const QString &table)
{
    for (const StatsTable &t : kStatsTables) {
        if (table == QLatin1String(t.name))
            return ExportTargetPicker::tr(t.title);
    }
    return table;
}

// A query without what a run sets (site, range), for comparing definitions.
QJsonObject withoutRange(QJsonObject query)
{
    for (const char *key : { "site_id", "from_ms", "to_ms", "from", "to" })
        query.remove(QLatin1String(key));
    return query;
}

} // namespace

ExportTargetPicker::ExportTargetPicker(WorkspaceClient &client, QWidget *parent)
    : QWidget(parent), m_client(client), m_what(new QComboBox(this)), m_format(new QComboBox(this))
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&What"), m_what);
    form->addRow(tr("&Format"), m_format);
    m_what->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_format->addItem(tr("CSV (spreadsheets)"), int(ExportFormat::Csv));
    m_format->addItem(tr("NDJSON (one JSON object per line)"), int(ExportFormat::Ndjson));
    m_format->addItem(tr("JSON"), int(ExportFormat::Json));
    rebuild();
}

void ExportTargetPicker::setSite(const std::optional<Site> &site)
{
    m_site = site;
    m_funnels.clear();
    m_reports.clear();
    m_cohorts.clear();
    rebuild();
    if (!site)
        return;
    const qint64 siteId = site->id;
    m_pending = 3;
    const auto done = [this] {
        if (--m_pending == 0) {
            rebuild();
            Q_EMIT loaded();
        }
    };
    whenFinished(this, m_client.savedFunnels(siteId), [this, siteId, done](const SavedFunnelsReply &reply) {
        if (m_site && m_site->id == siteId)
            m_funnels = reply.funnels;
        done();
    });
    whenFinished(this, m_client.retentionReports(siteId), [this, siteId, done](const RetentionReportsReply &reply) {
        if (m_site && m_site->id == siteId)
            m_reports = reply.reports;
        done();
    });
    whenFinished(this, m_client.cohorts(siteId), [this, siteId, done](const CohortsReply &reply) {
        if (m_site && m_site->id == siteId)
            m_cohorts = reply.cohorts;
        done();
    });
}

void ExportTargetPicker::rebuild()
{
    const int previous = m_what->currentIndex();
    const Choice kept = previous >= 0 && previous < m_what->count() && m_what->itemData(previous).isValid()
        ? m_choices.value(m_what->itemData(previous).toInt())
        : Choice {};
    m_what->clear();
    m_choices.clear();
    const auto add = [this](const QString &text, Choice choice) {
        m_what->addItem(text, int(m_choices.size()));
        m_choices << choice;
    };
    add(tr("Raw events (every stored event)"), Choice { ExportRequest::Kind::Events, {}, 0 });
    m_what->insertSeparator(m_what->count());
    for (const StatsTable &t : kStatsTables)
        add(tr(t.title), Choice { ExportRequest::Kind::Stats, QString::fromLatin1(t.name), 0 });
    if (!m_funnels.isEmpty())
        m_what->insertSeparator(m_what->count());
    for (const SavedFunnel &f : std::as_const(m_funnels))
        add(tr("Funnel: %1").arg(f.name), Choice { ExportRequest::Kind::Funnel, {}, f.id });
    if (!m_reports.isEmpty())
        m_what->insertSeparator(m_what->count());
    for (const SavedRetentionReport &r : std::as_const(m_reports))
        add(tr("Retention: %1").arg(r.name), Choice { ExportRequest::Kind::Retention, {}, r.id });
    if (!m_cohorts.isEmpty())
        m_what->insertSeparator(m_what->count());
    for (const Cohort &c : std::as_const(m_cohorts))
        add(tr("Cohort members: %1").arg(c.name), Choice { ExportRequest::Kind::CohortMembers, {}, c.id });
    for (int i = 0; i < m_what->count(); ++i) {
        const QVariant item = m_what->itemData(i);
        if (!item.isValid())
            continue;
        const Choice &c = m_choices.at(item.toInt());
        if (c.kind == kept.kind && c.table == kept.table && c.id == kept.id) {
            m_what->setCurrentIndex(i);
            return;
        }
    }
    m_what->setCurrentIndex(0);
}

std::optional<ExportRequest> ExportTargetPicker::request(const DateRange &range, QString *error) const
{
    if (!m_site) {
        *error = tr("Choose a site first.");
        return std::nullopt;
    }
    const QVariant item = m_what->currentData();
    if (!item.isValid()) {
        *error = tr("Choose what to export.");
        return std::nullopt;
    }
    const Choice choice = m_choices.at(item.toInt());
    const QTimeZone zone(m_site->timeZone.toUtf8());
    const QTimeZone siteZone = zone.isValid() ? zone : QTimeZone::utc();
    const qint64 fromMs = range.fromMs(siteZone);
    const qint64 toMs = range.toMs(siteZone);
    ExportRequest request;
    request.siteId = m_site->id;
    request.kind = choice.kind;
    request.format = ExportFormat(m_format->currentData().toInt());
    switch (choice.kind) {
    case ExportRequest::Kind::Events: {
        EventExportQuery query;
        query.siteId = m_site->id;
        query.fromMs = fromMs;
        query.toMs = toMs;
        request.query = query.toJson();
        break;
    }
    case ExportRequest::Kind::Stats: {
        StatsQuery query;
        query.siteId = m_site->id;
        query.fromMs = fromMs;
        query.toMs = toMs;
        query.timeZone = m_site->timeZone;
        request.query = query.toJson();
        request.table = choice.table;
        break;
    }
    case ExportRequest::Kind::Funnel: {
        const auto it = std::find_if(
            m_funnels.cbegin(), m_funnels.cend(), [&](const SavedFunnel &f) { return f.id == choice.id; });
        if (it == m_funnels.cend()) {
            *error = tr("The saved funnel is gone; choose another.");
            return std::nullopt;
        }
        FunnelQuery query = it->definition;
        query.siteId = m_site->id;
        query.fromMs = fromMs;
        query.toMs = toMs;
        request.query = query.toJson();
        break;
    }
    case ExportRequest::Kind::Retention: {
        const auto it = std::find_if(
            m_reports.cbegin(), m_reports.cend(), [&](const SavedRetentionReport &r) { return r.id == choice.id; });
        if (it == m_reports.cend()) {
            *error = tr("The saved retention report is gone; choose another.");
            return std::nullopt;
        }
        RetentionQuery query = it->definition;
        query.siteId = m_site->id;
        query.fromMs = fromMs;
        query.toMs = toMs;
        request.query = query.toJson();
        break;
    }
    case ExportRequest::Kind::CohortMembers:
        request.query = QJsonObject { { QStringLiteral("cohort_id"), choice.id } };
        break;
    case ExportRequest::Kind::FunnelUsers:
        break; // offered from the Funnels page's user lists, not here
    }
    const QString invalid = request.validationError();
    if (!invalid.isEmpty()) {
        *error = invalid;
        return std::nullopt;
    }
    return request;
}

bool ExportTargetPicker::select(const ExportRequest &request)
{
    for (int i = 0; i < m_what->count(); ++i) {
        const QVariant item = m_what->itemData(i);
        if (!item.isValid())
            continue;
        const Choice &c = m_choices.at(item.toInt());
        if (c.kind != request.kind)
            continue;
        const bool same = [&] {
            switch (c.kind) {
            case ExportRequest::Kind::Stats:
                return c.table == request.table;
            case ExportRequest::Kind::CohortMembers:
                return c.id == request.query.value(QLatin1String("cohort_id")).toInteger();
            case ExportRequest::Kind::Funnel:
                // A request carries the definition, not the saved funnel's id: match the definition.
                for (const SavedFunnel &f : m_funnels) {
                    if (f.id == c.id)
                        return withoutRange(f.definition.toJson()) == withoutRange(request.query);
                }
                return false;
            case ExportRequest::Kind::Retention:
                for (const SavedRetentionReport &r : m_reports) {
                    if (r.id == c.id)
                        return withoutRange(r.definition.toJson()) == withoutRange(request.query);
                }
                return false;
            default:
                return true;
            }
        }();
        if (same) {
            m_what->setCurrentIndex(i);
            m_format->setCurrentIndex(m_format->findData(int(request.format)));
            return true;
        }
    }
    return false;
}

QString ExportTargetPicker::describe(const ExportRequest &request)
{
    switch (request.kind) {
    case ExportRequest::Kind::Events:
        return tr("Raw events");
    case ExportRequest::Kind::Stats:
        return statsTitle(request.table);
    case ExportRequest::Kind::Funnel:
        return tr("Funnel");
    case ExportRequest::Kind::FunnelUsers:
        return tr("Funnel users");
    case ExportRequest::Kind::Retention:
        return tr("Retention grid");
    case ExportRequest::Kind::CohortMembers:
        return tr("Cohort members");
    }
    return QString();
}

} // namespace pulse::ui
