// The question the workbench asks when the system keychain cannot give its data folder's pepper
// (DesktopPepper): for a missing entry, Quit or Create a new pepper, saying what a new one costs; when
// the keychain does not answer, Retry or Quit. Quit is the default: nothing is replaced by accident.
#pragma once

#include "workspace/DesktopPepper.h"

#include <QMessageBox>

#include <memory>

namespace pulse::ui {

class PepperProblemBox final : public QMessageBox {
    Q_OBJECT
public:
    explicit PepperProblemBox(const PepperChoice &problem, QWidget *parent = nullptr);

    QPushButton *quitButton() const { return m_quit; }
    QPushButton *proceedButton() const { return m_proceed; }

    // Shows the box and answers as the user did; DesktopPepper::obtain's ask at start-up.
    static DesktopPepper::Answer ask(const PepperChoice &problem);

private:
    QPushButton *m_quit;
    QPushButton *m_proceed;
};

} // namespace pulse::ui
