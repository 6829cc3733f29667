// The active filters as removable chips ("Page: /pricing ×") and a "Clear all" link.
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QHBoxLayout;

namespace pulse::ui {

class FilterChips final : public QWidget
{
    Q_OBJECT
public:
    struct Chip
    {
        QString key;   // identifies the filter to the page (e.g. "path")
        QString label; // "Page: /pricing"
        bool operator==(const Chip &) const = default;
    };

    explicit FilterChips(QWidget *parent = nullptr);
    void setChips(const QList<Chip> &chips);
    QList<Chip> chips() const { return m_chips; }

Q_SIGNALS:
    void removeRequested(const QString &key);
    void clearRequested();

private:
    QHBoxLayout *m_layout;
    QList<Chip> m_chips;
    QList<QWidget *> m_buttons;
};

} // namespace pulse::ui
