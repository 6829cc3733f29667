#include "pages/settings/CollectorSettingsPanel.h"

#include "widgets/PageFrame.h"
#include "widgets/Theme.h"
#include "workspace/CollectorControl.h"
#include "workspace/DesktopSettings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pulse::ui {

CollectorSettingsPanel::CollectorSettingsPanel(CollectorControl &collector, QWidget *parent)
    : QWidget(parent),
      m_collector(collector),
      m_status(new QLabel(this)),
      m_address(new QComboBox(this)),
      m_port(new QSpinBox(this)),
      m_warning(new QLabel(this)),
      m_message(new QLabel(this)),
      m_start(new QPushButton(tr("Start"), this)),
      m_stop(new QPushButton(tr("Stop"), this)),
      m_apply(new QPushButton(tr("Apply"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(frame::sectionTitle(tr("Collector"), this));
    auto *intro = new QLabel(tr("Websites and apps send their events to the collector built into the workbench. "
                                "It runs while the workbench is open."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_address->setEditable(true);
    m_address->addItem(tr("This computer only (127.0.0.1)"), QStringLiteral("127.0.0.1"));
    m_address->addItem(tr("All network interfaces (0.0.0.0)"), QStringLiteral("0.0.0.0"));
    m_address->setInsertPolicy(QComboBox::NoInsert);
    m_address->setToolTip(tr("The address the collector listens on. Pick one, or type an address of this "
                             "computer."));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("Any free port"));
    m_port->setToolTip(tr("0 picks any free port; tracker snippets must then use the port shown above."));
    auto *form = new QFormLayout;
    form->addRow(tr("Bind address:"), m_address);
    form->addRow(tr("Port:"), m_port);
    layout->addLayout(form);

    m_warning->setWordWrap(true);
    QPalette warningPalette = m_warning->palette();
    warningPalette.setColor(QPalette::WindowText, theme::negative(warningPalette));
    m_warning->setPalette(warningPalette);
    m_warning->setText(tr("Other machines on your network can then send events to this collector, and reach "
                          "its API with a key. Choose this only on a network you trust."));
    layout->addWidget(m_warning);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_apply);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    auto *note = new QLabel(tr("The address and port are kept for the next start; a --port given on the command "
                               "line wins over them."),
        this);
    note->setWordWrap(true);
    QPalette mutedPalette = note->palette();
    mutedPalette.setColor(QPalette::WindowText, theme::muted(mutedPalette));
    note->setPalette(mutedPalette);
    layout->addWidget(note);
    layout->addStretch(1);

    // The form starts from what runs now, else from what is kept.
    const CollectorStatus status = m_collector.status();
    const QString address = status.running ? status.address : settings::collectorAddress();
    const int index = m_address->findData(address);
    if (index >= 0)
        m_address->setCurrentIndex(index);
    else
        m_address->setEditText(address);
    m_port->setValue(status.running ? status.port : settings::collectorPort());

    connect(m_start, &QPushButton::clicked, this, &CollectorSettingsPanel::apply);
    connect(m_apply, &QPushButton::clicked, this, &CollectorSettingsPanel::apply);
    connect(m_stop, &QPushButton::clicked, this, &CollectorSettingsPanel::stop);
    connect(m_address, &QComboBox::currentTextChanged, this, &CollectorSettingsPanel::updateWarning);
    connect(&m_collector, &CollectorControl::statusChanged, this, &CollectorSettingsPanel::showStatus);
    showStatus();
    updateWarning();
}

QString CollectorSettingsPanel::chosenAddress() const
{
    // A listed choice carries its address; typed text is the address itself.
    const int index = m_address->findText(m_address->currentText());
    return index >= 0 ? m_address->itemData(index).toString() : m_address->currentText().trimmed();
}

void CollectorSettingsPanel::apply()
{
    const QString address = chosenAddress();
    if (QHostAddress(address).isNull()) {
        m_message->setText(tr("\"%1\" is not an IP address; use 127.0.0.1 for this computer only, or 0.0.0.0 for "
                              "every network interface.")
                               .arg(address));
        Q_EMIT actionFinished(m_message->text());
        return;
    }
    const quint16 port = quint16(m_port->value());
    const QString error = m_collector.start(address, port);
    if (error.isEmpty()) {
        settings::setCollector(address, port);
        m_message->clear();
    } else {
        m_message->setText(error);
    }
    showStatus();
    Q_EMIT actionFinished(error);
}

void CollectorSettingsPanel::stop()
{
    m_collector.stop();
    m_message->clear();
    showStatus();
    Q_EMIT actionFinished(QString());
}

void CollectorSettingsPanel::showStatus()
{
    const CollectorStatus status = m_collector.status();
    if (status.running)
        m_status->setText(tr("Running: collecting events at %1").arg(status.url()));
    else if (status.reason.isEmpty())
        m_status->setText(tr("Not running."));
    else
        m_status->setText(tr("Not running: %1").arg(status.reason));
    m_start->setEnabled(!status.running);
    m_stop->setEnabled(status.running);
}

void CollectorSettingsPanel::updateWarning()
{
    // Only for an address others can reach: a typo gets its message at Apply instead.
    const QHostAddress host(chosenAddress());
    m_warning->setVisible(!host.isNull() && !host.isLoopback());
}

} // namespace pulse::ui
