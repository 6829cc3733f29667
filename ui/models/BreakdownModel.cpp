// Breakdown rows as a table model; counts are formatted with the user's locale.
#include "models/BreakdownModel.h"

#include <QLocale>

#include <algorithm>

namespace pulse::ui {

BreakdownModel::BreakdownModel(const QString &valueHeader, bool showPageviews, QObject *parent)
    : QAbstractTableModel(parent), m_valueHeader(valueHeader), m_showPageviews(showPageviews)
{
}

void BreakdownModel::setRows(const QList<BreakdownRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_maxVisitors = 0;
    for (const BreakdownRow &row : rows)
        m_maxVisitors = std::max(m_maxVisitors, row.visitors);
    endResetModel();
}

int BreakdownModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int BreakdownModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_showPageviews ? 3 : 2;
}

QVariant BreakdownModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BreakdownRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ValueColumn:
            return row.value.isEmpty() ? tr("(none)") : row.value;
        case VisitorsColumn:
            return QLocale().toString(row.visitors);
        case PageviewsColumn:
            return QLocale().toString(row.pageviews);
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == ValueColumn ? tr("%1 — click to filter by it").arg(row.value) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == ValueColumn ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                                             : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case ValueRole:
        return row.value;
    case ShareRole:
        return m_maxVisitors > 0 ? double(row.visitors) / double(m_maxVisitors) : 0.0;
    default:
        return {};
    }
}

QVariant BreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ValueColumn:
        return m_valueHeader;
    case VisitorsColumn:
        return tr("Visitors");
    case PageviewsColumn:
        return tr("Pageviews");
    }
    return {};
}

} // namespace pulse::ui
