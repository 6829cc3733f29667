#include "widgets/PageFrame.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QVBoxLayout>

namespace pulse::ui::frame {

namespace {

QScrollArea *scrollFor(QWidget *content, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}

} // namespace

void formAndResults(
    QWidget *page, QProgressBar *busy, const QString &accessibleBusy, QWidget *form, int formWidth, QWidget *results)
{
    auto *outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    busy->setRange(0, 0);
    busy->setMaximumHeight(4);
    busy->setTextVisible(false);
    busy->setAccessibleName(accessibleBusy);
    outer->addWidget(busy);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(0);
    QScrollArea *formScroll = scrollFor(form, page);
    formScroll->setFixedWidth(formWidth);
    formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    columns->addWidget(formScroll);
    auto *divider = new QFrame(page);
    divider->setFrameShape(QFrame::VLine);
    divider->setFrameShadow(QFrame::Sunken);
    columns->addWidget(divider);
    columns->addWidget(scrollFor(results, page), 1);
    outer->addLayout(columns, 1);
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace pulse::ui::frame
