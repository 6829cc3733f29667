// Help > About Pulse: the version, build and date, the Qt it was built with and runs on, the system,
// the data folder, Pulse's licence and the third-party components with theirs. "Copy Details" puts
// the build and system lines on the clipboard for a bug report.
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace pulse::ui {

class AboutDialog final : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(const QString &dataFolder, QWidget *parent = nullptr);

    // Version, build, Qt, system and data folder as plain text, one per line.
    QString details() const { return m_details; }
    QLabel *componentsLabel() const { return m_components; }
    QPushButton *aboutQtButton() const { return m_aboutQt; }

private:
    QString m_details;
    QLabel *m_components;
    QPushButton *m_aboutQt;
};

} // namespace pulse::ui
