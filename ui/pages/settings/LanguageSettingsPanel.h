// Settings > Language: the workbench's language on the Settings page, beside Settings > Language in
// the menu bar (LanguageMenu); both keep the same choice (LanguageSelector::storeChoice). The choice
// applies at the next start, because every text would otherwise need translating again in place; the
// panel says so and offers to restart now.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace pulse::ui {

class LanguageSettingsPanel final : public QWidget {
    Q_OBJECT
public:
    // current: the language in effect now (LanguageSelector::current()).
    explicit LanguageSettingsPanel(const QString &current, QWidget *parent = nullptr);

    // Stores the choice at index of the list (0: the system's language) and says what happens next.
    void choose(int index);
    // Reads the stored choice again (the menu may have changed it).
    void reload();

    QComboBox *languageBox() const { return m_language; }
    QLabel *noteLabel() const { return m_note; }
    QPushButton *restartButton() const { return m_restart; }

Q_SIGNALS:
    void restartRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showNote();

    QString m_current;
    QComboBox *m_language;
    QLabel *m_note;
    QPushButton *m_restart;
};

} // namespace pulse::ui
