// Creates or edits a dynamic cohort: name, description, the definition (CohortDefinitionEditor), how
// often it is recomputed, and a live "≈ N users match" preview. Saving computes the cohort; what the
// engine refuses is shown inline in its words and the dialog stays open.
#pragma once

#include "widgets/CohortConditionRow.h"
#include "workspace/WorkspaceClient.h"

#include <QDialog>
#include <QTimer>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace pulse::ui {

class CohortDefinitionEditor;

class CohortDynamicDialog final : public QDialog {
    Q_OBJECT
public:
    static constexpr int kPreviewDelayMs = 400; // typing an event name makes one preview, not ten
    static constexpr int kMaxRefreshHours = 24 * 365;

    // cohort: the one to edit, or a new one (id 0) for its site.
    CohortDynamicDialog(
        WorkspaceClient &client, const Cohort &cohort, const CohortEditorContext &context, QWidget *parent = nullptr);
    ~CohortDynamicDialog() override;

    // The cohort the form describes now (not saved).
    Cohort cohort() const;
    // Checks the form, then saves; returns whether a request was sent.
    bool save();
    // Sends the preview now instead of after the pause.
    void previewNow();
    // The last preview's size, when the form was complete and the engine answered.
    std::optional<qint64> previewSize() const { return m_previewSize; }
    bool isSaving() const { return m_saving; }

    CohortDefinitionEditor *editor() const { return m_editor; }
    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QSpinBox *refreshEdit() const { return m_refresh; }
    QLabel *previewLabel() const { return m_preview; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *saveButton() const { return m_save; }

Q_SIGNALS:
    void previewShown();
    // A save finished: the stored cohort, or error (what to change) with the dialog still open.
    void saveFinished(const pulse::Cohort &cohort, const QString &error);

private:
    void onChanged();
    void showError(const QString &text);
    void setSaving(bool saving);

    WorkspaceClient &m_client;
    Cohort m_cohort;
    quint64 m_previewGeneration = 0;
    std::optional<qint64> m_previewSize;
    bool m_saving = false;
    QTimer m_previewTimer;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    CohortDefinitionEditor *m_editor;
    QSpinBox *m_refresh;
    QLabel *m_preview;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
};

} // namespace pulse::ui
