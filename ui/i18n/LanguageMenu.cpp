// The Language menu (see LanguageMenu.h).
#include "LanguageMenu.h"

#include "LanguageSelector.h"

#include <QActionGroup>
#include <QMessageBox>
#include <QPushButton>

#include <algorithm>

namespace pulse::ui {

LanguageMenu::LanguageMenu(const QString &current, QWidget *parent)
    : QMenu(tr("&Language"), parent), m_current(current), m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    const QString stored = LanguageSelector::storedChoice();
    const auto add = [this, &stored](const QString &code, const QString &text) {
        QAction *a = addAction(text);
        a->setCheckable(true);
        a->setData(code);
        a->setChecked(code == stored);
        m_group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { choose(code); });
    };
    add(QString(), tr("System default"));
    addSeparator();
    for (const UiLanguage &language : LanguageSelector::languages())
        add(language.code, language.nativeName);
    if (!m_group->checkedAction()) // a stored code this version does not know: shown as the default
        action(QString())->setChecked(true);
}

QAction *LanguageMenu::action(const QString &code) const
{
    const QList<QAction *> all = m_group->actions();
    const auto it = std::find_if(all.cbegin(), all.cend(), [&](QAction *a) { return a->data().toString() == code; });
    return it == all.cend() ? nullptr : *it;
}

void LanguageMenu::setRestartPrompt(std::function<bool(const QString &)> prompt)
{
    m_prompt = std::move(prompt);
}

void LanguageMenu::choose(const QString &code)
{
    LanguageSelector::storeChoice(code);
    const QString next = LanguageSelector::resolve(code, LanguageSelector::systemUiLanguages());
    if (next == m_current)
        return; // e.g. System default to the system's own language: nothing changes
    QString name;
    for (const UiLanguage &language : LanguageSelector::languages()) {
        if (language.code == next)
            name = language.nativeName;
    }
    if (promptRestart(name))
        Q_EMIT restartRequested();
}

bool LanguageMenu::promptRestart(const QString &languageName)
{
    if (m_prompt)
        return m_prompt(languageName);
    QMessageBox box(QMessageBox::Question, tr("Language"),
        tr("The language changes to %1 the next time Pulse starts.").arg(languageName), QMessageBox::NoButton,
        parentWidget());
    box.setInformativeText(tr("Restart Pulse now? It opens again on the page you are on."));
    QPushButton *restart = box.addButton(tr("Restart Now"), QMessageBox::AcceptRole);
    box.addButton(tr("Later"), QMessageBox::RejectRole);
    box.setDefaultButton(restart);
    box.exec();
    return box.clickedButton() == restart;
}

} // namespace pulse::ui
