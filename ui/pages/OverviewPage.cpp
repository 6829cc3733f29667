// Overview page. Each refresh bumps a generation number; answers carrying an older number are
// dropped, so a slow query finishing late never overwrites what a newer one showed.
#include "pages/OverviewPage.h"

#include "charts/TimeSeriesChart.h"
#include "models/BreakdownModel.h"
#include "models/KpiFormat.h"
#include "pages/GetStartedPanel.h"
#include "widgets/FilterByCohortCombo.h"
#include "widgets/FilterChips.h"
#include "widgets/KpiTile.h"
#include "workspace/FutureWatch.h"

#include <QDateTime>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace pulse::ui {

namespace {
struct TableSpec {
    OverviewPage::Table table;
    const char *title;
    const char *column;
    const char *chip;
    QList<BreakdownRow> StatsResult::*rows;
    QString StatsQuery::*filter;
    const char *key;
};

const TableSpec kOverviewTables[] = {
    { OverviewPage::Table::Pages, QT_TRANSLATE_NOOP("pulse::ui::OverviewPage", "Top pages"),
        QT_TRANSLATE_NOOP("pulse::ui::OverviewPage", "Page"), QT_TRANSLATE_NOOP("pulse::ui::OverviewPage", "Page"),
        &StatsResult::pages, &StatsQuery::path, "path" },
    { OverviewPage::Table::EntryPages, QT_TRANSLATE_NOOP("pulse::ui::OverviewPage", "Entry pages"),
        QT_TRANSLATE_NOOP("pulse::ui::OverviewPage", "Page"),
        QT_TRANSLATE_NOOP("pulse::ui::OverviewPage", "Entry page"), &StatsResult::entryPages, &StatsQuery::entryPage,
        "entryPage" },
    { OverviewPage::Table::Sources, QT_TRANSLATE_NOOP("pulse::ui::OverviewPage", "Sources"),
        QT_TRANSLATE_NOOP("pulse::ui::OverviewPage", "Source"), QT_TRANSLATE_NOOP("pulse::ui::OverviewPage", "Source"),
        &StatsResult::sources, &StatsQuery::source, "source" },
    { OverviewPage::Table::Campaigns, QT_TRANSLATE_NOOP("pulse::ui::OverviewPage", "UTM campaigns"),
        QT_TRANSLATE_NOOP("pulse::ui::OverviewPage", "Campaign"),
        QT_TRANSLATE_NOOP("pulse::ui::OverviewPage", "Campaign"), &StatsResult::utmCampaigns, &StatsQuery::utmCampaign,
        "utmCampaign" },
    { OverviewPage::Table::Browsers, QT_TRANSLATE_NOOP("pulse::ui::OverviewPage", "Browsers"),
        QT_TRANSLATE_NOOP("pulse::ui::OverviewPage", "Browser"),
        QT_TRANSLATE_NOOP("pulse::ui::OverviewPage", "Browser"), &StatsResult::browsers, &StatsQuery::browser,
        "browser" },
    { OverviewPage::Table::Oses, QT_TRANSLATE_NOOP("pulse::ui::OverviewPage", "Operating systems"),
        QT_TRANSLATE_NOOP("pulse::ui::OverviewPage", "OS"), QT_TRANSLATE_NOOP("pulse::ui::OverviewPage", "OS"),
        &StatsResult::oses, &StatsQuery::os, "os" },
    { OverviewPage::Table::Devices, QT_TRANSLATE_NOOP("pulse::ui::OverviewPage", "Devices"),
        QT_TRANSLATE_NOOP("pulse::ui::OverviewPage", "Device"), QT_TRANSLATE_NOOP("pulse::ui::OverviewPage", "Device"),
        &StatsResult::devices, &StatsQuery::device, "device" },
};

const TableSpec &specFor(OverviewPage::Table table)
{
    for (const TableSpec &spec : kOverviewTables) {
        if (spec.table == table)
            return spec;
    }
    return kOverviewTables[0];
}

// Refresh at most this often while events for a range that includes today keep arriving.
constexpr int kAutoRefreshMs = 5000;
constexpr int kTableRows = 10;
} // namespace

