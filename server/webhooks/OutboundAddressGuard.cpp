#include "webhooks/OutboundAddressGuard.h"

#include <QPair>
#include <QStringList>

namespace pulse {

namespace {

struct DeniedRange {
    const char *network;
    int prefix;
    const char *what;
};

// IPv4 ranges no webhook may reach (RFC 6890 special-purpose blocks that are not the public internet).
constexpr DeniedRange kDeniedV4[] = {
    { "0.0.0.0", 8, "unspecified (0.0.0.0/8)" },
    { "10.0.0.0", 8, "private (10.0.0.0/8)" },
    { "100.64.0.0", 10, "shared address space (100.64.0.0/10)" },
    { "127.0.0.0", 8, "loopback (127.0.0.0/8)" },
    { "169.254.0.0", 16, "link-local (169.254.0.0/16)" },
    { "172.16.0.0", 12, "private (172.16.0.0/12)" },
    { "192.0.0.0", 24, "IETF protocol assignments (192.0.0.0/24)" },
    { "192.168.0.0", 16, "private (192.168.0.0/16)" },
    { "198.18.0.0", 15, "benchmarking (198.18.0.0/15)" },
    { "224.0.0.0", 4, "multicast (224.0.0.0/4)" },
    { "240.0.0.0", 4, "reserved (240.0.0.0/4)" },
};

constexpr DeniedRange kDeniedV6[] = {
    { "::", 128, "unspecified (::)" },
    { "::1", 128, "loopback (::1)" },
    { "fc00::", 7, "unique local (fc00::/7)" },
    { "fe80::", 10, "link-local (fe80::/10)" },
    { "fec0::", 10, "site-local (fec0::/10)" },
    { "ff00::", 8, "multicast (ff00::/8)" },
    { "64:ff9b:1::", 48, "local-use NAT64 (64:ff9b:1::/48)" },
};

QString refusalV4(const QHostAddress &v4)
{
    for (const DeniedRange &r : kDeniedV4) {
        if (v4.isInSubnet(QHostAddress(QLatin1String(r.network)), r.prefix))
            return QLatin1String(r.what);
    }
    return {};
}

// The IPv4 address an IPv6 address carries, for the forms that reach IPv4 hosts: mapped
// (::ffff:a.b.c.d), compatible (::a.b.c.d, deprecated), NAT64 (64:ff9b::a.b.c.d) and 6to4 (2002:ab:cd::).
QHostAddress embeddedV4(const QHostAddress &v6)
{
    const Q_IPV6ADDR a = v6.toIPv6Address();
    const auto v4At = [&a](int i) {
        return QHostAddress(quint32(a[i]) << 24 | quint32(a[i + 1]) << 16 | quint32(a[i + 2]) << 8 | quint32(a[i + 3]));
    };
    bool zeros10 = true;
    for (int i = 0; i < 10; ++i)
        zeros10 = zeros10 && a[i] == 0;
    if (zeros10 && a[10] == 0xff && a[11] == 0xff)
        return v4At(12);
    if (zeros10 && a[10] == 0 && a[11] == 0) {
        const QHostAddress v4 = v4At(12);
        if (v4.toIPv4Address() > 1) // :: and ::1 are their own cases
            return v4;
    }
    if (v6.isInSubnet(QHostAddress(QStringLiteral("64:ff9b::")), 96))
        return v4At(12);
    if (v6.isInSubnet(QHostAddress(QStringLiteral("2002::")), 16))
        return v4At(2);
    return {};
}

} // namespace

QString OutboundAddressGuard::refusal(const QHostAddress &address)
{
    if (address.isNull())
        return QStringLiteral("not an address");
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return refusalV4(address);
    QHostAddress v6 = address;
    v6.setScopeId(QString());
    for (const DeniedRange &r : kDeniedV6) {
        if (v6.isInSubnet(QHostAddress(QLatin1String(r.network)), r.prefix))
            return QLatin1String(r.what);
    }
    const QHostAddress v4 = embeddedV4(v6);
    if (!v4.isNull()) {
        const QString inner = refusalV4(v4);
        if (!inner.isEmpty())
            return QStringLiteral("%1 inside the IPv6 address %2").arg(inner, v6.toString());
    }
    return {};
}

QHostAddress OutboundAddressGuard::firstAllowed(const QList<QHostAddress> &addresses, bool allowLocal, QString *why)
{
    QStringList refused;
    for (const QHostAddress &address : addresses) {
        if (allowLocal)
            return address;
        const QString reason = refusal(address);
        if (reason.isEmpty())
            return address;
        refused << QStringLiteral("%1 is %2").arg(address.toString(), reason);
    }
    if (why) {
        *why = refused.isEmpty() ? QStringLiteral("the host name has no address")
                                 : QStringLiteral("refused by the outbound-address guard: %1 (allow local targets with "
                                                  "--webhooks-allow-local)")
                                       .arg(refused.join(QStringLiteral("; ")));
    }
    return {};
}

} // namespace pulse
