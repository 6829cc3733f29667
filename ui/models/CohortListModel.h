// The site's cohorts as a table for the Cohorts page: name, kind, size, when they were last computed
// ("3 hours ago", the exact time as a tooltip) and the description.
#pragma once

#include "analytics/cohort/Cohort.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimeZone>

namespace pulse::ui {

class CohortListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, SizeColumn, ComputedColumn, DescriptionColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit CohortListModel(QObject *parent = nullptr);

    // nowMs anchors "3 hours ago"; zone is the site's, for the exact time.
    void setCohorts(const QList<Cohort> &cohorts, qint64 nowMs, const QTimeZone &zone);
    // Moves "now" on, so "3 hours ago" stays true while the page is open.
    void setNow(qint64 nowMs);
    const QList<Cohort> &cohorts() const { return m_cohorts; }
    int rowOf(qint64 id) const; // -1 when absent

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Cohort> m_cohorts;
    qint64 m_nowMs = 0;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace pulse::ui
