#include "pages/settings/KeysSettingsTab.h"

#include "pages/settings/KeyCreateDialog.h"
#include "pages/settings/KeyRotateDialog.h"
#include "pages/settings/SettingsFormat.h"
#include "widgets/ListTable.h"
#include "widgets/SecretOnceDialog.h"
#include "workspace/FutureWatch.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pulse::ui {

namespace {
constexpr int kKeyPollMs = 10000;
} // namespace

KeysSettingsTab::KeysSettingsTab(WorkspaceClient &client, QWidget *parent)
    : QWidget(parent),
      m_client(client),
      m_message(new QLabel(this)),
      m_table(listTable({ tr("Name"), tr("Key"), tr("Scopes"), tr("Site"), tr("Created"), tr("Expires"),
                            tr("Last used"), tr("Uses"), tr("State") },
          this)),
      m_create(new QPushButton(tr("&Create key…"), this)),
      m_rotate(new QPushButton(tr("&Rotate…"), this)),
      m_revoke(new QPushButton(tr("Re&voke…"), this))
{
    m_message->setWordWrap(true);
    auto *note = new QLabel(tr("Secret API keys let programs use the REST API and the live stream of this "
                               "workspace's server. Pulse keeps only a hash of each secret."),
        this);
    note->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : { m_create, m_rotate, m_revoke })
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    m_poll.setInterval(kKeyPollMs);
    connect(&m_poll, &QTimer::timeout, this, &KeysSettingsTab::refresh);
    connect(m_create, &QPushButton::clicked, this, [this] { createKey()->open(); });
    connect(m_rotate, &QPushButton::clicked, this, [this] {
        const std::optional<ApiKey> key = selectedKey();
        if (!key)
            return;
        KeyRotateDialog dialog(key->name, this);
        if (dialog.exec() == QDialog::Accepted)
            rotateSelected(dialog.graceSeconds());
    });
    connect(m_revoke, &QPushButton::clicked, this, [this] {
        if (!selectedKey())
            return;
        QMessageBox box(QMessageBox::Warning, tr("Revoke API key"), revokeQuestion(), QMessageBox::Cancel, this);
        QPushButton *confirm = box.addButton(tr("Revoke now"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() == confirm)
            revokeSelected();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &KeysSettingsTab::updateButtons);
    connect(&m_client, &WorkspaceClient::keysChanged, this, &KeysSettingsTab::refresh);
    connect(&m_client, &WorkspaceClient::sitesChanged, this, &KeysSettingsTab::refresh);
    updateButtons();
}

void KeysSettingsTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_poll.start();
}

void KeysSettingsTab::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_poll.stop();
}

void KeysSettingsTab::refresh()
{
    whenFinished(this, m_client.sites(), [this](const QList<Site> &sites) {
        m_sites = sites;
        whenFinished(this, m_client.apiKeys(), [this](const ApiKeysReply &reply) {
            if (!reply.ok()) {
                m_message->setText(reply.error);
                return;
            }
            m_keys = reply.keys;
            showKeys();
            Q_EMIT keysLoaded();
        });
    });
}

QString KeysSettingsTab::siteName(qint64 siteId) const
{
    if (siteId == 0)
        return tr("Every site");
    for (const Site &s : m_sites) {
        if (s.id == siteId)
            return s.domain;
    }
    return tr("Site %1").arg(siteId);
}

