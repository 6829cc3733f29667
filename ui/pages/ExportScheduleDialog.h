// Creating or editing a scheduled export: a name, what to export and in which format, how often and
// at what time of day (in the site's zone), which period each run covers, how many files to keep and
// the folder they go to (on this computer; on a remote workspace the server's own). Saving goes through the workspace
// client; an invalid schedule keeps the dialog open with the engine's message.
#pragma once

#include "access/SiteStore.h"
#include "export/ExportSchedule.h"
#include "workspace/WorkspaceClient.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimeEdit;

namespace pulse::ui {

class ExportTargetPicker;

class ExportScheduleDialog final : public QDialog {
    Q_OBJECT
public:
    // existing: the schedule to edit; nullopt for a new one. exportsFolder: where files go by default.
    ExportScheduleDialog(WorkspaceClient &client, const Site &site, const std::optional<ExportSchedule> &existing,
        const QString &exportsFolder, QWidget *parent = nullptr);

    // The schedule's JSON as ExportSchedule::fromJson reads it; empty with *error when not valid.
    QJsonObject scheduleJson(QString *error) const;
    QString folder() const;
    // Saves through the client; the dialog closes when it is stored.
    void save();

    QLineEdit *nameEdit() const { return m_name; }
    ExportTargetPicker *target() const { return m_target; }
    QComboBox *cadenceCombo() const { return m_cadence; }
    QTimeEdit *timeEdit() const { return m_time; }
    QComboBox *weekdayCombo() const { return m_weekday; }
    QSpinBox *monthDaySpin() const { return m_monthDay; }
    QComboBox *rangeCombo() const { return m_range; }
    QSpinBox *keepSpin() const { return m_keep; }
    QLineEdit *folderEdit() const { return m_folder; }
    // Shown instead of the folder on a remote workspace: where the server puts the files.
    QLabel *serverFolderLabel() const { return m_serverFolder; }
    QCheckBox *enabledCheck() const { return m_enabled; }
    QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    // The schedule was stored (the dialog then accepts).
    void saved(const ExportSchedule &schedule);

private:
    void updateCadence();
    void chooseFolder();

    WorkspaceClient &m_client;
    Site m_site;
    std::optional<ExportSchedule> m_existing;
    QLineEdit *m_name;
    ExportTargetPicker *m_target;
    QComboBox *m_cadence;
    QTimeEdit *m_time;
    QComboBox *m_weekday;
    QSpinBox *m_monthDay;
    QComboBox *m_range;
    QSpinBox *m_keep;
    QLineEdit *m_folder;
    QLabel *m_serverFolder;
    QCheckBox *m_enabled;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace pulse::ui
