// Rotating a secret API key: how long the old secret keeps working (none, an hour, a day, a week) so
// the programs using it can switch over. The caller makes the new secret and shows it once.
#pragma once

#include <QDialog>

class QComboBox;

namespace pulse::ui {

class KeyRotateDialog final : public QDialog {
    Q_OBJECT
public:
    explicit KeyRotateDialog(const QString &keyName, QWidget *parent = nullptr);

    qint64 graceSeconds() const;
    void setGraceSeconds(qint64 seconds);
    QComboBox *graceCombo() const { return m_grace; }

private:
    QComboBox *m_grace;
};

} // namespace pulse::ui