void KeysSettingsTab::showKeys()
{
    const std::optional<ApiKey> selected = selectedKey();
    const qint64 now = m_client.nowMs();
    {
        const QSignalBlocker blocker(m_table);
        m_table->clearSelection();
        m_table->setRowCount(int(m_keys.size()));
        for (int row = 0; row < m_keys.size(); ++row) {
            const ApiKey &k = m_keys.at(row);
            m_table->setItem(row, 0, listCell(k.name));
            //: A key's first characters, then an ellipsis: "psk_Ab12cd…".
            m_table->setItem(row, 1, listCell(tr("%1…").arg(k.prefix)));
            m_table->setItem(row, 2, listCell(SettingsFormat::scopeList(k.scopes)));
            m_table->setItem(row, 3, listCell(siteName(k.siteId)));
            m_table->setItem(row, 4, listCell(SettingsFormat::time(k.createdAtMs)));
            m_table->setItem(row, 5, listCell(k.expiresAtMs > 0 ? SettingsFormat::time(k.expiresAtMs) : tr("Never")));
            m_table->setItem(row, 6, listCell(k.lastUsedAtMs > 0 ? SettingsFormat::time(k.lastUsedAtMs) : tr("Never")));
            m_table->setItem(row, 7, listCell(QLocale().toString(k.useCount), true));
            m_table->setItem(row, 8, listCell(SettingsFormat::keyState(k, now)));
            if (selected && selected->id == k.id)
                m_table->selectRow(row);
        }
        m_table->resizeColumnsToContents();
    }
    if (m_keys.isEmpty())
        m_message->setText(tr("No API keys yet. Create one for each program that should use the REST API."));
    else if (m_message->text().startsWith(tr("No API keys yet.").left(10)))
        m_message->clear();
    updateButtons();
}

std::optional<ApiKey> KeysSettingsTab::selectedKey() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_keys.size() || m_table->selectedItems().isEmpty())
        return std::nullopt;
    return m_keys.at(row);
}

void KeysSettingsTab::selectKey(qint64 id)
{
    for (int row = 0; row < m_keys.size(); ++row) {
        if (m_keys.at(row).id == id)
            m_table->selectRow(row);
    }
}

void KeysSettingsTab::updateButtons()
{
    const std::optional<ApiKey> key = selectedKey();
    const bool revoked = !key || key->revokedAtMs > 0;
    const bool expired = key && key->expiresAtMs > 0 && key->expiresAtMs <= m_client.nowMs();
    m_rotate->setEnabled(!revoked && !expired); // a new secret would expire with the key
    m_revoke->setEnabled(!revoked);
}

void KeysSettingsTab::showSecret(const ApiKeyReply &reply, bool rotated)
{
    const QString explanation = rotated
        ? tr("The new secret of the key %1. Programs that use the key must switch to it before the old secret "
             "stops working.")
              .arg(reply.key.name)
        : tr("The secret of the new key %1. Send it as \"Authorization: Bearer …\" with each request.")
              .arg(reply.key.name);
    auto *dialog = new SecretOnceDialog(tr("API key secret"), explanation, reply.secret, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_secretDialog = dialog;
    dialog->open();
}

KeyCreateDialog *KeysSettingsTab::createKey()
{
    auto *dialog = new KeyCreateDialog(m_client, m_sites, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &KeyCreateDialog::created, this, [this](const ApiKeyReply &reply) {
        showSecret(reply, false);
        selectKey(reply.key.id);
    });
    return dialog;
}

void KeysSettingsTab::rotateSelected(qint64 graceSeconds)
{
    const std::optional<ApiKey> key = selectedKey();
    if (!key)
        return;
    whenFinished(this, m_client.rotateApiKey(key->id, graceSeconds), [this](const ApiKeyReply &reply) {
        if (reply.ok())
            showSecret(reply, true);
        m_message->setText(SettingsFormat::refusal(reply.field, reply.error));
        Q_EMIT actionFinished(reply.error);
    });
}

QString KeysSettingsTab::revokeQuestion() const
{
    const std::optional<ApiKey> key = selectedKey();
    if (!key)
        return QString();
    return tr("Revoke the key %1 (%2…)?\n\nIt stops working at once, for every program that uses it, and so does "
              "its previous secret during a rotation. This cannot be undone.")
        .arg(key->name, key->prefix);
}

void KeysSettingsTab::revokeSelected()
{
    const std::optional<ApiKey> key = selectedKey();
    if (!key)
        return;
    whenFinished(this, m_client.revokeApiKey(key->id), [this](const ApiKeyReply &reply) {
        m_message->setText(reply.ok() ? tr("Revoked the key %1.").arg(reply.key.name) : reply.error);
        Q_EMIT actionFinished(reply.error);
    });
}

} // namespace pulse::ui