OverviewPage::OverviewPage(WorkspaceClient &client, QWidget *parent)
    : QWidget(parent),
      m_client(client),
      m_busy(new QProgressBar(this)),
      m_error(new QLabel(this)),
      m_getStarted(new GetStartedPanel(this)),
      m_dashboard(new QWidget(this)),
      m_chips(new FilterChips(m_dashboard)),
      m_chart(new TimeSeriesChart(m_dashboard))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(4);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Loading"));
    outer->addWidget(m_busy);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll, 1);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 12, 16, 16);
    layout->setSpacing(12);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    layout->addWidget(m_error);
    layout->addWidget(m_getStarted);
    layout->addWidget(m_dashboard);
    layout->addStretch(1);

    auto *dash = new QVBoxLayout(m_dashboard);
    dash->setContentsMargins(0, 0, 0, 0);
    dash->setSpacing(12);
    // Who is counted: everyone, or one saved cohort (docs/cohorts.md).
    auto *audience = new QHBoxLayout;
    m_cohortFilter = new FilterByCohortCombo(m_client, m_dashboard);
    auto *audienceLabel = new QLabel(tr("Users"), m_dashboard);
    audienceLabel->setBuddy(m_cohortFilter);
    audience->addWidget(m_chips, 1);
    audience->addStretch(0); // keeps the selector on the right while there are no chips
    audience->addWidget(audienceLabel);
    audience->addWidget(m_cohortFilter);
    dash->addLayout(audience);
    connect(m_cohortFilter, &FilterByCohortCombo::cohortChosen, this, [this](qint64 id) {
        m_cohortId = id;
        refresh();
    });
    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(10);
    const QList<QPair<Kpi, QString>> kpis
        = { { Kpi::Visitors, tr("Visitors") }, { Kpi::Pageviews, tr("Pageviews") }, { Kpi::Sessions, tr("Visits") },
              { Kpi::BounceRate, tr("Bounce rate") }, { Kpi::VisitDuration, tr("Visit duration") } };
    for (const auto &[kpi, title] : kpis) {
        auto *tile = new KpiTile(title, m_dashboard);
        m_tiles.insert(kpi, tile);
        tiles->addWidget(tile, 1);
    }
    dash->addLayout(tiles);
    dash->addWidget(m_chart);
    buildTables(m_dashboard);

    connect(m_chips, &FilterChips::removeRequested, this, [this](const QString &key) {
        for (const TableSpec &spec : kOverviewTables) {
            if (QLatin1String(spec.key) == key)
                removeFilter(spec.table);
        }
    });
    connect(m_chips, &FilterChips::clearRequested, this, [this] {
        m_filters.clear();
        refresh();
    });
    connect(m_getStarted, &GetStartedPanel::loadDemoRequested, this, &OverviewPage::loadDemo);
    connect(m_getStarted, &GetStartedPanel::addSiteRequested, this, &OverviewPage::addSite);
    connect(&m_client, &WorkspaceClient::eventsCommitted, this, &OverviewPage::onEventsCommitted);
    connect(&m_client, &WorkspaceClient::collectorUrlChanged, this, [this] {
        if (m_site && !m_getStarted->isHidden())
            m_getStarted->showSite(m_site->domain, m_site->key, m_client.collectorUrl());
    });
    m_autoRefresh.setSingleShot(true);
    m_autoRefresh.setInterval(kAutoRefreshMs);
    connect(&m_autoRefresh, &QTimer::timeout, this, &OverviewPage::refresh);
    setLoading(false);
    updateGetStarted(false);
}

OverviewPage::~OverviewPage() = default;

void OverviewPage::buildTables(QWidget *host)
{
    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    int index = 0;
    for (const TableSpec &spec : kOverviewTables) {
        auto *box = new QWidget(host);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        auto *title = new QLabel(tr(spec.title), box);
        QFont font = title->font();
        font.setBold(true);
        title->setFont(font);
        auto *model = new BreakdownModel(tr(spec.column), spec.table == Table::Pages, this);
        auto *view = new QTableView(box);
        view->setObjectName(QLatin1String(spec.key));
        view->setModel(model);
        view->setSelectionMode(QAbstractItemView::NoSelection);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setFocusPolicy(Qt::NoFocus);
        view->setAlternatingRowColors(true);
        view->setShowGrid(false);
        view->setCursor(Qt::PointingHandCursor);
        view->verticalHeader()->setVisible(false);
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view->horizontalHeader()->setSectionResizeMode(BreakdownModel::ValueColumn, QHeaderView::Stretch);
        view->horizontalHeader()->setHighlightSections(false);
        view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        // Room for a full top-N table without an inner scroll bar.
        view->setMinimumHeight(view->verticalHeader()->defaultSectionSize() * kTableRows
            + view->horizontalHeader()->sizeHint().height() + 4);
        const Table table = spec.table;
        connect(view, &QTableView::clicked, this, [this, table](const QModelIndex &clicked) {
            addFilter(table, clicked.data(BreakdownModel::ValueRole).toString());
        });
        boxLayout->addWidget(title);
        boxLayout->addWidget(view);
        grid->addWidget(box, index / 2, index % 2);
        m_tables.insert(spec.table, view);
        m_models.insert(spec.table, model);
        ++index;
    }
    qobject_cast<QVBoxLayout *>(host->layout())->addLayout(grid);
}

