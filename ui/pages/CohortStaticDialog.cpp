// Static cohort dialog. Files and pasted lists go through CohortMemberList, the parser the REST
// upload uses, so both accept the same lists and name the same row when one is wrong.
#include "pages/CohortStaticDialog.h"

#include "analytics/cohort/CohortMemberList.h"
#include "models/CohortFormat.h"
#include "widgets/Theme.h"
#include "workspace/FutureWatch.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace pulse::ui {

namespace {
// Files this large are not a list of user ids a person picked by mistake, but they are refused early.
constexpr qint64 kMaxFileBytes = 256LL * 1024 * 1024;
} // namespace

CohortStaticDialog::CohortStaticDialog(WorkspaceClient &client, const Cohort &cohort, QWidget *parent)
    : QDialog(parent),
      m_client(client),
      m_cohort(cohort),
      m_name(new QLineEdit(this)),
      m_description(new QPlainTextEdit(this)),
      m_paste(new QPlainTextEdit(this)),
      m_import(new QPushButton(tr("Import from file…"), this)),
      m_imported(new QLabel(this)),
      m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_save(new QPushButton(tr("Save"), this))
{
    m_cohort.kind = Cohort::Kind::Static;
    setWindowTitle(cohort.id == 0 ? tr("New static cohort") : tr("Edit cohort “%1”").arg(cohort.name));
    resize(560, 520);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name->setMaxLength(Cohort::kMaxNameLength);
    m_name->setPlaceholderText(tr("e.g. Beta testers"));
    m_name->setText(cohort.name);
    m_description->setPlaceholderText(tr("Optional: who these users are and where the list came from"));
    m_description->setPlainText(cohort.description);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Description"), m_description);
    layout->addLayout(form);

    auto *heading = new QLabel(cohort.id == 0 ? tr("Members") : tr("Add members"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    const QString how = tr("Paste user ids, one per line, or import a CSV file with a user_id or visitor_id column "
                           "(or one user id per line).");
    auto *hint = new QLabel(cohort.id == 0 ? how : tr("%1 Members already in the cohort are kept.").arg(how), this);
    hint->setWordWrap(true);
    QPalette hintPalette = hint->palette();
    hintPalette.setColor(QPalette::WindowText, theme::muted(hintPalette));
    hint->setPalette(hintPalette);
    layout->addWidget(hint);
    m_paste->setPlaceholderText(tr("user-1\nuser-2\n…"));
    m_paste->setAccessibleName(tr("User ids to add"));
    layout->addWidget(m_paste, 1);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_import);
    m_imported->setWordWrap(true);
    fileRow->addWidget(m_imported, 1);
    layout->addLayout(fileRow);

    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("cohortError"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, theme::negative(errorPalette));
    m_error->setPalette(errorPalette);
    m_error->setVisible(false);
    layout->addWidget(m_error);
    m_save->setDefault(true);
    m_buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    layout->addWidget(m_buttons);

    connect(m_import, &QPushButton::clicked, this, &CohortStaticDialog::chooseFile);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Not QDialogButtonBox::accepted: the dialog closes only once the save has succeeded.
    connect(m_save, &QPushButton::clicked, this, &CohortStaticDialog::save);
    connect(m_name, &QLineEdit::textChanged, this, [this] { showError(QString()); });
    connect(m_paste, &QPlainTextEdit::textChanged, this, [this] { showError(QString()); });
}

CohortStaticDialog::~CohortStaticDialog() = default;

void CohortStaticDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import user ids"), QDir::homePath(), tr("Lists of users (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString error = importFile(path);
    if (!error.isEmpty())
        showError(error);
}

QString CohortStaticDialog::importFile(const QString &path)
{
    m_fileKeys.clear();
    m_imported->clear();
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    if (file.size() > kMaxFileBytes)
        return tr("%1 is larger than %2 MB; split it into smaller lists.").arg(name).arg(kMaxFileBytes >> 20);
    QStringList keys;
    QString error;
    if (!CohortMemberList::fromCsv(file.readAll(), &keys, &error))
        return tr("%1 cannot be imported: %2").arg(name, error);
    if (keys.isEmpty())
        return tr("%1 holds no user ids.").arg(name);
    m_fileKeys = keys;
    m_imported->setText(tr("%1 from %2, added when you save").arg(CohortFormat::members(keys.size()), name));
    showError(QString());
    return {};
}

bool CohortStaticDialog::parsePasted(const QString &text, QStringList *keys, QString *error)
{
    // One id per line for the shared parser; each quoted, so an id with a quote or comma stays one id.
    static const QRegularExpression separators(QStringLiteral("[\\r\\n,;\\t]+"));
    const QStringList ids = text.split(separators, Qt::SkipEmptyParts);
    QByteArray csv;
    for (const QString &id : ids) {
        const QString trimmed = id.trimmed();
        if (trimmed.isEmpty())
            continue;
        QString quoted = trimmed;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        csv += '"' + quoted.toUtf8() + "\"\n";
    }
    keys->clear();
    if (csv.isEmpty())
        return true;
    QString message;
    if (!CohortMemberList::fromCsv(csv, keys, &message)) {
        *error = tr("The pasted list cannot be read: %1").arg(message);
        return false;
    }
    return true;
}

bool CohortStaticDialog::save()
{
    if (m_saving)
        return false;
    Cohort c = m_cohort;
    c.name = m_name->text().trimmed();
    c.description = m_description->toPlainText().trimmed();
    QStringList pasted;
    QString error;
    if (c.name.isEmpty()) {
        showError(tr("Give the cohort a name."));
        return false;
    }
    if (c.description.size() > Cohort::kMaxDescriptionLength) {
        showError(tr("The description is limited to %1 characters.").arg(Cohort::kMaxDescriptionLength));
        return false;
    }
    if (!parsePasted(m_paste->toPlainText(), &pasted, &error)) {
        showError(error);
        return false;
    }
    const QStringList keys = m_fileKeys + pasted;
    setSaving(true);
    whenFinished(this, m_client.saveCohort(c), [this, keys](const CohortReply &reply) {
        if (!reply.ok()) {
            finish(Cohort {}, tr("Not saved: %1").arg(reply.error));
            return;
        }
        m_cohort = reply.cohort; // a retry after a refused member list adds to this cohort
        if (keys.isEmpty())
            finish(reply.cohort, QString());
        else
            addMembers(keys);
    });
    return true;
}

void CohortStaticDialog::addMembers(const QStringList &keys)
{
    whenFinished(this, m_client.addCohortMembers(m_cohort.siteId, m_cohort.id, keys), [this](const CohortReply &reply) {
        if (!reply.ok()) {
            finish(Cohort {}, tr("“%1” is saved, but its members were not added: %2").arg(m_cohort.name, reply.error));
            return;
        }
        m_cohort = reply.cohort;
        finish(reply.cohort, QString());
    });
}

void CohortStaticDialog::finish(const Cohort &cohort, const QString &error)
{
    setSaving(false);
    if (!error.isEmpty())
        showError(error);
    Q_EMIT saveFinished(cohort, error);
    if (error.isEmpty())
        accept();
}

void CohortStaticDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void CohortStaticDialog::setSaving(bool saving)
{
    m_saving = saving;
    m_save->setEnabled(!saving);
    m_import->setEnabled(!saving);
}

} // namespace pulse::ui
