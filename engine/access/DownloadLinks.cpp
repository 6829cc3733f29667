#include "access/DownloadLinks.h"

#include "core/ConstantTime.h"

#include <QMessageAuthenticationCode>

namespace pulse {

namespace {

QByteArray mac(const QByteArray &key, qint64 exportId, qint64 expiresAtSeconds)
{
    const QByteArray message = "export:" + QByteArray::number(exportId) + ':' + QByteArray::number(expiresAtSeconds);
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

} // namespace

DownloadLinks::DownloadLinks(QByteArray key) : m_key(std::move(key)) { }

QString DownloadLinks::signature(qint64 exportId, qint64 expiresAtSeconds) const
{
    return QString::fromLatin1(mac(m_key, exportId, expiresAtSeconds)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString DownloadLinks::query(qint64 exportId, qint64 expiresAtSeconds) const
{
    return QStringLiteral("expires=%1&signature=%2").arg(expiresAtSeconds).arg(signature(exportId, expiresAtSeconds));
}

DownloadLinks::Verdict DownloadLinks::verify(
    qint64 exportId, qint64 expiresAtSeconds, QStringView signature, qint64 nowSeconds) const
{
    const QByteArray expected = this->signature(exportId, expiresAtSeconds).toLatin1();
    // Constant time over the expected length: the comparison reveals nothing about how much matched.
    if (!equalInConstantTime(expected, signature.toLatin1()))
        return Verdict::Invalid;
    return nowSeconds < expiresAtSeconds ? Verdict::Ok : Verdict::Expired;
}

} // namespace pulse
