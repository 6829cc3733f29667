#include "pages/settings/LanguageSettingsPanel.h"

#include "i18n/LanguageSelector.h"
#include "widgets/PageFrame.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace pulse::ui {

namespace {

QString nativeName(const QString &code)
{
    for (const UiLanguage &language : LanguageSelector::languages()) {
        if (language.code == code)
            return language.nativeName;
    }
    return code;
}

} // namespace

LanguageSettingsPanel::LanguageSettingsPanel(const QString &current, QWidget *parent)
    : QWidget(parent),
      m_current(current),
      m_language(new QComboBox(this)),
      m_note(new QLabel(this)),
      m_restart(new QPushButton(tr("Restart now"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(frame::sectionTitle(tr("Language"), this));
    // The system's language is named, so "System default" is not a riddle.
    const QString system = LanguageSelector::resolve(QString(), LanguageSelector::systemUiLanguages());
    m_language->addItem(tr("System default (%1)").arg(nativeName(system)), QString());
    for (const UiLanguage &language : LanguageSelector::languages())
        m_language->addItem(language.nativeName, language.code);
    auto *row = new QHBoxLayout;
    row->addWidget(m_language);
    row->addStretch(1);
    layout->addLayout(row);
    m_note->setWordWrap(true);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_restart);
    layout->addLayout(noteRow);
    layout->addStretch(1);

    reload();
    connect(m_language, &QComboBox::activated, this, &LanguageSettingsPanel::choose);
    connect(m_restart, &QPushButton::clicked, this, &LanguageSettingsPanel::restartRequested);
}

void LanguageSettingsPanel::reload()
{
    const QSignalBlocker blocker(m_language);
    const int index = m_language->findData(LanguageSelector::storedChoice());
    m_language->setCurrentIndex(index < 0 ? 0 : index); // a code this version does not know: the default
    showNote();
}

void LanguageSettingsPanel::choose(int index)
{
    if (index < 0 || index >= m_language->count())
        return;
    const QSignalBlocker blocker(m_language);
    m_language->setCurrentIndex(index);
    LanguageSelector::storeChoice(m_language->itemData(index).toString());
    showNote();
}

void LanguageSettingsPanel::showNote()
{
    const QString next
        = LanguageSelector::resolve(m_language->currentData().toString(), LanguageSelector::systemUiLanguages());
    const bool changes = next != m_current;
    m_note->setText(changes ? tr("Pulse speaks %1 from the next start.").arg(nativeName(next))
                            : tr("Pulse speaks %1.").arg(nativeName(m_current)));
    m_restart->setVisible(changes);
}

void LanguageSettingsPanel::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

} // namespace pulse::ui
