#include "core/Sha256.h"

#include <QCryptographicHash>

#include <openssl/evp.h>

#include <cstring>

namespace pulse {

namespace {
// Fetched once: OpenSSL 3 looks an algorithm up again on every EVP_DigestInit_ex given EVP_sha256(),
// which cost more than hashing a short row. The fetched object is read-only and shared by threads.
const EVP_MD *sha256Algorithm()
{
    static const EVP_MD *const algorithm = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return algorithm;
}
} // namespace

Sha256::Sha256()
{
    if (sha256Algorithm())
        m_context = EVP_MD_CTX_new();
    begin();
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_context);
}

void Sha256::begin()
{
    if (m_context && EVP_DigestInit_ex(m_context, sha256Algorithm(), nullptr) == 1)
        return;
    EVP_MD_CTX_free(m_context);
    m_context = nullptr;
    if (!m_fallback)
        m_fallback = std::make_unique<QCryptographicHash>(QCryptographicHash::Sha256);
    m_fallback->reset();
}

Sha256 &Sha256::add(QByteArrayView data)
{
    if (m_context)
        EVP_DigestUpdate(m_context, data.data(), size_t(data.size()));
    else
        m_fallback->addData(data);
    return *this;
}

Sha256::Digest Sha256::finish()
{
    Digest digest {};
    if (m_context) {
        // Cannot fail once EVP_DigestInit_ex succeeded: SHA-256 has no failure modes of its own.
        unsigned int length = 0;
        EVP_DigestFinal_ex(m_context, digest.data(), &length);
    } else {
        const QByteArrayView result = m_fallback->resultView();
        std::memcpy(digest.data(), result.data(), size_t(kLength));
    }
    begin();
    return digest;
}

Sha256::Digest Sha256::of(QByteArrayView data)
{
    Digest digest {};
    unsigned int length = 0;
    if (const EVP_MD *algorithm = sha256Algorithm();
        algorithm && EVP_Digest(data.data(), size_t(data.size()), digest.data(), &length, algorithm, nullptr) == 1)
        return digest;
    const QByteArray result = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    std::memcpy(digest.data(), result.constData(), size_t(kLength));
    return digest;
}

} // namespace pulse
