// The Imports page: choose or drop a CSV, JSON or NDJSON file (gzip too), see its first rows with the
// type each column looks like it holds, map the columns (or pick a preset, and save the mapping as
// one), and start the import. The running import shows a progress bar with rows, rate and time left
// and can be cancelled; the history lists every import of the site with its counts, and the selected
// one's rejected rows, each with its row, column and reason, can be saved as CSV.
#pragma once

#include "access/SiteStore.h"
#include "workspace/WorkspaceClient.h"

#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace pulse::ui {

class ImportMappingForm;

class ImportsPage final : public QWidget {
    Q_OBJECT
public:
    explicit ImportsPage(WorkspaceClient &client, QWidget *parent = nullptr);

    void setSite(const std::optional<Site> &site);
    void refresh();

    // Previews path with the current preset's mapping (what choosing or dropping a file does).
    void setFile(const QString &path);
    // Applies the preset of that name (empty: columns found by their names) and previews again.
    void choosePreset(const QString &name);
    void startImport();
    void cancelRunning();
    // Saves the form's mapping under name (the button asks for the name).
    void savePreset(const QString &name);
    void deleteCurrentPreset(); // without asking
    // Writes the selected job's rejected rows to path as CSV.
    void saveRejections(const QString &path);

    std::optional<ImportPreview> preview() const { return m_preview; }
    QList<ImportJob> jobs() const { return m_jobs; }
    QList<ImportRejection> rejections() const { return m_rejections; }
    ImportMappingForm *mappingForm() const { return m_form; }
    QComboBox *presetCombo() const { return m_presets; }
    QComboBox *formatCombo() const { return m_format; }
    QTableWidget *previewTable() const { return m_previewTable; }
    QTableWidget *jobTable() const { return m_jobTable; }
    QTableWidget *rejectionTable() const { return m_rejectionTable; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *saveRejectionsButton() const { return m_saveRejections; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *progressLabel() const { return m_progressLabel; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *mappingMessage() const { return m_mappingMessage; }
    QLabel *reportLabel() const { return m_report; }

Q_SIGNALS:
    void previewLoaded();
    void presetsLoaded();
    void jobsLoaded();
    void rejectionsLoaded();
    // An action finished (start, cancel, preset saved or deleted, rejections saved); error is empty on success.
    void actionFinished(const QString &error);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void loadPresets();
    void loadJobs();
    void loadPreview(const ImportMapping &mapping);
    void showPreview();
    void showJobs();
    void showReport();
    void updateStart();
    void finish(const QString &error);
    ImportOptions::Format chosenFormat() const;
    std::optional<ImportJob> selectedJob() const;

    WorkspaceClient &m_client;
    std::optional<Site> m_site;
    QString m_path;
    std::optional<ImportPreview> m_preview;
    QList<ImportPreset> m_presetList;
    QString m_presetName; // the preset the form shows, until edited
    QList<ImportJob> m_jobs;
    QList<ImportRejection> m_rejections;
    qint64 m_rejectionsJob = 0;
    int m_previewSerial = 0;
    QTimer m_poll;
    QLineEdit *m_file;
    QPushButton *m_choose;
    QComboBox *m_format;
    QComboBox *m_presets;
    QPushButton *m_savePreset;
    QPushButton *m_deletePreset;
    ImportMappingForm *m_form;
    QLabel *m_mappingMessage;
    QTableWidget *m_previewTable;
    QPushButton *m_start;
    QLabel *m_message;
    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    QPushButton *m_cancel;
    QTableWidget *m_jobTable;
    QLabel *m_report;
    QTableWidget *m_rejectionTable;
    QPushButton *m_saveRejections;
};

} // namespace pulse::ui