KpiTile *OverviewPage::tile(Kpi kpi) const
{
    return m_tiles.value(kpi);
}
QTableView *OverviewPage::table(Table table) const
{
    return m_tables.value(table);
}
BreakdownModel *OverviewPage::model(Table table) const
{
    return m_models.value(table);
}

QTimeZone OverviewPage::zone() const
{
    const QTimeZone zone(m_site ? m_site->timeZone.toUtf8() : QByteArrayLiteral("UTC"));
    return zone.isValid() ? zone : QTimeZone::utc();
}

void OverviewPage::setSite(const std::optional<Site> &site)
{
    setContext(site, m_range, m_compare);
}

void OverviewPage::setRange(const DateRange &range, bool compare)
{
    setContext(m_site, range, compare);
}

void OverviewPage::setContext(const std::optional<Site> &site, const DateRange &range, bool compare)
{
    if (site == m_site && range == m_range && compare == m_compare)
        return;
    if (site != m_site) {
        m_filters.clear(); // paths, campaigns and cohorts of one site mean nothing on another
        m_cohortId = 0;
        m_cohortFilter->setSite(site ? site->id : 0);
    }
    m_site = site;
    m_range = range;
    m_compare = compare;
    refresh();
}

void OverviewPage::addFilter(Table table, const QString &value)
{
    m_filters.insert(table, value);
    refresh();
}

void OverviewPage::removeFilter(Table table)
{
    if (m_filters.remove(table) > 0)
        refresh();
}

StatsQuery OverviewPage::currentQuery() const
{
    StatsQuery query;
    if (!m_site || !m_range.isValid())
        return query;
    query.siteId = m_site->id;
    query.timeZone = zone().id().isEmpty() ? QStringLiteral("UTC") : QString::fromUtf8(zone().id());
    query.fromMs = m_range.fromMs(zone());
    query.toMs = m_range.toMs(zone());
    for (auto it = m_filters.cbegin(); it != m_filters.cend(); ++it)
        query.*(specFor(it.key()).filter) = it.value();
    query.cohortId = m_cohortId;
    return query;
}

std::optional<StatsQuery> OverviewPage::previousQuery() const
{
    if (!m_compare || !m_site || !m_range.isValid())
        return std::nullopt;
    StatsQuery query = currentQuery();
    const DateRange before = m_range.previous();
    query.fromMs = before.fromMs(zone());
    query.toMs = before.toMs(zone());
    return query;
}

void OverviewPage::refresh()
{
    const quint64 generation = ++m_generation;
    m_current.reset();
    m_previous.reset();
    updateChips();
    if (!m_site || !m_range.isValid()) {
        m_waiting = 0;
        setLoading(false);
        updateGetStarted(true);
        return;
    }
    const std::optional<StatsQuery> before = previousQuery();
    m_waiting = before ? 2 : 1;
    setLoading(true);
    whenFinished(this, m_client.stats(currentQuery()),
        [this, generation](const StatsReply &reply) { onStats(generation, false, reply); });
    if (before) {
        whenFinished(this, m_client.stats(*before),
            [this, generation](const StatsReply &reply) { onStats(generation, true, reply); });
    }
}

void OverviewPage::onStats(quint64 generation, bool previous, const StatsReply &reply)
{
    if (generation != m_generation)
        return; // an answer to a request the user has since replaced
    (previous ? m_previous : m_current) = reply;
    if (--m_waiting > 0)
        return;
    setLoading(false);
    display(*m_current, m_previous);
}

