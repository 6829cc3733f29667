#include "pages/WebhookEndpointDialog.h"

#include "workspace/FutureWatch.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace pulse::ui {

QString WebhookEndpointDialog::eventTypeName(const QString &type)
{
    if (type == QLatin1String("alert.triggered"))
        return tr("Alert fired");
    if (type == QLatin1String("alert.resolved"))
        return tr("Alert resolved");
    if (type == QLatin1String("import.completed"))
        return tr("Import finished");
    if (type == QLatin1String("export.completed"))
        return tr("Export finished");
    if (type == WebhookEndpoint::testEventType())
        return tr("Test event");
    return type;
}

WebhookEndpointDialog::WebhookEndpointDialog(
    WorkspaceClient &client, const Site &site, const std::optional<WebhookEndpoint> &existing, QWidget *parent)
    : QDialog(parent),
      m_client(client),
      m_site(site),
      m_existing(existing),
      m_url(new QLineEdit(this)),
      m_description(new QLineEdit(this)),
      m_enabled(new QCheckBox(tr("&Enabled"), this)),
      m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(existing ? tr("Edit webhook") : tr("Add webhook"));
    m_url->setPlaceholderText(QStringLiteral("https://hooks.example.com/pulse")); // no-tr: an example URL
    m_url->setMaxLength(WebhookEndpoint::kMaxUrlLength);
    m_description->setMaxLength(WebhookEndpoint::kMaxDescriptionLength);
    m_description->setPlaceholderText(tr("Team chat"));
    m_message->setWordWrap(true);
    auto *events = new QVBoxLayout;
    for (const QString &type : WebhookEndpoint::knownEventTypes()) {
        if (type == WebhookEndpoint::testEventType())
            continue; // every endpoint takes test events
        auto *check = new QCheckBox(tr("%1 (%2)").arg(eventTypeName(type), type), this);
        m_events.insert(type, check);
        events->addWidget(check);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&URL"), m_url);
    form->addRow(tr("&Description"), m_description);
    form->addRow(tr("Sends"), events);
    form->addRow(QString(), m_enabled);
    auto *note = new QLabel(tr("Each request is signed (Standard Webhooks) with this endpoint's secret, shown once "
                               "when the webhook is added."),
        this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    const WebhookEndpoint initial = existing.value_or(WebhookEndpoint {});
    m_url->setText(initial.url);
    m_description->setText(initial.description);
    for (auto it = m_events.begin(); it != m_events.end(); ++it)
        it.value()->setChecked(existing ? initial.wants(it.key()) : true);
    m_enabled->setChecked(initial.enabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &WebhookEndpointDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QJsonObject WebhookEndpointDialog::endpointJson() const
{
    QJsonArray types;
    for (auto it = m_events.begin(); it != m_events.end(); ++it) {
        if (it.value()->isChecked())
            types.append(it.key());
    }
    return QJsonObject { { QStringLiteral("url"), m_url->text().trimmed() },
        { QStringLiteral("description"), m_description->text().trimmed() }, { QStringLiteral("event_types"), types },
        { QStringLiteral("enabled"), m_enabled->isChecked() } };
}

void WebhookEndpointDialog::save()
{
    m_buttons->setEnabled(false);
    m_message->clear();
    const qint64 id = m_existing ? m_existing->id : 0;
    whenFinished(
        this, m_client.saveWebhookEndpoint(m_site.id, id, endpointJson()), [this](const WebhookEndpointReply &reply) {
            m_buttons->setEnabled(true);
            if (!reply.ok()) {
                m_message->setText(reply.field.isEmpty() ? reply.error : tr("%1 (%2)").arg(reply.error, reply.field));
                return;
            }
            Q_EMIT saved(reply.endpoint);
            accept();
        });
}

} // namespace pulse::ui
