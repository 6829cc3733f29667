// The desktop's embedded collector as the Collector settings panel sees it: where it listens or why it
// does not, start and stop. The app implements it over the server's ServiceHost (app/CollectorController),
// so ui never sees server internals.
#pragma once

#include <QObject>
#include <QString>

namespace pulse::ui {

struct CollectorStatus {
    bool running = false;
    QString address; // as listened on, e.g. "127.0.0.1"
    quint16 port = 0; // the real port, also when 0 (any free port) was asked for
    QString reason; // why it is not running, for the user

    // "http://127.0.0.1:8420" while running (IPv6 in brackets), else empty.
    QString url() const;
};

class CollectorControl : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    virtual CollectorStatus status() const = 0;
    // Listens on address and port (0: any free port), stopping first when running. Returns an empty
    // string, or a sentence for the user that names the port.
    virtual QString start(const QString &address, quint16 port) = 0;
    virtual void stop() = 0;

Q_SIGNALS:
    void statusChanged();
};

} // namespace pulse::ui
