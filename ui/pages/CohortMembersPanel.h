// The selected cohort's members on the Cohorts page: a paged, searchable table of user and visitor
// ids, CSV export of every member, removing chosen members of a static cohort, and the cohort's size
// over time with the time of its last computation.
#pragma once

#include "workspace/WorkspaceClient.h"

#include <QTimeZone>
#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace pulse::ui {

class CohortMembersModel;
class CohortSizeChart;

class CohortMembersPanel final : public QWidget {
    Q_OBJECT
public:
    static constexpr int kPageSize = 100;
    static constexpr int kExportPageSize = 1000;
    static constexpr int kSearchDelayMs = 300;

    explicit CohortMembersPanel(WorkspaceClient &client, QWidget *parent = nullptr);
    ~CohortMembersPanel() override;

    // Another cohort starts at its first page with an empty search; the same one (changed, computed)
    // shows the page it was on again.
    void setCohort(const std::optional<Cohort> &cohort, const QTimeZone &zone, qint64 nowMs);
    std::optional<Cohort> cohort() const { return m_cohort; }
    void showPage(int offset);
    // Lists the members whose id contains text (at once; typing in the field waits a moment).
    void setSearch(const QString &text);
    // Fetches every member (kExportPageSize at a time) and writes them as CSV to path.
    void exportTo(const QString &path);
    // Removes the members selected in the table from a static cohort.
    void removeSelected();
    bool isLoading() const { return m_loading; }

    CohortMembersModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *definitionLabel() const { return m_definition; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *computedLabel() const { return m_computed; }
    QPushButton *previousButton() const { return m_previous; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *removeButton() const { return m_remove; }
    CohortSizeChart *chart() const { return m_chart; }

Q_SIGNALS:
    // The table shows the page asked for last (or why it cannot).
    void pageShown();
    void exported(const QString &path, const QString &error);
    void membersRemoved(const QString &error);

private:
    void chooseExportFile();
    void fetchForExport(const QString &path, qint64 cohortId, CohortMembersPage collected);
    void updateHeader();
    void updateButtons();

    WorkspaceClient &m_client;
    std::optional<Cohort> m_cohort;
    QTimeZone m_zone = QTimeZone::utc();
    qint64 m_nowMs = 0;
    QString m_searchText;
    int m_offset = 0;
    qint64 m_total = 0;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_busyElsewhere = false; // exporting or removing
    QTimer m_searchTimer;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_definition;
    QLabel *m_computed;
    QProgressBar *m_busy;
    QLineEdit *m_search;
    CohortMembersModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_export;
    QPushButton *m_remove;
    CohortSizeChart *m_chart;
    QLabel *m_chartNote;
};

} // namespace pulse::ui
