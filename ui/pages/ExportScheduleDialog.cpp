#include "pages/ExportScheduleDialog.h"

#include "widgets/ExportTargetPicker.h"
#include "workspace/FutureWatch.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace pulse::ui {

ExportScheduleDialog::ExportScheduleDialog(WorkspaceClient &client, const Site &site,
    const std::optional<ExportSchedule> &existing, const QString &exportsFolder, QWidget *parent)
    : QDialog(parent),
      m_client(client),
      m_site(site),
      m_existing(existing),
      m_name(new QLineEdit(this)),
      m_target(new ExportTargetPicker(client, this)),
      m_cadence(new QComboBox(this)),
      m_time(new QTimeEdit(this)),
      m_weekday(new QComboBox(this)),
      m_monthDay(new QSpinBox(this)),
      m_range(new QComboBox(this)),
      m_keep(new QSpinBox(this)),
      m_folder(new QLineEdit(this)),
      m_serverFolder(new QLabel(this)),
      m_enabled(new QCheckBox(tr("&Enabled"), this)),
      m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(existing ? tr("Edit scheduled export") : tr("New scheduled export"));
    m_name->setPlaceholderText(tr("Weekly pages for the newsletter"));
    m_name->setMaxLength(ExportSchedule::kMaxNameLength);
    m_cadence->addItem(tr("Every day"), int(ExportSchedule::Cadence::Daily));
    m_cadence->addItem(tr("Every week"), int(ExportSchedule::Cadence::Weekly));
    m_cadence->addItem(tr("Every month"), int(ExportSchedule::Cadence::Monthly));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    for (int day = 1; day <= 7; ++day)
        m_weekday->addItem(QLocale().dayName(day), day);
    m_monthDay->setRange(1, 28); // every month has it
    m_range->addItem(tr("The day, week or month before each run"), int(ExportSchedule::Range::Previous));
    m_range->addItem(tr("All history"), int(ExportSchedule::Range::All));
    m_keep->setRange(1, ExportSchedule::kMaxKeep);
    m_keep->setSuffix(tr(" files"));
    m_folder->setPlaceholderText(QDir::toNativeSeparators(exportsFolder));
    m_folder->setClearButtonEnabled(true);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::BrightText);

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    auto *choose = new QPushButton(tr("C&hoose…"), this);
    folderRow->addWidget(choose);
    // A server writes scheduled exports into its own exports folder; a folder on this computer would
    // mean nothing to it. Say where the files go instead of asking.
    m_serverFolder->setWordWrap(true);
    m_serverFolder->setText(tr("On the server, in its exports folder. Opening a file from the history "
                               "downloads it to %1.")
                                .arg(QDir::toNativeSeparators(exportsFolder)));
    folderRow->addWidget(m_serverFolder, 1);
    const bool onServer = !client.serverUrl().isEmpty();
    m_folder->setVisible(!onServer);
    choose->setVisible(!onServer);
    m_serverFolder->setVisible(onServer);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(m_target);
    form->addRow(tr("&Runs"), m_cadence);
    form->addRow(tr("&At"), m_time);
    form->addRow(tr("On &weekday"), m_weekday);
    form->addRow(tr("On &day of the month"), m_monthDay);
    form->addRow(tr("&Covers"), m_range);
    form->addRow(tr("&Keep the last"), m_keep);
    form->addRow(tr("&Folder"), folderRow);
    form->addRow(QString(), m_enabled);
    auto *zone = new QLabel(tr("Times are in the site's time zone (%1).").arg(site.timeZone), this);
    zone->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(zone);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    const ExportSchedule initial = existing.value_or(ExportSchedule {});
    m_name->setText(initial.name);
    m_cadence->setCurrentIndex(m_cadence->findData(int(initial.cadence)));
    m_time->setTime(QTime(initial.minuteOfDay / 60, initial.minuteOfDay % 60));
    m_weekday->setCurrentIndex(m_weekday->findData(initial.weekday));
    m_monthDay->setValue(initial.monthDay);
    m_range->setCurrentIndex(std::max(0, m_range->findData(int(initial.range))));
    m_keep->setValue(initial.keepLast);
    m_folder->setText(QDir::toNativeSeparators(initial.folder));
    m_enabled->setChecked(initial.enabled);
    updateCadence();

    connect(m_cadence, &QComboBox::currentIndexChanged, this, &ExportScheduleDialog::updateCadence);
    connect(choose, &QPushButton::clicked, this, &ExportScheduleDialog::chooseFolder);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportScheduleDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (existing) {
        connect(m_target, &ExportTargetPicker::loaded, this, [this] { m_target->select(m_existing->request); });
    }
    m_target->setSite(site);
}

void ExportScheduleDialog::updateCadence()
{
    const auto cadence = ExportSchedule::Cadence(m_cadence->currentData().toInt());
    m_weekday->setEnabled(cadence == ExportSchedule::Cadence::Weekly);
    m_monthDay->setEnabled(cadence == ExportSchedule::Cadence::Monthly);
}

void ExportScheduleDialog::chooseFolder()
{
    const QString start = m_folder->text().isEmpty() ? m_folder->placeholderText() : m_folder->text();
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Folder for the exported files"), start);
    if (!chosen.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(chosen));
}

QString ExportScheduleDialog::folder() const
{
    if (m_serverFolder->isVisibleTo(this))
        return {}; // the server's own exports folder
    return QDir::fromNativeSeparators(m_folder->text().trimmed());
}

QJsonObject ExportScheduleDialog::scheduleJson(QString *error) const
{
    if (m_name->text().trimmed().isEmpty()) {
        *error = tr("Give the schedule a name.");
        return {};
    }
    // The range of each run is set by "Covers"; the request's own range is only a placeholder.
    const std::optional<ExportRequest> request
        = m_target->request(DateRange::preset(DateRange::Preset::Yesterday, QDate::currentDate()), error);
    if (!request)
        return {};
    QJsonObject json = request->toJson();
    json.insert(QStringLiteral("name"), m_name->text().trimmed());
    json.insert(QStringLiteral("cadence"),
        ExportSchedule::cadenceName(ExportSchedule::Cadence(m_cadence->currentData().toInt())));
    json.insert(QStringLiteral("time"), m_time->time().toString(QStringLiteral("HH:mm")));
    json.insert(QStringLiteral("weekday"), m_weekday->currentData().toInt());
    json.insert(QStringLiteral("day"), m_monthDay->value());
    json.insert(
        QStringLiteral("range"), ExportSchedule::rangeName(ExportSchedule::Range(m_range->currentData().toInt())));
    json.insert(QStringLiteral("keep"), m_keep->value());
    json.insert(QStringLiteral("enabled"), m_enabled->isChecked());
    return json;
}

void ExportScheduleDialog::save()
{
    QString error;
    const QJsonObject json = scheduleJson(&error);
    if (json.isEmpty()) {
        m_message->setText(error);
        return;
    }
    const QString dir = folder();
    if (!dir.isEmpty() && !QDir(dir).exists()) {
        m_message->setText(tr("The folder %1 does not exist; choose another.").arg(QDir::toNativeSeparators(dir)));
        return;
    }
    m_buttons->setEnabled(false);
    m_message->clear();
    const qint64 id = m_existing ? m_existing->id : 0;
    whenFinished(this, m_client.saveExportSchedule(m_site.id, id, json, dir), [this](const ExportScheduleReply &reply) {
        m_buttons->setEnabled(true);
        if (!reply.ok()) {
            m_message->setText(reply.error);
            return;
        }
        Q_EMIT saved(reply.schedule);
        accept();
    });
}

} // namespace pulse::ui
