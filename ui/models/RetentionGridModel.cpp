// Retention grid model. The average row reads RetentionSeries::average, the weighted figure (returned
// users over the users of every cohort that reached the period), not a mean of percentages: a cohort
// of 3 users must not weigh as much as one of 3,000.
#include "models/RetentionGridModel.h"

#include "models/FunnelFormat.h"
#include "widgets/Theme.h"

#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace pulse::ui {

namespace {
// WCAG relative luminance of an sRGB colour.
double relativeLuminance(const QColor &colour)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}
} // namespace

RetentionGridModel::RetentionGridModel(QObject *parent)
    : QAbstractTableModel(parent), m_palette(QGuiApplication::palette())
{
}

void RetentionGridModel::setResult(const RetentionResult &result)
{
    beginResetModel();
    m_result = result;
    if (m_seriesIndex >= m_result.breakdown.size())
        m_seriesIndex = -1;
    m_average = series().average(m_result.periods);
    endResetModel();
}

void RetentionGridModel::setSeries(int index)
{
    const int next = index >= 0 && index < m_result.breakdown.size() ? index : -1;
    if (next == m_seriesIndex)
        return;
    beginResetModel();
    m_seriesIndex = next;
    m_average = series().average(m_result.periods);
    endResetModel();
}

const RetentionSeries &RetentionGridModel::series() const
{
    return m_seriesIndex >= 0 ? m_result.breakdown.at(m_seriesIndex) : m_result.total;
}

void RetentionGridModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    if (rowCount() > 0 && columnCount() > FirstPeriodColumn)
        Q_EMIT dataChanged(
            index(0, 0), index(rowCount() - 1, columnCount() - 1), { Qt::BackgroundRole, Qt::ForegroundRole });
}

QString RetentionGridModel::periodHeader(const QString &period, int k)
{
    if (period == QLatin1String("day"))
        return tr("Day %1").arg(k);
    if (period == QLatin1String("month"))
        return tr("Month %1").arg(k);
    return tr("Week %1").arg(k);
}

QColor RetentionGridModel::heatColour(const QPalette &palette, double rate, bool partial)
{
    // From the base colour toward the highlight: the palette's own accent, which the theme already keeps
    // distinct from the background in light and dark. A floor keeps 1% apart from an empty cell; a
    // square root spreads the low shares most retention grids are made of.
    const double share = std::sqrt(std::clamp(rate, 0.0, 1.0));
    double strength = 0.08 + 0.82 * share;
    if (partial)
        strength *= 0.5; // a period still in progress: lighter, so it does not read as final
    return theme::blend(palette.color(QPalette::Base), theme::series(palette), strength);
}

double RetentionGridModel::contrast(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor RetentionGridModel::textColourOn(const QColor &background)
{
    // Black or white, whichever contrasts more: one of them always reaches √21 ≈ 4.58:1, above WCAG's
    // 4.5:1, on any background (an off-black would not: it falls short on mid blues).
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return contrast(black, background) >= contrast(white, background) ? black : white;
}

int RetentionGridModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_result.periods <= 0)
        return 0;
    return 1 + int(series().rows.size());
}

int RetentionGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_result.periods <= 0 ? 0 : FirstPeriodColumn + m_result.periods;
}

RetentionGridModel::Cell RetentionGridModel::cellAt(int row, int k) const
{
    Cell cell;
    if (row == AverageRow) {
        const RetentionAverage &average = m_average.at(k);
        cell.observed = average.users > 0;
        cell.users = average.users;
        cell.returned = average.returned;
        return cell;
    }
    const RetentionRow &cohort = series().rows.at(row - 1);
    cell.observed = k < cohort.returned.size();
    cell.partial = cell.observed && m_result.isPartial(row - 1, k);
    cell.users = cohort.users;
    cell.returned = cohort.returned.value(k);
    return cell;
}

