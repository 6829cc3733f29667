#include "pages/settings/KeyCreateDialog.h"

#include "pages/settings/SettingsFormat.h"
#include "workspace/FutureWatch.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pulse::ui {

namespace {
constexpr int kKeyNameMaxChars = 100; // as the client and REST accept
} // namespace

KeyCreateDialog::KeyCreateDialog(WorkspaceClient &client, const QList<Site> &sites, QWidget *parent)
    : QDialog(parent),
      m_client(client),
      m_name(new QLineEdit(this)),
      m_site(new QComboBox(this)),
      m_expires(new QCheckBox(tr("&Expires at the end of"), this)),
      m_expiry(new QDateEdit(this)),
      m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Create API key"));
    m_name->setMaxLength(kKeyNameMaxChars);
    m_name->setPlaceholderText(tr("Nightly report script"));
    auto *scopes = new QGridLayout;
    int row = 0;
    for (const Scope scope : SettingsFormat::scopes()) {
        auto *check = new QCheckBox(SettingsFormat::scopeName(scope), this);
        auto *sentence = new QLabel(SettingsFormat::scopeDescription(scope), this);
        sentence->setWordWrap(true);
        sentence->setBuddy(check);
        m_scopes.insert(int(scope), check);
        scopes->addWidget(check, row, 0, Qt::AlignTop);
        scopes->addWidget(sentence, row, 1);
        ++row;
    }
    scopes->setColumnStretch(1, 1);
    scopeCheck(Scope::Read)->setChecked(true);
    m_site->addItem(tr("Every site"), qint64(0));
    for (const Site &site : sites)
        m_site->addItem(site.name == site.domain ? site.domain : tr("%1 (%2)").arg(site.name, site.domain), site.id);
    const QDate today = QDateTime::fromMSecsSinceEpoch(client.nowMs()).date();
    m_expiry->setCalendarPopup(true);
    m_expiry->setMinimumDate(today);
    m_expiry->setDate(today.addYears(1));
    m_expiry->setEnabled(false);
    connect(m_expires, &QCheckBox::toggled, m_expiry, &QWidget::setEnabled);
    auto *expiry = new QHBoxLayout;
    expiry->addWidget(m_expires);
    expiry->addWidget(m_expiry);
    expiry->addStretch(1);
    m_message->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("Scopes"), scopes);
    form->addRow(tr("&Site"), m_site);
    form->addRow(tr("Expiry"), expiry);
    auto *note
        = new QLabel(tr("The secret is shown once, when the key is created. Pulse keeps only a hash of it."), this);
    note->setWordWrap(true);
    QPushButton *createButton = m_buttons->addButton(tr("C&reate key"), QDialogButtonBox::AcceptRole);
    createButton->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &KeyCreateDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

NewApiKey KeyCreateDialog::newKey() const
{
    NewApiKey key;
    key.name = m_name->text().trimmed();
    for (auto it = m_scopes.cbegin(); it != m_scopes.cend(); ++it) {
        if (it.value()->isChecked())
            key.scopes |= it.key();
    }
    key.siteId = m_site->currentData().toLongLong();
    if (m_expires->isChecked()) // at the end of the chosen day, on this computer's clock
        key.expiresAtMs = QDateTime(m_expiry->date().addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    return key;
}

void KeyCreateDialog::create()
{
    m_buttons->setEnabled(false);
    m_message->clear();
    whenFinished(this, m_client.createApiKey(newKey()), [this](const ApiKeyReply &reply) {
        m_buttons->setEnabled(true);
        if (!reply.ok()) {
            m_message->setText(SettingsFormat::refusal(reply.field, reply.error));
            if (reply.field == QLatin1String("name"))
                m_name->setFocus();
            return;
        }
        Q_EMIT created(reply);
        accept();
    });
}

} // namespace pulse::ui
