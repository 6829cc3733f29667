// Live feed model: one row per event, formatted for reading at a glance.
#include "models/LiveFeedModel.h"

#include "analytics/StatsQuery.h"

#include <QDateTime>
#include <QLocale>

namespace pulse::ui {

LiveFeedModel::LiveFeedModel(QObject *parent) : QAbstractTableModel(parent) {}

void LiveFeedModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    if (!m_events.isEmpty())
        Q_EMIT dataChanged(index(0, TimeColumn), index(int(m_events.size()) - 1, TimeColumn));
}

void LiveFeedModel::setEvents(const QList<EventRecord> &events)
{
    beginResetModel();
    m_events = events.mid(0, m_maxRows);
    endResetModel();
}

int LiveFeedModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_events.size()); }

int LiveFeedModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(ColumnCount); }

QVariant LiveFeedModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EventRecord &e = m_events.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(e.receivedAtMs, m_zone).time().toString(QStringLiteral("HH:mm:ss"));
        case EventColumn:
            return e.name;
        case PageColumn:
            return e.path;
        case SourceColumn:
            return e.source.isEmpty() ? StatsQuery::directSourceLabel() : e.source;
        case DeviceColumn:
            return tr("%1 · %2 · %3").arg(e.device, e.browser, e.os);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == TimeColumn)
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.receivedAtMs, m_zone), QLocale::LongFormat);
    return {};
}

QVariant LiveFeedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case EventColumn:
        return tr("Event");
    case PageColumn:
        return tr("Page");
    case SourceColumn:
        return tr("Source");
    case DeviceColumn:
        return tr("Device");
    }
    return {};
}

} // namespace pulse::ui
