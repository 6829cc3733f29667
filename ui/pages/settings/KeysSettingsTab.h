// The API keys tab of the Settings page: every secret key of the workspace with its prefix, scopes,
// site, dates, usage and state (active, rotating until …, revoked, expired). Create and Rotate show the
// new secret once, with Copy; Revoke asks first and takes effect at once. Usage is read again every
// few seconds while the tab is shown, so "last used" follows what REST clients do.
#pragma once

#include "access/KeyStore.h"
#include "access/SiteStore.h"
#include "widgets/SecretOnceDialog.h"
#include "workspace/WorkspaceClient.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace pulse::ui {

class KeyCreateDialog;

class KeysSettingsTab final : public QWidget {
    Q_OBJECT
public:
    explicit KeysSettingsTab(WorkspaceClient &client, QWidget *parent = nullptr);

    void refresh();
    KeyCreateDialog *createKey();
    void rotateSelected(qint64 graceSeconds); // without asking (the button asks first)
    // What the revoke confirmation says about the selected key.
    QString revokeQuestion() const;
    void revokeSelected(); // without asking
    void selectKey(qint64 id);

    QList<ApiKey> keys() const { return m_keys; }
    // The dialog that shows a new secret once, while it is open.
    SecretOnceDialog *secretDialog() const { return m_secretDialog; }
    QTableWidget *table() const { return m_table; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *rotateButton() const { return m_rotate; }
    QPushButton *revokeButton() const { return m_revoke; }

Q_SIGNALS:
    void keysLoaded();
    void actionFinished(const QString &error);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showKeys();
    void updateButtons();
    void showSecret(const ApiKeyReply &reply, bool rotated);
    std::optional<ApiKey> selectedKey() const;
    QString siteName(qint64 siteId) const;

    WorkspaceClient &m_client;
    QList<ApiKey> m_keys;
    QList<Site> m_sites;
    QPointer<SecretOnceDialog> m_secretDialog;
    QTimer m_poll;
    QLabel *m_message;
    QTableWidget *m_table;
    QPushButton *m_create;
    QPushButton *m_rotate;
    QPushButton *m_revoke;
};

} // namespace pulse::ui
