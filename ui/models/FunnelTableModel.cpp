// Funnel step table; rows point into the stored FunnelResult, rebuilt on every reset.
#include "models/FunnelTableModel.h"

#include "models/FunnelFormat.h"
#include "widgets/Theme.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace pulse::ui {

FunnelTableModel::FunnelTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void FunnelTableModel::setResult(const FunnelResult &result)
{
    beginResetModel();
    m_result = result;
    m_rows.clear();
    for (int s = 0; s < m_result.total.steps.size(); ++s)
        m_rows.append({ &m_result.total, true, s });
    for (const FunnelSeries &series : std::as_const(m_result.breakdown)) {
        for (int s = 0; s < series.steps.size(); ++s)
            m_rows.append({ &series, false, s });
    }
    endResetModel();
}

int FunnelTableModel::rowFor(int step, const QString &segment, bool total) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row &row = m_rows.at(r);
        if (row.step + 1 == step && row.total == total && (total || row.series->breakdownValue == segment))
            return r;
    }
    return -1;
}

int FunnelTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FunnelTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool FunnelTableModel::isLink(const Row &row, int column) const
{
    const FunnelStepResult &step = row.series->steps.at(row.step);
    if (column == UsersColumn)
        return step.users > 0;
    if (column == DropOffColumn)
        return row.step > 0 && step.dropOff > 0;
    return false;
}

QVariant FunnelTableModel::display(const Row &row, int column) const
{
    const FunnelStepResult &step = row.series->steps.at(row.step);
    const bool first = row.step == 0;
    const QString none = tr("—");
    switch (column) {
    case SegmentColumn:
        return row.total ? tr("All users") : row.series->breakdownValue;
    case StepColumn:
        return tr("%1. %2").arg(row.step + 1).arg(step.label);
    case UsersColumn:
        return QLocale().toString(step.users);
    case FromPreviousColumn:
        return first ? none : FunnelFormat::percent(step.conversionFromPrevious);
    case FromFirstColumn:
        return FunnelFormat::percent(step.conversionFromFirst);
    case DropOffColumn:
        return first ? none : QLocale().toString(step.dropOff);
    case MedianTimeColumn:
        return first || step.timeFromPrevious.users == 0 ? none
                                                         : FunnelFormat::duration(step.timeFromPrevious.medianSeconds);
    }
    return {};
}

QVariant FunnelTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const FunnelStepResult &step = row.series->steps.at(row.step);
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::TextAlignmentRole:
        return column == SegmentColumn || column == StepColumn ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                                                               : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ToolTipRole:
        if (column == UsersColumn && isLink(row, column))
            return tr("List the %n user(s) who reached this step", nullptr, int(step.users));
        if (column == DropOffColumn && isLink(row, column))
            return tr("List the %n user(s) who reached the step before but not this one", nullptr, int(step.dropOff));
        if (column == MedianTimeColumn && row.step > 0 && step.timeFromPrevious.users > 0)
            return tr("Half of the users took less than this from step %1; a quarter took less than %2, three quarters "
                      "less than %3")
                .arg(row.step)
                .arg(FunnelFormat::duration(step.timeFromPrevious.p25Seconds),
                    FunnelFormat::duration(step.timeFromPrevious.p75Seconds));
        return {};
    case Qt::FontRole:
        if (isLink(row, column)) {
            QFont font;
            font.setUnderline(true);
            return font;
        }
        if (row.total && hasBreakdown()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        // The series colour rather than QPalette::Link: many dark palettes leave Link a dark blue.
        return isLink(row, column) ? QVariant(theme::series(QGuiApplication::palette())) : QVariant();
    case SegmentRole:
        return row.total ? QString() : row.series->breakdownValue;
    case IsTotalRole:
        return row.total;
    case StepRole:
        return row.step + 1;
    case LinkRole:
        return isLink(row, column);
    case RawRole:
        switch (column) {
        case UsersColumn:
            return step.users;
        case FromPreviousColumn:
            return step.conversionFromPrevious;
        case FromFirstColumn:
            return step.conversionFromFirst;
        case DropOffColumn:
            return step.dropOff;
        case MedianTimeColumn:
            return step.timeFromPrevious.medianSeconds;
        }
        return {};
    default:
        return {};
    }
}

QVariant FunnelTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case FromPreviousColumn:
            return tr("Users at this step as a share of the step before");
        case FromFirstColumn:
            return tr("Users at this step as a share of the first step");
        case DropOffColumn:
            return tr("Users who reached the step before but not this one within the conversion window");
        case MedianTimeColumn:
            return tr("Median time from the step before to this one");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SegmentColumn:
        return tr("Segment");
    case StepColumn:
        return tr("Step");
    case UsersColumn:
        return tr("Users");
    case FromPreviousColumn:
        return tr("From previous");
    case FromFirstColumn:
        return tr("From first");
    case DropOffColumn:
        return tr("Drop-off");
    case MedianTimeColumn:
        return tr("Median time");
    }
    return {};
}

} // namespace pulse::ui
