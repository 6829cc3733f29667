// Funnel users as a table; anonymous visitors (no user id) read as such rather than as a blank cell.
#include "models/FunnelUsersModel.h"

#include <QDateTime>
#include <QLocale>

namespace pulse::ui {

FunnelUsersModel::FunnelUsersModel(QObject *parent) : QAbstractTableModel(parent) { }

void FunnelUsersModel::setTimeZone(const QTimeZone &zone)
{
    beginResetModel();
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    endResetModel();
}

void FunnelUsersModel::setPage(const FunnelUsersPage &page, int stepCount)
{
    beginResetModel();
    m_page = page;
    m_stepCount = stepCount;
    endResetModel();
}

int FunnelUsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_page.users.size());
}

int FunnelUsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FunnelUsersModel::time(qint64 ms) const
{
    if (ms <= 0)
        return tr("—");
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, m_zone), QLocale::ShortFormat);
}

QVariant FunnelUsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FunnelUser &user = m_page.users.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case UserColumn:
            return user.userId.isEmpty() ? tr("(anonymous)") : user.userId;
        case VisitorColumn:
            return user.visitorId;
        case StepsColumn:
            return m_stepCount > 0 ? tr("%1 of %2").arg(user.level).arg(m_stepCount) : QString::number(user.level);
        case FirstStepColumn:
            return time(user.firstStepMs);
        case LastStepColumn:
            return time(user.lastStepMs);
        }
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == UserColumn && user.userId.isEmpty())
        return tr("This visitor sent no user id; Pulse knows them by their visitor id only");
    if (role == Qt::TextAlignmentRole && index.column() == StepsColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant FunnelUsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UserColumn:
        return tr("User");
    case VisitorColumn:
        return tr("Visitor id");
    case StepsColumn:
        return tr("Steps reached");
    case FirstStepColumn:
        return tr("First step");
    case LastStepColumn:
        return tr("Last step reached");
    }
    return {};
}

} // namespace pulse::ui
