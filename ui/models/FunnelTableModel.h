// A funnel's step table as an item model: one row per series (all users first, then each breakdown
// value) and step, with users, conversion from the previous and the first step, drop-off and the median
// time to convert. The users and drop-off cells are links: the page lists the users behind them.
#pragma once

#include "analytics/funnel/FunnelResult.h"

#include <QAbstractTableModel>
#include <QList>

namespace pulse::ui {

class FunnelTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        SegmentColumn,
        StepColumn,
        UsersColumn,
        FromPreviousColumn,
        FromFirstColumn,
        DropOffColumn,
        MedianTimeColumn,
        ColumnCount
    };
    // The breakdown value of the row's series; empty for all users (see IsTotalRole).
    static constexpr int SegmentRole = Qt::UserRole + 1;
    static constexpr int IsTotalRole = Qt::UserRole + 2;
    static constexpr int StepRole = Qt::UserRole + 3; // 1-based
    // True on a cell that opens a users list: users who reached the step, or who dropped off before it.
    static constexpr int LinkRole = Qt::UserRole + 4;
    // The unformatted figure of the cell (users as qint64, conversions as 0..1, time in seconds).
    static constexpr int RawRole = Qt::UserRole + 5;

    explicit FunnelTableModel(QObject *parent = nullptr);

    void setResult(const FunnelResult &result);
    const FunnelResult &result() const { return m_result; }
    bool hasBreakdown() const { return !m_result.breakdown.isEmpty(); }
    // The row showing step (1-based) of the series with this breakdown value; -1 when there is none.
    int rowFor(int step, const QString &segment = QString(), bool total = true) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        const FunnelSeries *series;
        bool total;
        int step; // 0-based index into series->steps
    };
    QVariant display(const Row &row, int column) const;
    bool isLink(const Row &row, int column) const;

    FunnelResult m_result;
    QList<Row> m_rows;
};

} // namespace pulse::ui
