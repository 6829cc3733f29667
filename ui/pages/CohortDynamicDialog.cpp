// Dynamic cohort dialog. Previews carry a generation number so a slow answer to an older definition
// never overwrites the figure for the current one.
#include "pages/CohortDynamicDialog.h"

#include "models/CohortFormat.h"
#include "widgets/CohortDefinitionEditor.h"
#include "widgets/CohortGroupEditor.h"
#include "widgets/Theme.h"
#include "workspace/FutureWatch.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pulse::ui {

namespace {
void muteDynamicDialogLabel(QLabel *label)
{
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, theme::muted(label->palette()));
    label->setPalette(pal);
}
} // namespace

CohortDynamicDialog::CohortDynamicDialog(
    WorkspaceClient &client, const Cohort &cohort, const CohortEditorContext &context, QWidget *parent)
    : QDialog(parent),
      m_client(client),
      m_cohort(cohort),
      m_name(new QLineEdit(this)),
      m_description(new QPlainTextEdit(this)),
      m_editor(new CohortDefinitionEditor(this)),
      m_refresh(new QSpinBox(this)),
      m_preview(new QLabel(this)),
      m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_save(new QPushButton(tr("Save and compute"), this))
{
    m_cohort.kind = Cohort::Kind::Dynamic;
    setWindowTitle(cohort.id == 0 ? tr("New dynamic cohort") : tr("Edit cohort “%1”").arg(cohort.name));
    resize(720, 640);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name->setMaxLength(Cohort::kMaxNameLength);
    m_name->setPlaceholderText(tr("e.g. Power users"));
    m_name->setText(cohort.name);
    m_description->setPlaceholderText(tr("Optional: who these users are and what the cohort is for"));
    m_description->setPlainText(cohort.description);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Description"), m_description);
    m_refresh->setRange(0, kMaxRefreshHours);
    // "every 1 hour", "every 6 hours"; 0 reads "only on demand" (the special value replaces both).
    m_refresh->setPrefix(tr("every "));
    const auto updateSuffix = [this] { m_refresh->setSuffix(m_refresh->value() == 1 ? tr(" hour") : tr(" hours")); };
    connect(m_refresh, &QSpinBox::valueChanged, this, updateSuffix);
    m_refresh->setSpecialValueText(tr("only on demand"));
    m_refresh->setValue(cohort.refreshHours);
    updateSuffix();
    m_refresh->setToolTip(tr("How often Pulse recomputes the members; 0 recomputes only when you ask"));
    form->addRow(tr("Recompute"), m_refresh);
    layout->addLayout(form);

    auto *heading = new QLabel(tr("Conditions"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_editor);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(scroll, 1);
    m_editor->setContext(context);
    if (cohort.definition.isEmpty())
        m_editor->root()->addCondition();
    else
        m_editor->setDefinition(cohort.definition);

    m_preview->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("cohortPreview"));
    muteDynamicDialogLabel(m_preview);
    layout->addWidget(m_preview);
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

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(kPreviewDelayMs);
    connect(&m_previewTimer, &QTimer::timeout, this, &CohortDynamicDialog::previewNow);
    connect(m_editor, &CohortDefinitionEditor::changed, this, &CohortDynamicDialog::onChanged);
    connect(m_name, &QLineEdit::textChanged, this, [this] { showError(QString()); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Not QDialogButtonBox::accepted: the dialog closes only once the save has succeeded.
    connect(m_save, &QPushButton::clicked, this, &CohortDynamicDialog::save);
    onChanged();
}

CohortDynamicDialog::~CohortDynamicDialog() = default;

Cohort CohortDynamicDialog::cohort() const
{
    Cohort out = m_cohort;
    out.name = m_name->text().trimmed();
    out.description = m_description->toPlainText().trimmed();
    out.definition = m_editor->definition();
    out.refreshHours = m_refresh->value();
    return out;
}

void CohortDynamicDialog::onChanged()
{
    showError(QString());
    ++m_previewGeneration; // whatever is on its way answers an older definition
    m_previewSize.reset();
    const QString problem = m_editor->problem();
    if (!problem.isEmpty()) {
        m_previewTimer.stop();
        m_preview->setText(tr("To see how many users match: %1").arg(problem));
        Q_EMIT previewShown();
        return;
    }
    m_preview->setText(tr("Counting the users who match…"));
    m_previewTimer.start();
}

void CohortDynamicDialog::previewNow()
{
    m_previewTimer.stop();
    if (!m_editor->problem().isEmpty())
        return;
    const quint64 generation = ++m_previewGeneration;
    whenFinished(this, m_client.previewCohort(m_cohort.siteId, m_editor->definition()),
        [this, generation](const CohortPreviewReply &reply) {
            if (generation != m_previewGeneration)
                return;
            if (reply.ok()) {
                m_previewSize = reply.size;
                m_preview->setText(reply.size == 1 ? tr("≈ 1 user matches now")
                                                   : tr("≈ %1 users match now").arg(QLocale().toString(reply.size)));
            } else {
                m_preview->setText(tr("Cannot count the users yet: %1").arg(reply.error));
            }
            Q_EMIT previewShown();
        });
}

bool CohortDynamicDialog::save()
{
    if (m_saving)
        return false;
    const Cohort c = cohort();
    QString problem;
    if (c.name.isEmpty())
        problem = tr("Give the cohort a name.");
    else if (c.description.size() > Cohort::kMaxDescriptionLength)
        problem = tr("The description is limited to %1 characters.").arg(Cohort::kMaxDescriptionLength);
    else
        problem = m_editor->problem();
    if (!problem.isEmpty()) {
        showError(problem);
        return false;
    }
    setSaving(true);
    whenFinished(this, m_client.saveCohort(c), [this](const CohortReply &reply) {
        setSaving(false);
        if (!reply.ok()) {
            showError(tr("Not saved: %1").arg(reply.error));
            Q_EMIT saveFinished(Cohort {}, reply.error);
            return;
        }
        m_cohort = reply.cohort;
        Q_EMIT saveFinished(reply.cohort, QString());
        accept();
    });
    return true;
}

void CohortDynamicDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void CohortDynamicDialog::setSaving(bool saving)
{
    m_saving = saving;
    m_save->setEnabled(!saving);
    m_save->setText(saving ? tr("Computing…") : tr("Save and compute"));
}

} // namespace pulse::ui
