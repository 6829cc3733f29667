// The Cohorts page: the site's cohorts (name, kind, size, when computed, description) with buttons to
// create static and dynamic cohorts, edit, recompute and delete them; below, the selected cohort's
// members and size over time (CohortMembersPanel). The list follows WorkspaceClient::cohortsChanged,
// so changes made here, by the scheduler or through the REST API show up without a refresh.
#pragma once

#include "access/SiteStore.h"
#include "widgets/CohortConditionRow.h"
#include "workspace/WorkspaceClient.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QDialog;
class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableView;

namespace pulse::ui {

class CohortDynamicDialog;
class CohortListModel;
class CohortMembersPanel;
class CohortStaticDialog;

class CohortsPage final : public QWidget {
    Q_OBJECT
public:
    explicit CohortsPage(WorkspaceClient &client, QWidget *parent = nullptr);
    ~CohortsPage() override;

    // A new site lists its cohorts and loads its event names for the condition editor.
    void setSite(const std::optional<Site> &site);
    // Lists the site's cohorts again, keeping the selection.
    void refresh();

    QList<Cohort> cohorts() const;
    std::optional<Cohort> currentCohort() const;
    void selectCohort(qint64 id);
    bool isLoading() const { return m_loading; }
    // What the condition editor offers: the site's events and properties, its zone and today.
    CohortEditorContext editorContext() const { return m_context; }

    // Open the dialogs (window-modal, deleted when closed); null when there is no site or selection.
    CohortStaticDialog *newStaticCohort();
    CohortDynamicDialog *newDynamicCohort();
    QDialog *editCurrent();
    QDialog *openDialog() const { return m_dialog; }
    // Deletes without asking (the Delete button asks first).
    void deleteCohort(qint64 id);
    void recomputeCurrent();

    CohortListModel *listModel() const { return m_list; }
    QTableView *listView() const { return m_listView; }
    CohortMembersPanel *membersPanel() const { return m_members; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *newStaticButton() const { return m_newStatic; }
    QPushButton *newDynamicButton() const { return m_newDynamic; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *recomputeButton() const { return m_recompute; }

Q_SIGNALS:
    // The list shows the site's cohorts as stored now (or why it cannot).
    void cohortsLoaded();
    // The site's event names and property keys arrived for the condition editor.
    void catalogLoaded();
    // A delete or recompute finished; error is what went wrong, empty on success.
    void actionFinished(const QString &error);

private:
    void loadList();
    void loadCatalog();
    void onSelectionChanged();
    void updateButtons();
    void showMessage(const QString &text);
    void askDelete();
    void adopt(QDialog *dialog);
    void setBusy(bool busy);
    QTimeZone zone() const;

    WorkspaceClient &m_client;
    std::optional<Site> m_site;
    CohortEditorContext m_context;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_acting = false;
    qint64 m_selectAfterList = 0;
    QPointer<QDialog> m_dialog;
    QTimer m_clock;

    QProgressBar *m_busy;
    QPushButton *m_newStatic;
    QPushButton *m_newDynamic;
    QPushButton *m_edit;
    QPushButton *m_recompute;
    QPushButton *m_delete;
    QLabel *m_message;
    QSplitter *m_splitter;
    CohortListModel *m_list;
    QTableView *m_listView;
    CohortMembersPanel *m_members;
};

} // namespace pulse::ui
