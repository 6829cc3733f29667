// The users behind one funnel step — those who reached it, or who dropped off before it — a page at a
// time through WorkspaceClient::funnelUsers, with an export of the whole list to CSV.
#pragma once

#include "workspace/WorkspaceClient.h"

#include <QDialog>
#include <QTimeZone>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace pulse::ui {

class FunnelUsersModel;

class FunnelUsersDialog final : public QDialog {
    Q_OBJECT
public:
    static constexpr int kPageSize = 100;

    // query: the funnel, step, outcome and breakdown row to list; offset and limit are the dialog's.
    FunnelUsersDialog(WorkspaceClient &client, const FunnelUsersQuery &query, const QString &title,
        const QTimeZone &zone, QWidget *parent = nullptr);
    ~FunnelUsersDialog() override;

    FunnelUsersQuery query() const { return m_query; }
    FunnelUsersModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *previousButton() const { return m_previous; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *saveCohortButton() const { return m_saveCohort; }
    bool isLoading() const { return m_loading; }

    void showPage(int offset);
    // Fetches every user (in pages of FunnelUsersQuery::kMaxLimit) and writes them as CSV to path.
    void exportTo(const QString &path);
    // Saves every user of this list (not only this page) as a new static cohort named name.
    void saveAsCohort(const QString &name);

Q_SIGNALS:
    void pageShown();
    void exported(const QString &path, const QString &error);
    // The cohort saved from this list, or error (what to change) with an empty cohort.
    void cohortSaved(const pulse::Cohort &cohort, const QString &error);

private:
    void chooseExportFile();
    void askCohortName();
    void fetchForExport(const QString &path, FunnelUsersPage collected);
    void setLoading(bool loading);

    WorkspaceClient &m_client;
    FunnelUsersQuery m_query;
    quint64 m_generation = 0;
    bool m_loading = false;
    qint64 m_total = 0;
    FunnelUsersModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
    QProgressBar *m_busy;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_export;
    QPushButton *m_saveCohort;
    bool m_savingCohort = false;
};

} // namespace pulse::ui
