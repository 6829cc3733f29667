// Canonical page paths and hosts from whatever a tracker or SDK reports as the page address, so
// "/pricing/", "https://example.com//pricing?ref=x" and "/pricing" count as one page.
#pragma once

#include <QString>
#include <QStringView>

namespace pulse {

class PathNormalizer final {
public:
    static constexpr qsizetype MaxLength = 1024;

    // The path of a URL, or of a bare path: no scheme, host, query or fragment, except that a
    // hash route ("#/settings", as single-page apps use) is kept: "/app#/settings". Percent
    // escapes of unreserved characters are decoded ("%7E" -> "~") and other escapes upper-cased,
    // duplicate slashes collapsed, a trailing slash removed (but "/" stays "/"), control
    // characters dropped and lone surrogates replaced by U+FFFD. Empty input gives "/"; the
    // result never exceeds MaxLength, and only the first 8 * MaxLength characters of input are
    // read. Never fails.
    static QString normalize(QStringView pathOrUrl);

    // The lower-case host of an absolute ("https://Example.com:8080/x") or protocol-relative
    // ("//example.com/x") URL, without user info, port or a trailing dot; "" if there is none or
    // it holds characters no host can have.
    static QString hostOf(QStringView url);

    // hostOf() without the copy or the lower-casing, for callers that compare hosts on a hot path.
    // The view points into url.
    static QStringView hostView(QStringView url);
};

} // namespace pulse
