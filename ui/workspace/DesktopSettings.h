// The workbench's own settings kept in QSettings that the app reads before the window opens: the
// collector's address and port, and the durability mode. One place for their keys and defaults.
#pragma once

#include <QString>

namespace pulse::ui::settings {

constexpr quint16 kDefaultCollectorPort = 8420;

QString collectorAddress(); // "127.0.0.1" unless chosen otherwise
quint16 collectorPort();
void setCollector(const QString &address, quint16 port);
// Commit with synchronous=FULL (survives power loss) instead of NORMAL; applied at the next start.
bool durable();
void setDurable(bool durable);

} // namespace pulse::ui::settings
