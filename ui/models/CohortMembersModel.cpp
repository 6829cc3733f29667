// Cohort members model; an anonymous member's empty user id reads as a dash so the row is not blank.
#include "models/CohortMembersModel.h"

namespace pulse::ui {

CohortMembersModel::CohortMembersModel(QObject *parent) : QAbstractTableModel(parent) { }

void CohortMembersModel::setPage(const CohortMembersPage &page)
{
    beginResetModel();
    m_page = page;
    endResetModel();
}

QStringList CohortMembersModel::keys(const QList<int> &rows) const
{
    QStringList out;
    for (int row : rows) {
        if (row >= 0 && row < m_page.members.size())
            out.append(m_page.members.at(row).key());
    }
    return out;
}

int CohortMembersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_page.members.size());
}

int CohortMembersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CohortMembersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CohortMember &m = m_page.members.at(index.row());
    if (role == Qt::DisplayRole) {
        const QString &text = index.column() == UserColumn ? m.userId : m.visitorId;
        return text.isEmpty() ? tr("—") : text;
    }
    if (role == Qt::ToolTipRole && index.column() == UserColumn && m.userId.isEmpty())
        return tr("An anonymous visitor, known only by Pulse's visitor id");
    if (role == Qt::ToolTipRole && index.column() == VisitorColumn && m.visitorId.isEmpty())
        return tr("This member is known by the site's user id");
    return {};
}

QVariant CohortMembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UserColumn:
        return tr("User id");
    case VisitorColumn:
        return tr("Visitor id");
    default:
        return {};
    }
}

} // namespace pulse::ui
