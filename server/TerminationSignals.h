// Turns SIGTERM and SIGINT into a Qt signal on the event loop (through a self-pipe, the only safe
// thing to do inside a signal handler), so pulse-server can stop accepting, commit and exit cleanly.
#pragma once

#include <QObject>

class QSocketNotifier;

namespace pulse {

class TerminationSignals final : public QObject
{
    Q_OBJECT
public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void onReadable();
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace pulse