void OverviewPage::display(const StatsReply &current, const std::optional<StatsReply> &previous)
{
    m_error->setVisible(!current.ok());
    if (!current.ok()) {
        m_error->setText(tr("Could not load the figures: %1").arg(current.error));
        return;
    }
    const StatsResult &now = current.result;
    const StatsResult *before = previous && previous->ok() ? &previous->result : nullptr;
    showKpis(now, before);
    m_chart->setData(now.timeseries, before ? before->timeseries : QList<TimePoint>(), now.interval, zone());
    for (const TableSpec &spec : kOverviewTables)
        m_models.value(spec.table)->setRows(now.*(spec.rows));
    updateGetStarted(now.events == 0 && m_filters.isEmpty());
    Q_EMIT loaded();
}

void OverviewPage::showKpis(const StatsResult &now, const StatsResult *before)
{
    const auto set = [this](Kpi kpi, const QString &value, const KpiFormat::Change &change) {
        m_tiles.value(kpi)->setValue(value);
        m_tiles.value(kpi)->setChange(change.text, change.improved);
    };
    const auto rel = [before](double a, double b, bool higherIsBetter = true) {
        return before ? KpiFormat::relative(a, b, higherIsBetter) : KpiFormat::Change {};
    };
    const StatsResult none;
    const StatsResult &b = before ? *before : none;
    set(Kpi::Visitors, KpiFormat::count(now.visitors), rel(double(now.visitors), double(b.visitors)));
    set(Kpi::Pageviews, KpiFormat::count(now.pageviews), rel(double(now.pageviews), double(b.pageviews)));
    set(Kpi::Sessions, KpiFormat::count(now.sessions), rel(double(now.sessions), double(b.sessions)));
    set(Kpi::BounceRate, KpiFormat::rate(now.bounceRate),
        // A rate of nobody is no rate: compare only when both periods had visits.
        before && now.sessions > 0 && b.sessions > 0 ? KpiFormat::points(now.bounceRate, b.bounceRate, false)
                                                     : KpiFormat::Change {});
    set(Kpi::VisitDuration, KpiFormat::duration(now.visitDurationSeconds),
        rel(now.visitDurationSeconds, b.visitDurationSeconds));
}

void OverviewPage::updateChips()
{
    QList<FilterChips::Chip> chips;
    for (auto it = m_filters.cbegin(); it != m_filters.cend(); ++it) {
        const TableSpec &spec = specFor(it.key());
        chips.append({ QLatin1String(spec.key), tr("%1: %2").arg(tr(spec.chip), it.value()) });
    }
    m_chips->setChips(chips);
}

void OverviewPage::updateGetStarted(bool empty)
{
    m_dashboard->setVisible(m_site.has_value());
    m_getStarted->setVisible(empty || !m_site);
    if (!m_site)
        m_getStarted->showNoSites();
    else
        m_getStarted->showSite(m_site->domain, m_site->key, m_client.collectorUrl());
}

void OverviewPage::setLoading(bool loading)
{
    m_busy->setRange(0, loading ? 0 : 1);
    m_busy->setValue(loading ? 0 : 1);
    m_busy->setVisible(loading);
    for (KpiTile *tile : std::as_const(m_tiles))
        tile->setLoading(loading);
}

void OverviewPage::onEventsCommitted(qint64 siteId)
{
    if (!m_site || m_site->id != siteId || m_autoRefresh.isActive())
        return;
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_client.nowMs(), zone()).date();
    if (m_range.last() >= today)
        m_autoRefresh.start();
}

void OverviewPage::loadDemo()
{
    m_getStarted->setDemoBusy(true);
    whenFinished(this, m_client.loadDemoData(), [this](const DemoReply &reply) {
        m_getStarted->setDemoBusy(false);
        if (!reply.error.isEmpty()) {
            m_getStarted->setMessage(tr("Could not load the demo data: %1").arg(reply.error));
            return;
        }
        m_getStarted->setMessage(tr("Loaded %n demo event(s).", nullptr, int(reply.events)));
        Q_EMIT siteAdded(reply.site.id);
    });
}

void OverviewPage::addSite(const QString &domain)
{
    whenFinished(this, m_client.addSite(domain), [this](const SiteReply &reply) {
        if (!reply.error.isEmpty()) {
            m_getStarted->setMessage(reply.error);
            return;
        }
        m_getStarted->setMessage(QString());
        Q_EMIT siteAdded(reply.site.id);
    });
}

} // namespace pulse::ui
