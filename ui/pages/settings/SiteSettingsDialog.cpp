#include "pages/settings/SiteSettingsDialog.h"

#include "pages/settings/SettingsFormat.h"
#include "workspace/FutureWatch.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace pulse::ui {

namespace {
constexpr int kMaxQuotaPerMinute = 1000000000; // as SiteSettings accepts
} // namespace

SiteSettingsDialog::SiteSettingsDialog(WorkspaceClient &client, const std::optional<Site> &existing, QWidget *parent)
    : QDialog(parent),
      m_client(client),
      m_existing(existing),
      m_name(new QLineEdit(this)),
      m_domain(new QLineEdit(this)),
      m_timeZone(new QComboBox(this)),
      m_origins(new QListWidget(this)),
      m_addOrigin(new QPushButton(tr("&Add origin"), this)),
      m_removeOrigin(new QPushButton(tr("Re&move origin"), this)),
      m_retention(new QSpinBox(this)),
      m_bots(new QCheckBox(tr("&Reject bots and crawlers (off: store them marked as bots)"), this)),
      m_dnt(new QCheckBox(tr("Res&pect Do Not Track: store nothing from browsers that ask not to be tracked"), this)),
      m_identity(new QComboBox(this)),
      m_quota(new QSpinBox(this)),
      m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(existing ? tr("Edit site %1").arg(existing->domain) : tr("Add site"));
    m_domain->setPlaceholderText(QStringLiteral("example.com")); // no-tr: an example domain
    m_name->setPlaceholderText(tr("The domain, unless you name it"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id));
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_origins->setToolTip(tr("Origins such as https://example.com or http://localhost:3000. Empty: browsers on any "
                             "origin may send events."));
    m_retention->setRange(0, SiteSettings::kMaxRetentionDays);
    m_retention->setSpecialValueText(tr("Forever"));
    m_retention->setSuffix(tr(" days"));
    m_identity->addItem(tr("Cookieless: a daily visitor id, no cookies"),
        SiteSettings::identityModeName(SiteSettings::IdentityMode::Cookieless));
    m_identity->addItem(tr("User id: every event must carry the app's user id"),
        SiteSettings::identityModeName(SiteSettings::IdentityMode::UserId));
    m_quota->setRange(0, kMaxQuotaPerMinute);
    m_quota->setSpecialValueText(tr("Unlimited"));
    m_quota->setSuffix(tr(" events a minute"));
    m_message->setWordWrap(true);
    QPalette warn = m_message->palette();
    warn.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_message->setPalette(warn);

    auto *originButtons = new QHBoxLayout;
    originButtons->addWidget(m_addOrigin);
    originButtons->addWidget(m_removeOrigin);
    originButtons->addStretch(1);
    auto *originBox = new QVBoxLayout;
    originBox->addWidget(m_origins);
    originBox->addLayout(originButtons);
    auto *originNote = new QLabel(tr("Only browsers on these origins may send events (collector and live stream). "
                                     "Leave empty to accept every origin."),
        this);
    originNote->setWordWrap(true);
    originBox->addWidget(originNote);
    auto *retentionNote
        = new QLabel(tr("A daily purge deletes older events, their sessions and quarantined events."), this);
    retentionNote->setWordWrap(true);
    auto *retentionBox = new QVBoxLayout;
    retentionBox->addWidget(m_retention);
    retentionBox->addWidget(retentionNote);

    auto *form = new QFormLayout;
    form->addRow(tr("&Domain"), m_domain);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Time zone"), m_timeZone);
    form->addRow(tr("Allowed &origins"), originBox);
    form->addRow(tr("&Keep events"), retentionBox);
    form->addRow(tr("Bots"), m_bots);
    form->addRow(tr("Do Not Track"), m_dnt);
    form->addRow(tr("&Visitors"), m_identity);
    form->addRow(tr("&Quota"), m_quota);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    const Site initial = existing.value_or(Site {});
    m_domain->setText(initial.domain);
    m_name->setText(existing ? initial.name : QString());
    const QString zone = existing ? initial.timeZone : QString::fromUtf8(QTimeZone::systemTimeZoneId());
    m_timeZone->setCurrentText(zone.isEmpty() ? QStringLiteral("UTC") : zone); // no-tr: a time zone id
    for (const QString &origin : initial.settings.allowedOrigins)
        addOrigin(origin);
    m_origins->setCurrentRow(-1);
    m_retention->setValue(initial.settings.retentionDays);
    m_bots->setChecked(initial.settings.botFiltering);
    m_dnt->setChecked(initial.settings.respectDnt);
    m_identity->setCurrentIndex(initial.settings.identityMode == SiteSettings::IdentityMode::UserId ? 1 : 0);
    m_quota->setValue(int(std::min<qint64>(initial.settings.ingestQuotaPerMinute, kMaxQuotaPerMinute)));

    connect(m_addOrigin, &QPushButton::clicked, this, [this] { addOrigin(); });
    connect(m_removeOrigin, &QPushButton::clicked, this, &SiteSettingsDialog::removeSelectedOrigin);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SiteSettingsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QPushButton *SiteSettingsDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

