// Settings > Language: System default, then each language in its own name. A choice is stored at once
// and applies at the next start (every text would otherwise need re-translating in place); the menu
// says so and offers to restart now.
#pragma once

#include <QMenu>

#include <functional>

class QActionGroup;

namespace pulse::ui {

class LanguageMenu final : public QMenu {
    Q_OBJECT
public:
    // current: the language in effect now (LanguageSelector::current()).
    explicit LanguageMenu(const QString &current, QWidget *parent = nullptr);

    // The action for a code; empty code for System default. Null for a code the menu does not list.
    QAction *action(const QString &code) const;
    // Asks whether to restart now; a dialog by default, replaced in tests.
    void setRestartPrompt(std::function<bool(const QString &languageName)> prompt);

Q_SIGNALS:
    // The user chose to restart now: the application should quit and start again.
    void restartRequested();

private:
    void choose(const QString &code);
    bool promptRestart(const QString &languageName);

    QString m_current;
    QActionGroup *m_group;
    std::function<bool(const QString &)> m_prompt;
};

} // namespace pulse::ui
