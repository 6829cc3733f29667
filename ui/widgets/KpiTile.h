// One headline figure (visitors, bounce rate, ...) with its change against the previous period.
#pragma once

#include <QFrame>
#include <QString>

#include <optional>

class QLabel;

namespace pulse::ui {

class KpiTile final : public QFrame
{
    Q_OBJECT
public:
    explicit KpiTile(const QString &title, QWidget *parent = nullptr);

    QString title() const;
    QString valueText() const;
    QString changeText() const;

    void setValue(const QString &text);
    // change: already formatted ("+12%", "−3.1 pp"); improved says whether it is good news, which for
    // bounce rate means going down. An empty change hides the line.
    void setChange(const QString &change, std::optional<bool> improved);
    // Dims the figures while a newer answer is on its way, so old numbers are not mistaken for new ones.
    void setLoading(bool loading);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_change;
    std::optional<bool> m_improved;
    bool m_loading = false;
    bool m_applying = false;
};

} // namespace pulse::ui
