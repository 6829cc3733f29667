// One page of a cohort's members as a table: the site's user id and Pulse's visitor id (either may be
// empty: static lists know only user ids, anonymous visitors have no user id).
#pragma once

#include "analytics/cohort/Cohort.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace pulse::ui {

class CohortMembersModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { UserColumn, VisitorColumn, ColumnCount };

    explicit CohortMembersModel(QObject *parent = nullptr);

    void setPage(const CohortMembersPage &page);
    const CohortMembersPage &page() const { return m_page; }
    // The stored keys (CohortMember::key()) of the given rows, for removing them.
    QStringList keys(const QList<int> &rows) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    CohortMembersPage m_page;
};

} // namespace pulse::ui
