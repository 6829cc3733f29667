#include "pages/WebhooksPage.h"

#include "pages/WebhookEndpointDialog.h"
#include "widgets/ListTable.h"
#include "widgets/SecretOnceDialog.h"
#include "workspace/FutureWatch.h"

#include <QDateTime>
#include <QDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pulse::ui {

namespace {

constexpr int kWebhookPollMs = 5000;
constexpr int kDeliveryRows = 100;

QString hookTime(qint64 ms)
{
    return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat) : QString();
}

QString deliveryState(const WebhookDelivery &d)
{
    switch (d.state) {
    case WebhookDelivery::State::Pending:
        return d.attempts == 0 ? WebhooksPage::tr("Waiting") : WebhooksPage::tr("Retrying");
    case WebhookDelivery::State::Succeeded:
        return WebhooksPage::tr("Delivered");
    case WebhookDelivery::State::Failed:
        return WebhooksPage::tr("Gave up");
    }
    return QString();
}

} // namespace

WebhooksPage::WebhooksPage(WorkspaceClient &client, QWidget *parent)
    : QWidget(parent),
      m_client(client),
      m_message(new QLabel(this)),
      m_endpointTable(listTable({ tr("URL"), tr("Description"), tr("Sends"), tr("State") }, this)),
      m_add(new QPushButton(tr("&Add webhook…"), this)),
      m_edit(new QPushButton(tr("&Edit…"), this)),
      m_rotate(new QPushButton(tr("&Rotate secret…"), this)),
      m_test(new QPushButton(tr("Send &test event"), this)),
      m_delete(new QPushButton(tr("&Delete"), this)),
      m_deliveryTitle(new QLabel(this)),
      m_deliveryTable(listTable({ tr("Queued"), tr("Event"), tr("State"), tr("Attempts"), tr("Last answer"),
                                    tr("Next try"), tr("Message id") },
          this)),
      m_attemptTable(listTable({ tr("Attempt"), tr("At"), tr("Answer"), tr("Took"), tr("Response") }, this)),
      m_redeliver(new QPushButton(tr("Re&deliver"), this))
{
    m_message->setWordWrap(true);
    auto *endpoints = new QGroupBox(tr("Webhooks"), this);
    auto *endpointLayout = new QVBoxLayout(endpoints);
    endpointLayout->addWidget(m_endpointTable, 1);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : { m_add, m_edit, m_rotate, m_test, m_delete })
        buttons->addWidget(b);
    buttons->addStretch(1);
    endpointLayout->addLayout(buttons);

    auto *log = new QGroupBox(tr("Delivery log"), this);
    auto *logLayout = new QVBoxLayout(log);
    logLayout->addWidget(m_deliveryTitle);
    auto *split = new QSplitter(Qt::Horizontal, log);
    split->addWidget(m_deliveryTable);
    split->addWidget(m_attemptTable);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    logLayout->addWidget(split, 1);
    logLayout->addWidget(m_redeliver, 0, Qt::AlignLeft);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(endpoints, 2);
    layout->addWidget(log, 3);

    m_poll.setInterval(kWebhookPollMs);
    connect(&m_poll, &QTimer::timeout, this, &WebhooksPage::loadDeliveries);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (WebhookEndpointDialog *dialog = addEndpoint())
            dialog->open();
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (WebhookEndpointDialog *dialog = editSelected())
            dialog->open();
    });
    connect(m_rotate, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Rotate secret"),
                tr("Make a new secret for this webhook? The old one keeps signing for 24 hours, so "
                   "the receiver can switch over."))
            == QMessageBox::Yes)
            rotateSelected();
    });
    connect(m_test, &QPushButton::clicked, this, &WebhooksPage::testSelected);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const std::optional<WebhookEndpoint> e = selectedEndpoint();
        if (e
            && QMessageBox::question(
                   this, tr("Delete webhook"), tr("Delete the webhook to %1 and its delivery log?").arg(e->url))
                == QMessageBox::Yes)
            deleteSelected();
    });
    connect(m_redeliver, &QPushButton::clicked, this, &WebhooksPage::redeliverSelected);
    connect(m_endpointTable, &QTableWidget::itemSelectionChanged, this, [this] {
        updateButtons();
        m_deliveries.clear();
        showDeliveries();
        loadDeliveries();
    });
    connect(m_deliveryTable, &QTableWidget::itemSelectionChanged, this, [this] {
        showAttempts();
        updateButtons();
    });
    connect(&m_client, &WorkspaceClient::webhooksChanged, this, [this](qint64 siteId) {
        if (m_site && m_site->id == siteId)
            refresh();
    });
    updateButtons();
}

void WebhooksPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_poll.start();
}

void WebhooksPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_poll.stop();
}

void WebhooksPage::setSite(const std::optional<Site> &site)
{
    const bool changed = site.has_value() != m_site.has_value() || (site && m_site && site->id != m_site->id);
    m_site = site;
    m_add->setEnabled(site.has_value());
    if (changed) {
        m_endpoints.clear();
        m_deliveries.clear();
        refresh();
    }
}

