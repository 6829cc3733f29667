#include "widgets/PepperProblemBox.h"

#include <QPushButton>

namespace pulse::ui {

PepperProblemBox::PepperProblemBox(const PepperChoice &problem, QWidget *parent)
    : QMessageBox(QMessageBox::Warning, tr("API-key pepper"), problem.error, QMessageBox::NoButton, parent),
      m_quit(addButton(tr("Quit"), QMessageBox::RejectRole)),
      m_proceed(nullptr)
{
    if (problem.problem == PepperChoice::Problem::Missing) {
        setInformativeText(tr("Create a new pepper? Secret API keys made with the old one stop working (make new "
                              "ones in Settings > API keys); sites, events and everything else are kept. Restoring "
                              "a backup of this folder brings the old pepper back."));
        m_proceed = addButton(tr("Create a new pepper"), QMessageBox::AcceptRole);
    } else {
        setInformativeText(tr("Unlock the system keychain, or start its service, then retry."));
        m_proceed = addButton(tr("Retry"), QMessageBox::AcceptRole);
    }
    setDefaultButton(m_quit);
}

DesktopPepper::Answer PepperProblemBox::ask(const PepperChoice &problem)
{
    PepperProblemBox box(problem);
    box.exec();
    return box.clickedButton() == box.proceedButton() ? DesktopPepper::Answer::Proceed : DesktopPepper::Answer::Quit;
}

} // namespace pulse::ui
