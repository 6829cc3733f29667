// The live view: visitors and events of the last 30 minutes, events per minute over the last hour,
// the top pages and sources right now, and a feed of the newest events. It refreshes when the
// collector commits events for the site and every few seconds so the chart moves with the clock.
#pragma once

#include "access/SiteStore.h"
#include "workspace/WorkspaceClient.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QAbstractItemModel;
class QTableView;

namespace pulse::ui {

class BreakdownModel;
class EventsPerMinuteChart;
class KpiTile;
class LiveFeedModel;

class LivePage final : public QWidget
{
    Q_OBJECT
public:
    explicit LivePage(WorkspaceClient &client, QWidget *parent = nullptr);
    ~LivePage() override;

    void setSite(const std::optional<Site> &site);
    void refresh();

    KpiTile *visitorsTile() const { return m_visitors; }
    KpiTile *eventsTile() const { return m_events; }
    EventsPerMinuteChart *chart() const { return m_chart; }
    LiveFeedModel *feed() const { return m_feed; }
    BreakdownModel *topPages() const { return m_pages; }
    BreakdownModel *topSources() const { return m_sources; }
    LiveSnapshot lastSnapshot() const { return m_snapshot; }

Q_SIGNALS:
    // The page now shows this snapshot.
    void updated();

private:
    void display(const LiveSnapshot &snapshot);
    QTableView *makeTable(QAbstractItemModel *model);

    WorkspaceClient &m_client;
    std::optional<Site> m_site;
    quint64 m_generation = 0;
    LiveSnapshot m_snapshot;
    QTimer m_tick;
    QLabel *m_heading;
    KpiTile *m_visitors;
    KpiTile *m_events;
    EventsPerMinuteChart *m_chart;
    BreakdownModel *m_pages;
    BreakdownModel *m_sources;
    LiveFeedModel *m_feed;
};

} // namespace pulse::ui
