// One page of the users behind a funnel step (who reached it, or who dropped off before it) as an
// item model: the site's user id, Pulse's visitor id, the steps reached and when.
#pragma once

#include "analytics/funnel/FunnelResult.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace pulse::ui {

class FunnelUsersModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { UserColumn, VisitorColumn, StepsColumn, FirstStepColumn, LastStepColumn, ColumnCount };

    explicit FunnelUsersModel(QObject *parent = nullptr);

    // Times are shown in the site's zone, like every other date in the workbench.
    void setTimeZone(const QTimeZone &zone);
    void setPage(const FunnelUsersPage &page, int stepCount);
    const FunnelUsersPage &page() const { return m_page; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString time(qint64 ms) const;

    FunnelUsersPage m_page;
    int m_stepCount = 0;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace pulse::ui
