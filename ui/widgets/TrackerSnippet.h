// The script tag a website adds to send pageviews to this workspace's collector, with a Copy button.
#pragma once

#include <QString>
#include <QWidget>

class QLineEdit;
class QPushButton;

namespace pulse::ui {

class TrackerSnippet final : public QWidget
{
    Q_OBJECT
public:
    explicit TrackerSnippet(QWidget *parent = nullptr);

    // The snippet for siteKey served by collectorUrl ("http://127.0.0.1:8420").
    static QString snippet(const QString &siteKey, const QString &collectorUrl);
    void setSite(const QString &siteKey, const QString &collectorUrl);
    QString text() const;

Q_SIGNALS:
    void copied();

private:
    void copy();

    QLineEdit *m_text;
    QPushButton *m_copy;
};

} // namespace pulse::ui
