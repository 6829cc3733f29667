// The live feed: the newest events first, at most a fixed number of rows, so a busy site cannot grow
// the table without bound.
#pragma once

#include "ingest/EventRecord.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimeZone>

namespace pulse::ui {

class LiveFeedModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, EventColumn, PageColumn, SourceColumn, DeviceColumn, ColumnCount };
    static constexpr int kDefaultMaxRows = 200;

    explicit LiveFeedModel(QObject *parent = nullptr);

    void setMaxRows(int rows) { m_maxRows = rows; }
    int maxRows() const { return m_maxRows; }
    // Times are shown in this zone (the site's).
    void setTimeZone(const QTimeZone &zone);
    // Replaces the feed with events, newest first, cut to maxRows().
    void setEvents(const QList<EventRecord> &events);
    const QList<EventRecord> &events() const { return m_events; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<EventRecord> m_events;
    int m_maxRows = kDefaultMaxRows;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace pulse::ui