void SiteSettingsDialog::addOrigin(const QString &origin)
{
    auto *item = new QListWidgetItem(origin, m_origins);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_origins->setCurrentItem(item);
    if (origin.isEmpty())
        m_origins->editItem(item);
}

void SiteSettingsDialog::removeSelectedOrigin()
{
    delete m_origins->currentItem();
}

QStringList SiteSettingsDialog::origins() const
{
    QStringList list;
    for (int row = 0; row < m_origins->count(); ++row) {
        const QString text = m_origins->item(row)->text().trimmed();
        if (!text.isEmpty())
            list << text; // an empty row left from Add origin is no origin
    }
    return list;
}

QJsonObject SiteSettingsDialog::siteJson() const
{
    return QJsonObject {
        { QStringLiteral("domain"), m_domain->text().trimmed() },
        { QStringLiteral("name"), m_name->text().trimmed() },
        { QStringLiteral("timezone"), m_timeZone->currentText().trimmed() },
        { QStringLiteral("allowed_origins"), QJsonArray::fromStringList(origins()) },
        { QStringLiteral("retention_days"), m_retention->value() },
        { QStringLiteral("bot_filtering"), m_bots->isChecked() },
        { QStringLiteral("respect_dnt"), m_dnt->isChecked() },
        { QStringLiteral("identity_mode"), m_identity->currentData().toString() },
        { QStringLiteral("ingest_quota_per_minute"), m_quota->value() },
    };
}

void SiteSettingsDialog::showRefusal(const QString &field, const QString &error)
{
    m_message->setText(SettingsFormat::refusal(field, error));
    QWidget *culprit = nullptr;
    if (field == QLatin1String("domain"))
        culprit = m_domain;
    else if (field == QLatin1String("name"))
        culprit = m_name;
    else if (field == QLatin1String("timezone"))
        culprit = m_timeZone;
    else if (field == QLatin1String("allowed_origins"))
        culprit = m_origins;
    else if (field == QLatin1String("retention_days"))
        culprit = m_retention;
    else if (field == QLatin1String("ingest_quota_per_minute"))
        culprit = m_quota;
    if (culprit)
        culprit->setFocus();
}

void SiteSettingsDialog::save()
{
    m_buttons->setEnabled(false);
    m_message->clear();
    const qint64 id = m_existing ? m_existing->id : 0;
    whenFinished(this, m_client.saveSite(id, siteJson()), [this](const SiteReply &reply) {
        m_buttons->setEnabled(true);
        if (!reply.ok()) {
            showRefusal(reply.field, reply.error);
            return;
        }
        Q_EMIT saved(reply.site);
        accept();
    });
}

} // namespace pulse::ui
