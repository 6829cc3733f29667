// A top-N table (pages, sources, browsers, ...) as an item model: the value and its visitors, and
// optionally pageviews. Used by the overview tables and the live page's top lists.
#pragma once

#include "analytics/StatsResult.h"

#include <QAbstractTableModel>
#include <QList>

namespace pulse::ui {

class BreakdownModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ValueColumn, VisitorsColumn, PageviewsColumn };
    // The raw BreakdownRow::value behind the display text ("Direct / None" stays as the engine spells it).
    static constexpr int ValueRole = Qt::UserRole + 1;
    // Visitors as a fraction of the table's largest row, 0..1, for bar rendering.
    static constexpr int ShareRole = Qt::UserRole + 2;

    explicit BreakdownModel(const QString &valueHeader, bool showPageviews, QObject *parent = nullptr);

    void setRows(const QList<BreakdownRow> &rows);
    const QList<BreakdownRow> &rows() const { return m_rows; }
    BreakdownRow row(int index) const { return m_rows.value(index); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_valueHeader;
    bool m_showPageviews;
    QList<BreakdownRow> m_rows;
    qint64 m_maxVisitors = 0;
};

} // namespace pulse::ui
