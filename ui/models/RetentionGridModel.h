// A retention grid as an item model: a weighted "Average" row, then one row per cohort period; the
// columns are the cohort's start, its size, then one column per period after it. Cells show the share
// of the cohort that came back, with a heat-map background derived from the palette so the scale reads
// in light and dark themes. One series at a time: all users, or one breakdown value.
#pragma once

#include "analytics/retention/RetentionResult.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QPalette>
#include <QStringList>

namespace pulse::ui {

class RetentionGridModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { CohortColumn, UsersColumn, FirstPeriodColumn };
    static constexpr int AverageRow = 0;
    // The unformatted figures of a period cell: the share (0..1), the users who came back, the
    // cohort's users; invalid where the period is not observed.
    static constexpr int RateRole = Qt::UserRole + 1;
    static constexpr int ReturnedRole = Qt::UserRole + 2;
    static constexpr int CohortUsersRole = Qt::UserRole + 3;
    // True on a cell whose period runs past the end of the range, so its figure may still grow.
    static constexpr int PartialRole = Qt::UserRole + 4;

    explicit RetentionGridModel(QObject *parent = nullptr);

    void setResult(const RetentionResult &result);
    const RetentionResult &result() const { return m_result; }
    // Which series the grid shows: -1 for all users, else an index into result().breakdown.
    void setSeries(int index);
    int seriesIndex() const { return m_seriesIndex; }
    const RetentionSeries &series() const;
    // The colours follow this palette (the view's); tests set light and dark ones directly.
    void setPalette(const QPalette &palette);

    // Period k's column header: "Day 3", "Week 3", "Month 3".
    static QString periodHeader(const QString &period, int k);
    // The heat-map background for a share (0..1) and the text colour that reads on it.
    static QColor heatColour(const QPalette &palette, double rate, bool partial);
    static QColor textColourOn(const QColor &background);
    // WCAG 2 contrast ratio between two colours (1..21), for the text colour choice and the tests.
    static double contrast(const QColor &a, const QColor &b);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // What one period cell holds; observed is false where the range ends before the period starts.
    struct Cell {
        bool observed = false;
        bool partial = false;
        qint64 users = 0;
        qint64 returned = 0;
        double rate() const { return users > 0 ? double(returned) / double(users) : 0; }
    };
    Cell cellAt(int row, int k) const;
    QVariant cellData(int row, int k, int role) const;
    QString cohortTooltip(int row) const;

    RetentionResult m_result;
    QList<RetentionAverage> m_average;
    int m_seriesIndex = -1;
    QPalette m_palette;
};

} // namespace pulse::ui
