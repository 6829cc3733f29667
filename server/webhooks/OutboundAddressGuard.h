// Which addresses a webhook may be sent to (docs/webhooks.md, "Address guard"). A receiver's URL is
// user input: without a guard it would let anyone with a write key make the server call into its
// own network (cloud metadata at 169.254.169.254, admin pages on 10.x, services on loopback). The
// dispatcher resolves the host, asks this guard about every address, and then connects to the one
// address that was checked, so a DNS answer cannot change between the check and the connection.
#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>

namespace pulse {

class OutboundAddressGuard final {
public:
    // Empty when address is public; otherwise why it is refused ("loopback", "private (10.0.0.0/8)").
    // QHostAddress::isGlobal() is not enough: it calls 10/8, 172.16/12, 192.168/16, 100.64/10 and
    // fc00::/7 global (TOOLCHAIN.md).
    static QString refusal(const QHostAddress &address);
    // The first address of a lookup that may be used, or a null address with the reasons in *why.
    static QHostAddress firstAllowed(const QList<QHostAddress> &addresses, bool allowLocal, QString *why);
};

} // namespace pulse
