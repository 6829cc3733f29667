// Cohort list model. The description column shows the first line only (it may hold paragraphs); the
// tooltip has all of it.
#include "models/CohortListModel.h"

#include "models/CohortFormat.h"

#include <QLocale>

namespace pulse::ui {

CohortListModel::CohortListModel(QObject *parent) : QAbstractTableModel(parent) { }

void CohortListModel::setCohorts(const QList<Cohort> &cohorts, qint64 nowMs, const QTimeZone &zone)
{
    beginResetModel();
    m_cohorts = cohorts;
    m_nowMs = nowMs;
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    endResetModel();
}

void CohortListModel::setNow(qint64 nowMs)
{
    m_nowMs = nowMs;
    if (!m_cohorts.isEmpty())
        Q_EMIT dataChanged(index(0, ComputedColumn), index(rowCount() - 1, ComputedColumn), { Qt::DisplayRole });
}

int CohortListModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_cohorts.size(); ++i) {
        if (m_cohorts.at(i).id == id)
            return int(i);
    }
    return -1;
}

int CohortListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cohorts.size());
}

int CohortListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CohortListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Cohort &c = m_cohorts.at(index.row());
    if (role == IdRole)
        return c.id;
    if (role == Qt::TextAlignmentRole && index.column() == SizeColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return c.name;
        case KindColumn:
            return CohortFormat::kind(c.kind);
        case SizeColumn:
            return QLocale().toString(c.size);
        case ComputedColumn:
            return CohortFormat::ago(c.computedAtMs, m_nowMs);
        case DescriptionColumn:
            return c.description.section(QLatin1Char('\n'), 0, 0);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NameColumn:
            return c.kind == Cohort::Kind::Dynamic
                ? tr("Users who %1").arg(CohortFormat::definition(c.definition, m_zone))
                : QVariant();
        case KindColumn:
            return c.kind == Cohort::Kind::Dynamic
                ? tr("Users who match conditions, recomputed %1").arg(CohortFormat::refresh(c.refreshHours))
                : tr("A fixed list of users");
        case ComputedColumn:
            if (c.computedAtMs <= 0)
                return tr("Not computed yet");
            return c.kind == Cohort::Kind::Dynamic
                ? tr("Computed %1").arg(CohortFormat::exactTime(c.computedAtMs, m_zone))
                : tr("Members last changed %1").arg(CohortFormat::exactTime(c.computedAtMs, m_zone));
        case DescriptionColumn:
            return c.description;
        default:
            return {};
        }
    }
    return {};
}

QVariant CohortListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case SizeColumn:
        return tr("Users");
    case ComputedColumn:
        return tr("Computed");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

} // namespace pulse::ui
