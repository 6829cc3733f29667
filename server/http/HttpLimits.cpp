// Human-readable sizes for the limit messages sent to clients.
#include "http/HttpLimits.h"

namespace pulse {

QString formatByteSize(qint64 bytes)
{
    constexpr qint64 kib = 1024;
    constexpr qint64 mib = 1024 * kib;
    constexpr qint64 gib = 1024 * mib;
    const auto scaled = [bytes](qint64 unit, QLatin1String suffix) -> QString {
        // One decimal is enough to tell limits apart; drop it when the size is whole.
        const double value = static_cast<double>(bytes) / static_cast<double>(unit);
        const QString number = bytes % unit == 0 ? QString::number(bytes / unit) : QString::number(value, 'f', 1);
        return number + QLatin1Char(' ') + suffix;
    };
    if (bytes >= gib)
        return scaled(gib, QLatin1String("GiB"));
    if (bytes >= mib)
        return scaled(mib, QLatin1String("MiB"));
    if (bytes >= kib)
        return scaled(kib, QLatin1String("KiB"));
    return bytes == 1 ? QStringLiteral("1 byte") : QString::number(bytes) + QLatin1String(" bytes");
}

} // namespace pulse
