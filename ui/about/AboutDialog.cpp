// The About dialog (see AboutDialog.h). Everything shown is selectable text, so a user can quote it.
#include "about/AboutDialog.h"

#include "PulseBuildInfo.h"
#include "about/ThirdPartyComponents.h"
#include "widgets/Theme.h"

#include <QApplication>
#include <QClipboard>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSysInfo>
#include <QUrl>
#include <QVBoxLayout>

namespace pulse::ui {

namespace {

QLabel *selectableLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(true);
    label->setWordWrap(true);
    return label;
}

QString htmlLink(const QUrl &url, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), text.toHtmlEscaped());
}

QString systemDescription()
{
    return AboutDialog::tr("%1 (%2 %3, %4)")
        .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(), QSysInfo::kernelVersion(),
            QSysInfo::currentCpuArchitecture());
}

QString buildDateText()
{
    const QDate date = QDate::fromString(QLatin1String(buildinfo::kBuildDate), Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : QLatin1String(buildinfo::kBuildDate);
}

} // namespace

AboutDialog::AboutDialog(const QString &dataFolder, QWidget *parent)
    : QDialog(parent), m_components(selectableLabel(QString(), this)), m_aboutQt(new QPushButton(tr("About Qt"), this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Pulse"));
    // Wide enough that the licence text and the components' purposes wrap to a line or two, not five.
    setMinimumWidth(fontMetrics().averageCharWidth() * 84);
    auto *layout = new QVBoxLayout(this);

    auto *title = new QLabel(tr("Pulse"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);
    auto *tagline = new QLabel(tr("Local-first product analytics"), this);
    QPalette muted = tagline->palette();
    muted.setColor(QPalette::WindowText, theme::muted(muted));
    tagline->setPalette(muted);
    layout->addWidget(tagline);

    const QString version = QLatin1String(buildinfo::kVersion);
    const QString build
        = QLatin1String(buildinfo::kBuildId).isEmpty() ? tr("unknown") : QLatin1String(buildinfo::kBuildId);
    const QString qt = tr("%1 (built with %2)").arg(QLatin1String(qVersion()), QLatin1String(QT_VERSION_STR));
    const QString folder = QDir::toNativeSeparators(dataFolder);

    auto *form = new QFormLayout;
    form->addRow(tr("Version:"), selectableLabel(version, this));
    form->addRow(tr("Build:"), selectableLabel(build, this));
    form->addRow(tr("Date:"), selectableLabel(buildDateText(), this));
    form->addRow(tr("Qt:"), selectableLabel(qt, this));
    form->addRow(tr("System:"), selectableLabel(systemDescription(), this));
    form->addRow(tr("Data folder:"), selectableLabel(htmlLink(QUrl::fromLocalFile(dataFolder), folder), this));
    form->addRow(tr("Licence:"),
        selectableLabel(
            tr("%1. Pulse is free software: you may share and change it under the terms of the "
               "GNU General Public License, version 3 or later. It comes with no warranty.")
                .arg(htmlLink(ThirdPartyComponents::pulseLicenceUrl(), ThirdPartyComponents::pulseLicence())),
            this));
    layout->addLayout(form);

    auto *heading = new QLabel(tr("Third-party components"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addSpacing(heading->fontMetrics().height() / 2);
    layout->addWidget(heading);
    QString rows;
    for (const ThirdPartyComponent &c : ThirdPartyComponents::all()) {
        rows += QStringLiteral("<tr><td style=\"padding-right:12px\">%1</td><td style=\"padding-right:12px\">%2</td>"
                               "<td>%3</td></tr>")
                    .arg(htmlLink(c.homepage, c.name), c.purpose.toHtmlEscaped(), htmlLink(c.licenceUrl, c.licence));
    }
    m_components->setObjectName(QStringLiteral("aboutComponents"));
    m_components->setText(QStringLiteral("<table>%1</table>").arg(rows));
    layout->addWidget(m_components);
    layout->addStretch(1);

    m_details = tr("Pulse %1").arg(version) + QLatin1Char('\n')
        + tr("Build: %1, %2").arg(build, QLatin1String(buildinfo::kBuildDate)) + QLatin1Char('\n')
        + tr("Qt: %1").arg(qt) + QLatin1Char('\n') + tr("System: %1").arg(systemDescription()) + QLatin1Char('\n')
        + tr("Data folder: %1").arg(folder) + QLatin1Char('\n');

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copy = new QPushButton(tr("Copy Details"), this);
    copy->setToolTip(tr("Copy the version, build and system to the clipboard, for a bug report"));
    buttons->addButton(copy, QDialogButtonBox::ActionRole);
    buttons->addButton(m_aboutQt, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_details); });
    connect(m_aboutQt, &QPushButton::clicked, this, [this] { QMessageBox::aboutQt(this); });
}

} // namespace pulse::ui
