// Creates or edits a static cohort: name, description, and users to add, imported from a CSV or text
// file (a user_id / visitor_id header, or one user id per line) or pasted as a list. Saving stores the
// cohort, then adds the members; what is refused is shown inline and the dialog stays open.
#pragma once

#include "workspace/WorkspaceClient.h"

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace pulse::ui {

class CohortStaticDialog final : public QDialog {
    Q_OBJECT
public:
    // cohort: the one to edit, or a new one (id 0) for its site.
    CohortStaticDialog(WorkspaceClient &client, const Cohort &cohort, QWidget *parent = nullptr);
    ~CohortStaticDialog() override;

    // Reads a file of user ids to add on save; returns what is wrong with it, or empty.
    QString importFile(const QString &path);
    // Member keys (CohortMember::key()) of a pasted list: one id per line, or separated by commas.
    static bool parsePasted(const QString &text, QStringList *keys, QString *error);
    // Checks the form, then saves; returns whether a request was sent.
    bool save();
    bool isSaving() const { return m_saving; }

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QPlainTextEdit *pasteEdit() const { return m_paste; }
    QPushButton *importButton() const { return m_import; }
    QLabel *importLabel() const { return m_imported; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *saveButton() const { return m_save; }

Q_SIGNALS:
    // A save finished: the stored cohort with its new members, or error with the dialog still open.
    void saveFinished(const pulse::Cohort &cohort, const QString &error);

private:
    void chooseFile();
    void addMembers(const QStringList &keys);
    void finish(const Cohort &cohort, const QString &error);
    void showError(const QString &text);
    void setSaving(bool saving);

    WorkspaceClient &m_client;
    Cohort m_cohort;
    QStringList m_fileKeys;
    bool m_saving = false;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QPlainTextEdit *m_paste;
    QPushButton *m_import;
    QLabel *m_imported;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
};

} // namespace pulse::ui
