// The "saved definitions" strip at the top of a query form (saved funnels, saved retention reports):
// a combo box to open one or start a new one, and Save, Save as…, Rename… and Delete. It asks for
// names and confirms deletes itself; the page does the storing and reports back with setItems() and
// setCurrentId(). The texts name what is saved, so each page reads in its own words.
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QComboBox;
class QPushButton;

namespace pulse::ui {

class SavedDefinitionBar final : public QWidget {
    Q_OBJECT
public:
    struct Texts {
        QString title; // "Saved funnels"
        QString newItem; // "New funnel"
        QString newItemNoneSaved; // "New funnel (none saved yet)"
        QString comboTip; // "Open a saved funnel of this site"
        QString saveTip;
        QString saveAsTip;
        QString saveTitle; // dialog titles
        QString renameTitle;
        QString deleteTitle;
        QString deleteQuestion; // %1: the name
    };
    struct Item {
        qint64 id = 0;
        QString name;
    };

    explicit SavedDefinitionBar(Texts texts, QWidget *parent = nullptr);

    // The saved items by name; the current one stays chosen while it is listed, else "new".
    void setItems(const QList<Item> &items);
    qint64 currentId() const { return m_currentId; }
    void setCurrentId(qint64 id);
    // Off while there is no site to save for.
    void setAvailable(bool available);

    QComboBox *combo() const { return m_combo; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *saveAsButton() const { return m_saveAs; }
    QPushButton *renameButton() const { return m_rename; }
    QPushButton *deleteButton() const { return m_delete; }

Q_SIGNALS:
    // The user picked a saved item, or "new" (0).
    void openRequested(qint64 id);
    // Save the form over the current saved item.
    void saveRequested(qint64 id);
    // Save the form as a new item with this name (asked for by Save as…, or Save on a new one).
    void saveAsRequested(const QString &name);
    void renameRequested(qint64 id, const QString &name);
    void deleteRequested(qint64 id); // after the user confirmed

private:
    void askSaveAs();
    void askRename();
    void askDelete();
    void updateButtons();
    QString currentName() const;

    Texts m_texts;
    QList<Item> m_items;
    qint64 m_currentId = 0;
    bool m_available = false;
    QComboBox *m_combo;
    QPushButton *m_save;
    QPushButton *m_saveAs;
    QPushButton *m_rename;
    QPushButton *m_delete;
};

} // namespace pulse::ui