void WebhooksPage::refresh()
{
    loadEndpoints();
}

void WebhooksPage::loadEndpoints()
{
    if (!m_site) {
        m_endpoints.clear();
        showEndpoints();
        return;
    }
    const qint64 siteId = m_site->id;
    whenFinished(this, m_client.webhookEndpoints(siteId), [this, siteId](const WebhookEndpointsReply &reply) {
        if (!m_site || m_site->id != siteId)
            return;
        if (!reply.ok()) {
            m_message->setText(reply.error);
            return;
        }
        m_endpoints = reply.endpoints;
        showEndpoints();
        loadDeliveries();
        Q_EMIT endpointsLoaded();
    });
}

void WebhooksPage::showEndpoints()
{
    const std::optional<WebhookEndpoint> selected = selectedEndpoint();
    {
        const QSignalBlocker blocker(m_endpointTable);
        m_endpointTable->setRowCount(int(m_endpoints.size()));
        for (int row = 0; row < m_endpoints.size(); ++row) {
            const WebhookEndpoint &e = m_endpoints.at(row);
            QStringList types;
            for (const QString &t : e.eventTypes)
                types << WebhookEndpointDialog::eventTypeName(t);
            m_endpointTable->setItem(row, 0, listCell(e.url));
            m_endpointTable->setItem(row, 1, listCell(e.description));
            m_endpointTable->setItem(row, 2, listCell(types.join(QStringLiteral(", "))));
            const QString state = e.enabled  ? tr("Active")
                : e.disabledReason.isEmpty() ? tr("Disabled")
                                             : tr("Disabled: %1").arg(e.disabledReason);
            m_endpointTable->setItem(row, 3, listCell(state));
            if (selected && selected->id == e.id)
                m_endpointTable->selectRow(row);
        }
        m_endpointTable->resizeColumnsToContents();
    }
    if (m_site && m_endpoints.isEmpty())
        m_message->setText(tr("No webhooks yet. Add one to have alerts, finished imports and finished exports "
                              "posted to another service, signed so it can check they come from Pulse."));
    else if (m_message->text().startsWith(tr("No webhooks yet.").left(10)))
        m_message->clear();
    updateButtons();
}

std::optional<WebhookEndpoint> WebhooksPage::selectedEndpoint() const
{
    const int row = m_endpointTable->currentRow();
    if (row < 0 || row >= m_endpoints.size() || m_endpointTable->selectedItems().isEmpty())
        return std::nullopt;
    return m_endpoints.at(row);
}

std::optional<WebhookDelivery> WebhooksPage::selectedDelivery() const
{
    const int row = m_deliveryTable->currentRow();
    if (row < 0 || row >= m_deliveries.size() || m_deliveryTable->selectedItems().isEmpty())
        return std::nullopt;
    return m_deliveries.at(row);
}

void WebhooksPage::selectEndpoint(qint64 id)
{
    for (int row = 0; row < m_endpoints.size(); ++row) {
        if (m_endpoints.at(row).id == id)
            m_endpointTable->selectRow(row);
    }
}

void WebhooksPage::updateButtons()
{
    const std::optional<WebhookEndpoint> e = selectedEndpoint();
    m_edit->setEnabled(e.has_value());
    m_rotate->setEnabled(e.has_value());
    m_test->setEnabled(e && e->enabled);
    m_delete->setEnabled(e.has_value());
    m_redeliver->setEnabled(selectedDelivery().has_value());
}

void WebhooksPage::loadDeliveries()
{
    const std::optional<WebhookEndpoint> e = selectedEndpoint();
    if (!m_site || !e) {
        m_deliveryTitle->setText(tr("Select a webhook to see its deliveries."));
        return;
    }
    m_deliveryTitle->setText(tr("Deliveries to %1, newest first").arg(e->url));
    const qint64 siteId = m_site->id, endpointId = e->id;
    whenFinished(this, m_client.webhookDeliveries(siteId, endpointId, kDeliveryRows),
        [this, siteId, endpointId](const WebhookDeliveriesReply &reply) {
            const std::optional<WebhookEndpoint> now = selectedEndpoint();
            if (!m_site || m_site->id != siteId || !now || now->id != endpointId)
                return;
            if (!reply.ok()) {
                m_message->setText(reply.error);
                return;
            }
            m_deliveries = reply.deliveries;
            showDeliveries();
            Q_EMIT deliveriesLoaded();
        });
}

