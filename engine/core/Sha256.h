#pragma once

// SHA-256 through OpenSSL's libcrypto. QCryptographicHash gives the same digests, but Qt 6.4 computes
// them in portable C: about 1 µs for a 120-byte import row on this machine, against 0.17 µs for
// libcrypto, which uses the processor's SHA instructions. An import hashes every row it reads
// (ImportRowBuilder::contentId), so the digest was a third of the reading thread's time
// (docs/decisions.md, "SHA-256 from libcrypto").

#include <QByteArrayView>

#include <array>
#include <memory>

struct evp_md_ctx_st;
class QCryptographicHash;

namespace pulse {

class Sha256 final {
public:
    static constexpr qsizetype kLength = 32;
    using Digest = std::array<quint8, kLength>;

    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    Sha256 &add(QByteArrayView data);
    // The digest of everything added since construction or the last finish(); starts over after.
    Digest finish();

    static Digest of(QByteArrayView data);

private:
    void begin();

    evp_md_ctx_st *m_context = nullptr;
    // Used only when libcrypto cannot provide SHA-256 (an OpenSSL configuration that disables it):
    // slower, with the same digests.
    std::unique_ptr<QCryptographicHash> m_fallback;
};

} // namespace pulse
