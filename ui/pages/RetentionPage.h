// The Retention page: the query form on the left (RetentionControls); on the right the retention
// curve, then the grid of cohorts by period with a heat-map scale, a weighted average row and, with a
// breakdown, a choice of which series the grid shows. Any change to the form, the site or the range
// runs the query again after a short pause; new events for the site run it again too (throttled).
// Queries run through the WorkspaceClient off the GUI thread.
#pragma once

#include "access/SiteStore.h"
#include "models/DateRange.h"
#include "workspace/WorkspaceClient.h"

#include <QTimeZone>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace pulse::ui {

class FilterByCohortCombo;
class RetentionControls;
class RetentionCurveChart;
class RetentionGridModel;
class SavedDefinitionBar;

class RetentionPage final : public QWidget {
    Q_OBJECT
public:
    explicit RetentionPage(WorkspaceClient &client, QWidget *parent = nullptr);
    ~RetentionPage() override;

    // A new site reloads its event names and runs again; a new range runs again.
    void setContext(const std::optional<Site> &site, const DateRange &range);
    // Runs the form's query now, or shows what to change first; returns whether a query was sent.
    bool run();
    // Runs again soon: changes made in quick succession (typing a filter) make one query.
    void scheduleRun();
    // Runs again when there is something on screen (new events, the Refresh action).
    void refresh();
    // How long new events wait before the grid is computed again (tests shorten it).
    void setAutoRefreshInterval(int ms) { m_autoRefresh.setInterval(ms); }

    // The query the form would send now for the page's site and range.
    RetentionQuery currentQuery() const;
    // The query whose answer is on screen (or on its way).
    std::optional<RetentionQuery> shownQuery() const { return m_shownQuery; }
    std::optional<RetentionResult> result() const { return m_result; }
    // True from a change until its answer is on screen.
    bool isLoading() const { return m_loading; }
    // Writes the grids (RetentionResult::toCsv) to path; returns an error message or empty.
    QString exportCsv(const QString &path);
    // Which series the grid shows: -1 all users, else an index into the result's breakdown.
    void showSeries(int index);

    // Saved reports of the current site (by name) and the one in the form (0: unsaved).
    QList<SavedRetentionReport> savedReports() const { return m_reports; }
    qint64 currentReportId() const;
    // Fills the form with a saved report (its cohort filter included) and runs it over the range.
    void openReport(qint64 id);
    // A fresh form: first-time weekly retention of any event for all users.
    void newReport();
    void saveReportAs(const QString &name);
    void saveCurrentReport();
    void renameCurrentReport(const QString &name);
    void deleteCurrentReport();
    SavedDefinitionBar *reportsBar() const { return m_reportsBar; }

    RetentionControls *controls() const { return m_controls; }
    RetentionGridModel *gridModel() const { return m_grid; }
    QTableView *gridView() const { return m_gridView; }
    RetentionCurveChart *chart() const { return m_chart; }
    QComboBox *seriesCombo() const { return m_series; }
    QPushButton *exportButton() const { return m_export; }
    QLabel *problemLabel() const { return m_problem; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *summaryLabel() const { return m_summary; }
    QWidget *resultsPanel() const { return m_results; }

Q_SIGNALS:
    // The page shows the answer to shownQuery(), or why there is none.
    void loaded();
    // The site's event names and property keys arrived in the form.
    void catalogLoaded();
    // The site's saved reports were listed again.
    void reportsLoaded();
    // A save, rename or delete finished; error is what to change, empty on success.
    void reportStoreFinished(const QString &error);

protected:
    void showEvent(QShowEvent *e) override;
    void changeEvent(QEvent *e) override;

private:
    QWidget *buildControlsPanel();
    QWidget *buildResultsPanel();
    void send(const RetentionQuery &query);
    void onReply(quint64 generation, const RetentionReply &reply);
    void display(const RetentionResult &result);
    void fillSeriesCombo(const RetentionResult &result);
    void fitGridHeight();
    // Colours set on labels (secondary text, problems) and the grid, from the current palette.
    void restyle();
    void showMessage(const QString &text);
    void showProblem(const QString &text);
    void setLoading(bool loading);
    void loadCatalog();
    // Lists the site's saved reports again; then runs once the list is shown.
    void loadReports(const std::function<void()> &then = {});
    void onReportStored(const RetentionReportReply &reply, bool deleted);
    void onEventsCommitted(qint64 siteId);
    void askExport();
    QString summaryText(const RetentionResult &result) const;
    QTimeZone zone() const;

    WorkspaceClient &m_client;
    std::optional<Site> m_site;
    DateRange m_range;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_siteHasEvents = true;
    // A run was asked for while the page was hidden: it happens when the page is shown.
    bool m_runWhenShown = false;
    std::optional<RetentionQuery> m_shownQuery;
    std::optional<RetentionResult> m_result;
    QList<SavedRetentionReport> m_reports;
    QTimer m_debounce;
    QTimer m_autoRefresh;

    QProgressBar *m_busy;
    SavedDefinitionBar *m_reportsBar;
    RetentionControls *m_controls;
    FilterByCohortCombo *m_cohort;
    QLabel *m_problem;
    QLabel *m_message;
    QWidget *m_results;
    QLabel *m_summary;
    RetentionCurveChart *m_chart;
    QLabel *m_chartNote;
    QLabel *m_seriesLabel;
    QComboBox *m_series;
    QPushButton *m_export;
    RetentionGridModel *m_grid;
    QTableView *m_gridView;
    QList<QLabel *> m_mutedLabels;
};

} // namespace pulse::ui
