// The Funnels page: a builder for the steps, order, window, exclusions and breakdown on the left; the
// result on the right as a bar chart, a step table (whose user and drop-off figures open the users
// behind them) and the time-to-convert histogram of a chosen step. Funnels are saved per site, loaded,
// renamed and deleted from the bar above the builder. Queries run through the WorkspaceClient off the
// GUI thread; the page re-runs the last funnel as events for today arrive.
#pragma once

#include "access/SiteStore.h"
#include "models/DateRange.h"
#include "pages/FunnelUsersDialog.h"
#include "workspace/WorkspaceClient.h"

#include <QPointer>
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

class ConversionTimeChart;
class FilterByCohortCombo;
class FunnelBuilder;
class FunnelChart;
class FunnelTableModel;
class SavedDefinitionBar;

class FunnelsPage final : public QWidget {
    Q_OBJECT
public:
    explicit FunnelsPage(WorkspaceClient &client, QWidget *parent = nullptr);
    ~FunnelsPage() override;

    // A new site starts a new funnel and lists that site's saved funnels; a new range re-runs the
    // funnel on screen.
    void setContext(const std::optional<Site> &site, const DateRange &range);
    // Runs the builder's funnel, or shows what to change first; returns whether a query was sent.
    bool run();
    // Runs the last funnel again (new events, or the Refresh action); nothing when none ran yet.
    void refresh();

    // The query the builder would send now for the page's site and range.
    FunnelQuery currentQuery() const;
    // The query whose answer is on screen (or on its way).
    std::optional<FunnelQuery> shownQuery() const { return m_shownQuery; }
    bool isLoading() const { return m_loading; }

    // Saved funnels of the current site (by name) and the one loaded in the builder (0: unsaved).
    QList<SavedFunnel> savedFunnels() const { return m_saved; }
    qint64 currentSavedId() const;
    void loadSaved(qint64 id);
    void saveAs(const QString &name);
    void saveCurrent();
    void renameCurrent(const QString &name);
    void deleteCurrent();
    void newFunnel();

    // Opens the list of users who reached step (Converted) or dropped off before it (Dropped).
    FunnelUsersDialog *openUsers(
        int step, FunnelUsersQuery::Outcome outcome, const QString &segment = QString(), bool total = true);
    FunnelUsersDialog *usersDialog() const { return m_usersDialog; }
    // Writes the step table (FunnelResult::toCsv) to path; returns an error message or empty.
    QString exportCsv(const QString &path);
    void showTimeForStep(int step);

    FunnelBuilder *builder() const { return m_builder; }
    FunnelChart *chart() const { return m_chart; }
    ConversionTimeChart *timeChart() const { return m_timeChart; }
    FunnelTableModel *tableModel() const { return m_table; }
    QTableView *tableView() const { return m_tableView; }
    QPushButton *runButton() const { return m_run; }
    QLabel *problemLabel() const { return m_problem; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *summaryLabel() const { return m_summary; }
    QComboBox *savedCombo() const;
    SavedDefinitionBar *savedBar() const { return m_savedBar; }
    QComboBox *timeStepCombo() const { return m_timeStep; }
    QWidget *resultsPanel() const { return m_results; }

Q_SIGNALS:
    // The result on screen now answers shownQuery() (or the page shows why it has none).
    void loaded();
    // The saved funnels of the site were listed again.
    void savedFunnelsLoaded();
    // The site's event names, paths and property keys arrived for completion.
    void catalogLoaded();
    // A save, rename or delete finished; error is what to change, empty on success.
    void storeFinished(const QString &error);

private:
    QWidget *buildBuilderPanel();
    QWidget *buildResultsPanel();
    void send(const FunnelQuery &query);
    void onReply(quint64 generation, const FunnelReply &reply);
    void display(const FunnelResult &result);
    void showMessage(const QString &text);
    void showProblem(const QString &text);
    void setLoading(bool loading);
    void loadCatalog();
    // Lists the site's saved funnels again; then runs after the list is shown.
    void loadSavedList(const std::function<void()> &then = {});
    void applySavedList(const QList<SavedFunnel> &funnels);
    void onStoreReply(const SavedFunnelReply &reply, bool deleted);
    void onTableClicked(const QModelIndex &index);
    void onEventsCommitted(qint64 siteId);
    void askExport();
    QTimeZone zone() const;

    WorkspaceClient &m_client;
    std::optional<Site> m_site;
    DateRange m_range;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_contextSet = false;
    bool m_siteHasEvents = true;
    std::optional<FunnelQuery> m_shownQuery;
    std::optional<FunnelResult> m_result;
    QList<SavedFunnel> m_saved;
    QTimer m_autoRefresh;
    QPointer<FunnelUsersDialog> m_usersDialog;

    QProgressBar *m_busy;
    SavedDefinitionBar *m_savedBar;
    FunnelBuilder *m_builder;
    FilterByCohortCombo *m_cohortFilter;
    QPushButton *m_run;
    QLabel *m_problem;
    QLabel *m_message;
    QWidget *m_results;
    QLabel *m_summary;
    FunnelChart *m_chart;
    FunnelTableModel *m_table;
    QTableView *m_tableView;
    QPushButton *m_export;
    QComboBox *m_timeStep;
    QLabel *m_timeSummary;
    ConversionTimeChart *m_timeChart;
};

} // namespace pulse::ui
