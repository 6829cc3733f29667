// The Exports page: export now (what, format, the window's date range) into the exports folder; the
// history of export jobs with their state, rows and size, and buttons to open a file or its folder,
// cancel a running job or delete one with its file; and the site's scheduled exports, which can be
// created, edited, run at once or deleted. Jobs run on the export queue's worker; the page polls
// while any is queued or running, and follows WorkspaceClient::jobsChanged.
#pragma once

#include "access/SiteStore.h"
#include "models/DateRange.h"
#include "workspace/WorkspaceClient.h"

#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;
class QUrl;

namespace pulse::ui {

class ExportScheduleDialog;
class ExportTargetPicker;

class ExportsPage final : public QWidget {
    Q_OBJECT
public:
    explicit ExportsPage(WorkspaceClient &client, QWidget *parent = nullptr);

    void setContext(const std::optional<Site> &site, const DateRange &range);
    void refresh();

    // Queues the export the form describes.
    void exportNow();
    // Open the file or folder of the selected job (through openUrl).
    void openSelectedFile();
    void openFolder();
    void cancelSelected();
    void deleteSelected(); // without asking (the button asks first)
    ExportScheduleDialog *newSchedule();
    ExportScheduleDialog *editSelectedSchedule();
    void runSelectedSchedule();
    void deleteSelectedSchedule(); // without asking

    // How files and folders are opened; tests replace QDesktopServices::openUrl.
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }

    QList<ExportJob> jobs() const { return m_jobs; }
    QList<ExportSchedule> schedules() const { return m_schedules; }
    ExportTargetPicker *target() const { return m_target; }
    QPushButton *exportButton() const { return m_export; }
    QTableWidget *jobTable() const { return m_jobTable; }
    QTableWidget *scheduleTable() const { return m_scheduleTable; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *folderLabel() const { return m_folderLabel; }
    QPushButton *openFileButton() const { return m_openFile; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *deleteButton() const { return m_delete; }

Q_SIGNALS:
    void jobsLoaded();
    void schedulesLoaded();
    // An action finished; error is empty on success.
    void actionFinished(const QString &error);

private:
    void loadJobs();
    void loadSchedules();
    void showJobs();
    void showSchedules();
    void updateButtons();
    void finish(const QString &error);
    std::optional<ExportJob> selectedJob() const;
    std::optional<ExportSchedule> selectedSchedule() const;

    WorkspaceClient &m_client;
    std::optional<Site> m_site;
    DateRange m_range;
    QList<ExportJob> m_jobs;
    QString m_folder;
    QList<ExportSchedule> m_schedules;
    std::function<bool(const QUrl &)> m_openUrl;
    QTimer m_poll;
    ExportTargetPicker *m_target;
    QLabel *m_rangeLabel;
    QPushButton *m_export;
    QLabel *m_message;
    QTableWidget *m_jobTable;
    QLabel *m_folderLabel;
    QPushButton *m_openFile;
    QPushButton *m_openFolder;
    QPushButton *m_cancel;
    QPushButton *m_delete;
    QTableWidget *m_scheduleTable;
    QPushButton *m_newSchedule;
    QPushButton *m_editSchedule;
    QPushButton *m_runSchedule;
    QPushButton *m_deleteSchedule;
};

} // namespace pulse::ui
