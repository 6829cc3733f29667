// Adding or editing a webhook endpoint: the receiver's URL, a description, the events it gets (alert
// fired and resolved, import and export completed) and whether it is enabled. Saving goes through the
// workspace client; a refused endpoint keeps the dialog open with what to fix.
#pragma once

#include "access/SiteStore.h"
#include "webhooks/WebhookEndpoint.h"
#include "workspace/WorkspaceClient.h"

#include <QDialog>
#include <QMap>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace pulse::ui {

class WebhookEndpointDialog final : public QDialog {
    Q_OBJECT
public:
    WebhookEndpointDialog(WorkspaceClient &client, const Site &site, const std::optional<WebhookEndpoint> &existing,
        QWidget *parent = nullptr);

    QJsonObject endpointJson() const;
    void save();

    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QCheckBox *eventCheck(const QString &type) const { return m_events.value(type); }
    QCheckBox *enabledCheck() const { return m_enabled; }
    QLabel *messageLabel() const { return m_message; }

    // A person's name for an event type ("Alert fired" for alert.triggered).
    static QString eventTypeName(const QString &type);

Q_SIGNALS:
    // Stored; after a create, endpoint.secret holds the new secret (the one time it is known).
    void saved(const WebhookEndpoint &endpoint);

private:
    WorkspaceClient &m_client;
    Site m_site;
    std::optional<WebhookEndpoint> m_existing;
    QLineEdit *m_url;
    QLineEdit *m_description;
    QMap<QString, QCheckBox *> m_events;
    QCheckBox *m_enabled;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace pulse::ui
