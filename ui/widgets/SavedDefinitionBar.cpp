#include "widgets/SavedDefinitionBar.h"

#include "widgets/PageFrame.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace pulse::ui {

SavedDefinitionBar::SavedDefinitionBar(Texts texts, QWidget *parent)
    : QWidget(parent),
      m_texts(std::move(texts)),
      m_combo(new QComboBox(this)),
      m_save(new QPushButton(tr("Save"), this)),
      m_saveAs(new QPushButton(tr("Save as…"), this)),
      m_rename(new QPushButton(tr("Rename…"), this)),
      m_delete(new QPushButton(tr("Delete"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(frame::sectionTitle(m_texts.title, this));
    m_combo->setAccessibleName(m_texts.title);
    m_combo->setToolTip(m_texts.comboTip);
    layout->addWidget(m_combo);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(4);
    m_save->setToolTip(m_texts.saveTip);
    m_saveAs->setToolTip(m_texts.saveAsTip);
    for (QPushButton *button : { m_save, m_saveAs, m_rename, m_delete })
        buttons->addWidget(button);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        m_currentId = m_combo->itemData(index).toLongLong();
        updateButtons();
        Q_EMIT openRequested(m_currentId);
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (m_currentId == 0)
            askSaveAs();
        else
            Q_EMIT saveRequested(m_currentId);
    });
    connect(m_saveAs, &QPushButton::clicked, this, &SavedDefinitionBar::askSaveAs);
    connect(m_rename, &QPushButton::clicked, this, &SavedDefinitionBar::askRename);
    connect(m_delete, &QPushButton::clicked, this, &SavedDefinitionBar::askDelete);
    setItems({});
}

void SavedDefinitionBar::setItems(const QList<Item> &items)
{
    m_items = items;
    if (std::none_of(items.cbegin(), items.cend(), [this](const Item &i) { return i.id == m_currentId; }))
        m_currentId = 0; // deleted, here or elsewhere
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    m_combo->addItem(items.isEmpty() ? m_texts.newItemNoneSaved : m_texts.newItem, qint64(0));
    for (const Item &item : items)
        m_combo->addItem(item.name, item.id);
    m_combo->setCurrentIndex(std::max(0, m_combo->findData(m_currentId)));
    updateButtons();
}

void SavedDefinitionBar::setCurrentId(qint64 id)
{
    m_currentId = m_combo->findData(id) >= 0 ? id : 0;
    const QSignalBlocker blocker(m_combo);
    m_combo->setCurrentIndex(std::max(0, m_combo->findData(m_currentId)));
    updateButtons();
}

void SavedDefinitionBar::setAvailable(bool available)
{
    m_available = available;
    m_combo->setEnabled(available);
    updateButtons();
}

void SavedDefinitionBar::updateButtons()
{
    m_save->setEnabled(m_available);
    m_saveAs->setEnabled(m_available);
    m_rename->setEnabled(m_available && m_currentId != 0);
    m_delete->setEnabled(m_available && m_currentId != 0);
}

QString SavedDefinitionBar::currentName() const
{
    const auto it
        = std::find_if(m_items.cbegin(), m_items.cend(), [this](const Item &i) { return i.id == m_currentId; });
    return it == m_items.cend() ? QString() : it->name;
}

void SavedDefinitionBar::askSaveAs()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, m_texts.saveTitle, tr("Name:"), QLineEdit::Normal, QString(), &ok);
    if (ok)
        Q_EMIT saveAsRequested(name);
}

void SavedDefinitionBar::askRename()
{
    if (m_currentId == 0)
        return;
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, m_texts.renameTitle, tr("New name:"), QLineEdit::Normal, currentName(), &ok);
    if (ok)
        Q_EMIT renameRequested(m_currentId, name);
}

void SavedDefinitionBar::askDelete()
{
    if (m_currentId == 0)
        return;
    const qint64 id = m_currentId;
    if (QMessageBox::question(this, m_texts.deleteTitle, m_texts.deleteQuestion.arg(currentName())) == QMessageBox::Yes)
        Q_EMIT deleteRequested(id);
}

} // namespace pulse::ui
