// Live page. Snapshots are small and computed in memory, but still fetched through the client's
// future so a remote client (WebSocket) can serve the same page.
#include "pages/LivePage.h"

#include "charts/EventsPerMinuteChart.h"
#include "models/BreakdownModel.h"
#include "models/KpiFormat.h"
#include "models/LiveFeedModel.h"
#include "widgets/KpiTile.h"
#include "workspace/FutureWatch.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace pulse::ui {

namespace {
// Even without new events the minutes roll on: redraw this often so the chart keeps moving.
constexpr int kLiveTickMs = 5000;
} // namespace

LivePage::LivePage(WorkspaceClient &client, QWidget *parent)
    : QWidget(parent),
      m_client(client),
      m_heading(new QLabel(this)),
      m_visitors(new KpiTile(tr("Visitors, last 30 minutes"), this)),
      m_events(new KpiTile(tr("Events, last 30 minutes"), this)),
      m_chart(new EventsPerMinuteChart(this)),
      m_pages(new BreakdownModel(tr("Page"), false, this)),
      m_sources(new BreakdownModel(tr("Source"), false, this)),
      m_feed(new LiveFeedModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 16);
    layout->setSpacing(12);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    auto *tiles = new QHBoxLayout;
    tiles->addWidget(m_visitors, 1);
    tiles->addWidget(m_events, 1);
    tiles->addStretch(2);
    layout->addLayout(tiles);
    auto *chartTitle = new QLabel(tr("Events per minute, last hour"), this);
    QFont bold = chartTitle->font();
    bold.setBold(true);
    chartTitle->setFont(bold);
    layout->addWidget(chartTitle);
    layout->addWidget(m_chart, 2);

    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    const QList<QPair<QString, QAbstractItemModel *>> tables
        = { { tr("Top pages now"), m_pages }, { tr("Top sources now"), m_sources }, { tr("Latest events"), m_feed } };
    // Left column: top pages above top sources; right column: the feed, the full height.
    auto *left = new QVBoxLayout;
    for (int i = 0; i < 2; ++i) {
        auto *title = new QLabel(tables.at(i).first, this);
        title->setFont(bold);
        left->addWidget(title);
        left->addWidget(makeTable(tables.at(i).second), 1);
    }
    grid->addLayout(left, 0, 0);
    auto *right = new QVBoxLayout;
    auto *feedTitle = new QLabel(tables.at(2).first, this);
    feedTitle->setFont(bold);
    right->addWidget(feedTitle);
    QTableView *feed = makeTable(m_feed);
    feed->horizontalHeader()->setSectionResizeMode(LiveFeedModel::TimeColumn, QHeaderView::ResizeToContents);
    feed->horizontalHeader()->setSectionResizeMode(LiveFeedModel::PageColumn, QHeaderView::Stretch);
    right->addWidget(feed, 1);
    grid->addLayout(right, 0, 1);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);
    layout->addLayout(grid, 3);

    m_tick.setInterval(kLiveTickMs);
    connect(&m_tick, &QTimer::timeout, this, &LivePage::refresh);
    m_tick.start();
    connect(&m_client, &WorkspaceClient::collectorUrlChanged, this, [this] { display(m_snapshot); });
    connect(&m_client, &WorkspaceClient::eventsCommitted, this, [this](qint64 siteId) {
        if (m_site && m_site->id == siteId)
            refresh();
    });
    display(LiveSnapshot {});
}

LivePage::~LivePage() = default;

QTableView *LivePage::makeTable(QAbstractItemModel *model)
{
    auto *view = new QTableView(this);
    view->setModel(model);
    view->setSelectionMode(QAbstractItemView::NoSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setFocusPolicy(Qt::NoFocus);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    view->horizontalHeader()->setHighlightSections(false);
    view->setMinimumHeight(view->verticalHeader()->defaultSectionSize() * 4);
    return view;
}

void LivePage::setSite(const std::optional<Site> &site)
{
    if (site == m_site)
        return;
    m_site = site;
    const QTimeZone zone(site ? site->timeZone.toUtf8() : QByteArrayLiteral("UTC"));
    m_feed->setTimeZone(zone);
    display(LiveSnapshot {});
    refresh();
}

void LivePage::refresh()
{
    if (!m_site)
        return;
    const quint64 generation = ++m_generation;
    whenFinished(this, m_client.liveSnapshot(m_site->id), [this, generation](const LiveSnapshot &snapshot) {
        if (generation == m_generation)
            display(snapshot);
    });
}

void LivePage::display(const LiveSnapshot &snapshot)
{
    m_snapshot = snapshot;
    if (!m_site) {
        m_heading->setText(tr("Add a site on the Overview page to see its visitors here as they arrive."));
    } else if (m_client.collectorUrl().isEmpty()) {
        m_heading->setText(tr("The collector is not running: no live events can arrive."));
    } else {
        m_heading->setText(tr("Live on %1 · events arrive at %2").arg(m_site->domain, m_client.collectorUrl()));
    }
    m_visitors->setValue(KpiFormat::count(snapshot.visitors));
    m_events->setValue(KpiFormat::count(snapshot.events));
    QList<qint64> counts = snapshot.eventsPerMinute;
    if (counts.isEmpty())
        counts.fill(0, LiveSnapshot::kMinutes);
    m_chart->setCounts(counts);
    m_pages->setRows(snapshot.topPages);
    m_sources->setRows(snapshot.topSources);
    m_feed->setEvents(snapshot.feed);
    Q_EMIT updated();
}

} // namespace pulse::ui
