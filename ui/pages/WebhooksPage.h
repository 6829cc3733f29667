// The Webhooks page: the site's endpoints (URL, description, the events each gets, enabled or why
// Pulse disabled it) with buttons to add, edit, rotate the secret, send a test event and delete; the
// selected endpoint's delivery log (each message's event, state, attempts, last answer and next try)
// with the attempts of the selected delivery and Redeliver. A new or rotated secret is shown once, in
// a dialog with a Copy button. The log is read again every few seconds while the page is shown, so
// retries and answers appear as the dispatcher makes them.
#pragma once

#include "access/SiteStore.h"
#include "workspace/WorkspaceClient.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QDialog;
class QLabel;
class QPushButton;
class QTableWidget;

namespace pulse::ui {

class WebhookEndpointDialog;

class WebhooksPage final : public QWidget {
    Q_OBJECT
public:
    explicit WebhooksPage(WorkspaceClient &client, QWidget *parent = nullptr);

    void setSite(const std::optional<Site> &site);
    void refresh();

    WebhookEndpointDialog *addEndpoint();
    WebhookEndpointDialog *editSelected();
    void rotateSelected(); // without asking (the button asks first)
    void testSelected();
    void deleteSelected(); // without asking
    void redeliverSelected();
    void selectEndpoint(qint64 id);

    QList<WebhookEndpoint> endpoints() const { return m_endpoints; }
    QList<WebhookDelivery> deliveries() const { return m_deliveries; }
    // The dialog that shows a new secret once, while it is open.
    QDialog *secretDialog() const { return m_secretDialog; }
    QString shownSecret() const { return m_shownSecret; }
    QTableWidget *endpointTable() const { return m_endpointTable; }
    QTableWidget *deliveryTable() const { return m_deliveryTable; }
    QTableWidget *attemptTable() const { return m_attemptTable; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *redeliverButton() const { return m_redeliver; }

Q_SIGNALS:
    void endpointsLoaded();
    void deliveriesLoaded();
    void actionFinished(const QString &error);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void loadEndpoints();
    void loadDeliveries();
    void showEndpoints();
    void showDeliveries();
    void showAttempts();
    void updateButtons();
    void showSecret(const WebhookEndpoint &endpoint, bool rotated);
    void finish(const QString &error);
    std::optional<WebhookEndpoint> selectedEndpoint() const;
    std::optional<WebhookDelivery> selectedDelivery() const;

    WorkspaceClient &m_client;
    std::optional<Site> m_site;
    QList<WebhookEndpoint> m_endpoints;
    QList<WebhookDelivery> m_deliveries;
    QPointer<QDialog> m_secretDialog;
    QString m_shownSecret;
    QTimer m_poll;
    QLabel *m_message;
    QTableWidget *m_endpointTable;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_rotate;
    QPushButton *m_test;
    QPushButton *m_delete;
    QLabel *m_deliveryTitle;
    QTableWidget *m_deliveryTable;
    QTableWidget *m_attemptTable;
    QPushButton *m_redeliver;
};

} // namespace pulse::ui
