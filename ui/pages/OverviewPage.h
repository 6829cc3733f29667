// The overview dashboard: KPI tiles with the change against the previous period, the time series,
// and the top-N tables. Clicking a table row filters the whole page; filters show as chips. Queries
// run through the WorkspaceClient off the GUI thread; an answer to an older request is dropped.
#pragma once

#include "access/SiteStore.h"
#include "models/DateRange.h"
#include "workspace/WorkspaceClient.h"

#include <QMap>
#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QProgressBar;
class QTableView;

namespace pulse::ui {

class BreakdownModel;
class FilterByCohortCombo;
class FilterChips;
class GetStartedPanel;
class KpiTile;
class TimeSeriesChart;

class OverviewPage final : public QWidget {
    Q_OBJECT
public:
    enum class Kpi { Visitors, Pageviews, Sessions, BounceRate, VisitDuration };
    // The top-N tables, in display order; each filters the page by one StatsQuery field.
    enum class Table { Pages, EntryPages, Sources, Campaigns, Browsers, Oses, Devices };

    OverviewPage(WorkspaceClient &client, QWidget *parent = nullptr);
    ~OverviewPage() override;

    // No site: the page shows how to add one. Changing site clears the filters.
    void setSite(const std::optional<Site> &site);
    void setRange(const DateRange &range, bool compare);
    // Both at once, with one refresh.
    void setContext(const std::optional<Site> &site, const DateRange &range, bool compare);
    void refresh();

    // The query for what the page shows now (site, range, filters); the previous period's query
    // differs only in its range.
    StatsQuery currentQuery() const;
    std::optional<StatsQuery> previousQuery() const;
    bool isLoading() const { return m_waiting > 0; }
    KpiTile *tile(Kpi kpi) const;
    QTableView *table(Table table) const;
    BreakdownModel *model(Table table) const;
    TimeSeriesChart *chart() const { return m_chart; }
    FilterChips *chips() const { return m_chips; }
    GetStartedPanel *getStarted() const { return m_getStarted; }
    // Filters by one table's value, as clicking its row does.
    void addFilter(Table table, const QString &value);
    void removeFilter(Table table);

Q_SIGNALS:
    // The figures on screen now answer currentQuery().
    void loaded();
    // A site was added or the demo site loaded: the window lists sites again and selects this one.
    void siteAdded(qint64 siteId);

private:
    void buildTables(QWidget *host);
    void onStats(quint64 generation, bool previous, const StatsReply &reply);
    void display(const StatsReply &current, const std::optional<StatsReply> &previous);
    void showKpis(const StatsResult &now, const StatsResult *before);
    void updateChips();
    void updateGetStarted(bool empty);
    void setLoading(bool loading);
    void onEventsCommitted(qint64 siteId);
    void loadDemo();
    void addSite(const QString &domain);
    QTimeZone zone() const;

    WorkspaceClient &m_client;
    std::optional<Site> m_site;
    DateRange m_range;
    bool m_compare = true;
    QMap<Table, QString> m_filters;
    FilterByCohortCombo *m_cohortFilter = nullptr;
    qint64 m_cohortId = 0; // only this cohort's users; 0: everyone

    quint64 m_generation = 0;
    int m_waiting = 0;
    std::optional<StatsReply> m_current;
    std::optional<StatsReply> m_previous;
    QTimer m_autoRefresh;

    QProgressBar *m_busy;
    QLabel *m_error;
    GetStartedPanel *m_getStarted;
    QWidget *m_dashboard;
    FilterChips *m_chips;
    QMap<Kpi, KpiTile *> m_tiles;
    TimeSeriesChart *m_chart;
    QMap<Table, QTableView *> m_tables;
    QMap<Table, BreakdownModel *> m_models;
};

} // namespace pulse::ui