QString RetentionGridModel::cohortTooltip(int row) const
{
    const RetentionRow &cohort = series().rows.at(row - 1);
    QTimeZone zone(m_result.timeZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    const QDate start = QDateTime::fromMSecsSinceEpoch(cohort.startMs, zone).date();
    const QString date = QLocale().toString(start, QLocale::LongFormat);
    QString text;
    if (m_result.period == QLatin1String("day"))
        text = tr("Users who started on %1").arg(date);
    else if (m_result.period == QLatin1String("month"))
        text = tr("Users who started in %1").arg(QLocale().toString(start, QStringLiteral("MMMM yyyy")));
    else
        text = tr("Users who started in the week beginning %1").arg(date);
    if (cohort.users == 0)
        text += QLatin1Char('\n') + tr("No one started in this period.");
    return text;
}

QVariant RetentionGridModel::cellData(int row, int k, int role) const
{
    const Cell cell = cellAt(row, k);
    const bool average = row == AverageRow;
    // An empty cohort has no share to show: a blank cell, not a misleading 0%.
    const bool shown = cell.observed && cell.users > 0;
    switch (role) {
    case Qt::DisplayRole:
        return shown ? FunnelFormat::percent(cell.rate()) : QString();
    case Qt::ToolTipRole: {
        if (!cell.observed) {
            return average ? tr("No cohort in this range has reached %1 yet.").arg(periodHeader(m_result.period, k))
                           : tr("Not observed yet: %1 of this cohort starts after the end of the range.")
                                 .arg(periodHeader(m_result.period, k));
        }
        if (cell.users == 0)
            return tr("No one started in this period.");
        QString text = tr("%1 of %2 users (%3)")
                           .arg(QLocale().toString(cell.returned), QLocale().toString(cell.users),
                               FunnelFormat::percent(cell.rate()));
        if (average)
            text += QLatin1Char('\n')
                + tr("Weighted average over every cohort that reached %1.").arg(periodHeader(m_result.period, k));
        if (cell.partial)
            text += QLatin1Char('\n')
                + tr("%1 is still in progress: this figure can still grow.").arg(periodHeader(m_result.period, k));
        return text;
    }
    case Qt::BackgroundRole:
        return shown ? QVariant(heatColour(m_palette, cell.rate(), cell.partial)) : QVariant();
    case Qt::ForegroundRole:
        return shown ? QVariant(textColourOn(heatColour(m_palette, cell.rate(), cell.partial))) : QVariant();
    case Qt::FontRole: {
        if (!average && !cell.partial)
            return {};
        QFont font;
        font.setBold(average);
        font.setItalic(cell.partial);
        return font;
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case RateRole:
        return cell.observed ? QVariant(cell.rate()) : QVariant();
    case ReturnedRole:
        return cell.observed ? QVariant(cell.returned) : QVariant();
    case CohortUsersRole:
        return cell.observed ? QVariant(cell.users) : QVariant();
    case PartialRole:
        return cell.partial;
    }
    return {};
}

QVariant RetentionGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    if (column >= FirstPeriodColumn)
        return cellData(row, column - FirstPeriodColumn, role);
    const bool average = row == AverageRow;
    const qint64 users = average ? series().users() : series().rows.at(row - 1).users;
    switch (role) {
    case Qt::DisplayRole:
        if (column == CohortColumn)
            return average ? tr("Average") : series().rows.at(row - 1).label;
        return QLocale().toString(users);
    case Qt::ToolTipRole:
        if (column == CohortColumn)
            return average ? tr("Every cohort of the range, weighted by its size") : cohortTooltip(row);
        return average ? tr("%1 in all cohorts").arg(FunnelFormat::users(users)) : FunnelFormat::users(users);
    case Qt::FontRole:
        if (average) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        // An empty cohort's row recedes; the numbers that matter stay in the text colour.
        return !average && users == 0 ? QVariant(theme::muted(m_palette)) : QVariant();
    case Qt::TextAlignmentRole:
        return column == CohortColumn ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignRight | Qt::AlignVCenter);
    case CohortUsersRole:
        return users;
    case PartialRole:
        return false;
    }
    return {};
}

QVariant RetentionGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (role == Qt::DisplayRole) {
        if (section == CohortColumn)
            return tr("Cohort");
        if (section == UsersColumn)
            return tr("Users");
        return periodHeader(m_result.period, section - FirstPeriodColumn);
    }
    if (role == Qt::ToolTipRole) {
        if (section == CohortColumn)
            return tr("The period in which the users started");
        if (section == UsersColumn)
            return tr("Users in the cohort");
        const int k = section - FirstPeriodColumn;
        if (k == 0)
            return tr("Users who came back in their own period, at or after the start event");
        // Singular and plural spelled out: without a loaded translation "%n week(s)" stays literal.
        if (m_result.period == QLatin1String("day"))
            return k == 1 ? tr("Users who came back the day after the one they started on")
                          : tr("Users who came back %1 days after the one they started on").arg(k);
        if (m_result.period == QLatin1String("month"))
            return k == 1 ? tr("Users who came back the month after the one they started in")
                          : tr("Users who came back %1 months after the one they started in").arg(k);
        return k == 1 ? tr("Users who came back the week after the one they started in")
                      : tr("Users who came back %1 weeks after the one they started in").arg(k);
    }
    return {};
}

} // namespace pulse::ui
