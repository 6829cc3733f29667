// Settings > Collector: where the embedded collector listens (or why it does not), its bind address
// and port, Start, Stop and Apply. The choice is kept for the next start (--port still wins there).
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace pulse::ui {

class CollectorControl;

class CollectorSettingsPanel final : public QWidget {
    Q_OBJECT
public:
    explicit CollectorSettingsPanel(CollectorControl &collector, QWidget *parent = nullptr);

    // Starts (or moves) the collector to the address and port in the form and keeps them for the next
    // start; on failure the message under the form says why. Apply and Start do this.
    void apply();
    void stop();

    QLabel *statusLabel() const { return m_status; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *exposureWarning() const { return m_warning; }
    QComboBox *addressEdit() const { return m_address; }
    QSpinBox *portEdit() const { return m_port; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *applyButton() const { return m_apply; }

Q_SIGNALS:
    // After Start, Stop or Apply: the message shown (empty when it worked).
    void actionFinished(const QString &message);

private:
    void showStatus();
    void updateWarning();
    QString chosenAddress() const;

    CollectorControl &m_collector;
    QLabel *m_status;
    QComboBox *m_address;
    QSpinBox *m_port;
    QLabel *m_warning;
    QLabel *m_message;
    QPushButton *m_start;
    QPushButton *m_stop;
    QPushButton *m_apply;
};

} // namespace pulse::ui
