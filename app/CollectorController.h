// The Collector settings panel's view of the in-process ServiceHost: Start, Stop and Apply move its
// listener while imports, exports, alerts and webhooks keep running. The status bar and the tracker
// snippets follow statusChanged (wired in main.cpp).
#pragma once

#include "workspace/CollectorControl.h"

namespace pulse {

class ServiceHost;

class CollectorController final : public ui::CollectorControl {
    Q_OBJECT
public:
    explicit CollectorController(ServiceHost &host, QObject *parent = nullptr);

    ui::CollectorStatus status() const override;
    QString start(const QString &address, quint16 port) override;
    void stop() override;
    // Why the collector is not running when the workbench started without it.
    void setNotRunningReason(const QString &reason);

private:
    ServiceHost &m_host;
    QString m_reason;
};

} // namespace pulse
