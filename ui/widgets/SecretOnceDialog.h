// Shows a secret the one time Pulse knows it (a new webhook signing secret, a new API key): what it is
// for, the secret in a read-only field with Copy, and a warning that it will not be shown again. One
// place, so every secret is handed over the same way and none is written anywhere by the GUI.
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pulse::ui {

class SecretOnceDialog final : public QDialog {
    Q_OBJECT
public:
    SecretOnceDialog(
        const QString &title, const QString &explanation, const QString &secret, QWidget *parent = nullptr);

    QString secret() const;
    QLabel *explanationLabel() const { return m_explanation; }
    QLabel *warningLabel() const { return m_warning; }
    QLineEdit *secretEdit() const { return m_secret; }
    QPushButton *copyButton() const { return m_copy; }

    // Puts the secret on the clipboard.
    void copy();

private:
    QLabel *m_explanation;
    QLineEdit *m_secret;
    QLabel *m_warning;
    QPushButton *m_copy;
};

} // namespace pulse::ui