void WebhooksPage::showDeliveries()
{
    const std::optional<WebhookDelivery> selected = selectedDelivery();
    {
        const QSignalBlocker blocker(m_deliveryTable);
        m_deliveryTable->setRowCount(int(m_deliveries.size()));
        for (int row = 0; row < m_deliveries.size(); ++row) {
            const WebhookDelivery &d = m_deliveries.at(row);
            m_deliveryTable->setItem(row, 0, listCell(hookTime(d.createdAtMs)));
            m_deliveryTable->setItem(row, 1, listCell(WebhookEndpointDialog::eventTypeName(d.eventType)));
            m_deliveryTable->setItem(row, 2, listCell(deliveryState(d)));
            m_deliveryTable->setItem(row, 3, listCell(QLocale().toString(d.attempts), true));
            const QString answer = d.lastStatus > 0 ? QString::number(d.lastStatus) : d.lastError;
            m_deliveryTable->setItem(row, 4, listCell(answer));
            m_deliveryTable->setItem(
                row, 5, listCell(d.state == WebhookDelivery::State::Pending ? hookTime(d.nextAttemptAtMs) : QString()));
            m_deliveryTable->setItem(row, 6, listCell(d.webhookId));
            if (selected && selected->id == d.id)
                m_deliveryTable->selectRow(row);
        }
        m_deliveryTable->resizeColumnsToContents();
    }
    showAttempts();
    updateButtons();
}

void WebhooksPage::showAttempts()
{
    const std::optional<WebhookDelivery> d = selectedDelivery();
    const QList<WebhookAttempt> attempts = d ? d->attemptLog : QList<WebhookAttempt> {};
    m_attemptTable->setRowCount(int(attempts.size()));
    for (int row = 0; row < attempts.size(); ++row) {
        const WebhookAttempt &a = attempts.at(row);
        m_attemptTable->setItem(row, 0, listCell(QLocale().toString(a.attempt), true));
        m_attemptTable->setItem(row, 1, listCell(hookTime(a.attemptedAtMs)));
        m_attemptTable->setItem(row, 2, listCell(a.status > 0 ? QString::number(a.status) : a.error));
        m_attemptTable->setItem(row, 3, listCell(tr("%1 ms").arg(a.latencyMs), true));
        m_attemptTable->setItem(row, 4, listCell(a.responseExcerpt.left(200).simplified()));
    }
    m_attemptTable->resizeColumnsToContents();
}

void WebhooksPage::finish(const QString &error)
{
    m_message->setText(error);
    Q_EMIT actionFinished(error);
}

void WebhooksPage::showSecret(const WebhookEndpoint &endpoint, bool rotated)
{
    m_shownSecret = endpoint.secret;
    auto *dialog = new SecretOnceDialog(tr("Webhook secret"),
        rotated ? tr("The new signing secret for %1. The old one keeps signing for 24 hours.").arg(endpoint.url)
                : tr("The signing secret for %1. Give it to the receiver so it can verify each request (Standard "
                     "Webhooks).")
                      .arg(endpoint.url),
        endpoint.secret, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_secretDialog = dialog;
    dialog->open();
}

WebhookEndpointDialog *WebhooksPage::addEndpoint()
{
    if (!m_site)
        return nullptr;
    auto *dialog = new WebhookEndpointDialog(m_client, *m_site, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WebhookEndpointDialog::saved, this,
        [this](const WebhookEndpoint &endpoint) { showSecret(endpoint, false); });
    return dialog;
}

WebhookEndpointDialog *WebhooksPage::editSelected()
{
    const std::optional<WebhookEndpoint> e = selectedEndpoint();
    if (!m_site || !e)
        return nullptr;
    auto *dialog = new WebhookEndpointDialog(m_client, *m_site, e, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

void WebhooksPage::rotateSelected()
{
    const std::optional<WebhookEndpoint> e = selectedEndpoint();
    if (!m_site || !e)
        return;
    whenFinished(this, m_client.rotateWebhookSecret(m_site->id, e->id), [this](const WebhookEndpointReply &reply) {
        if (reply.ok())
            showSecret(reply.endpoint, true);
        finish(reply.error);
    });
}

void WebhooksPage::testSelected()
{
    const std::optional<WebhookEndpoint> e = selectedEndpoint();
    if (!m_site || !e)
        return;
    whenFinished(this, m_client.sendWebhookTest(m_site->id, e->id), [this](const WebhookDeliveryReply &reply) {
        finish(reply.ok() ? tr("Test event queued; its delivery appears below.") : reply.error);
    });
}

void WebhooksPage::deleteSelected()
{
    const std::optional<WebhookEndpoint> e = selectedEndpoint();
    if (!m_site || !e)
        return;
    whenFinished(this, m_client.deleteWebhookEndpoint(m_site->id, e->id),
        [this](const WebhookEndpointReply &reply) { finish(reply.error); });
}

void WebhooksPage::redeliverSelected()
{
    const std::optional<WebhookDelivery> d = selectedDelivery();
    if (!m_site || !d)
        return;
    whenFinished(this, m_client.redeliverWebhook(m_site->id, d->id), [this](const WebhookDeliveryReply &reply) {
        finish(reply.ok() ? tr("Queued again; the new delivery appears at the top.") : reply.error);
    });
}

} // namespace pulse::ui
