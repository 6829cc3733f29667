// Campaign parameters (utm_source, utm_medium, ...) read from a page URL's query string; they
// drive the acquisition reports and take precedence over the Referer header.
#pragma once

#include <QString>
#include <QStringView>

namespace pulse {

struct UtmParams {
    QString source;
    QString medium;
    QString campaign;
    QString term;
    QString content;

    bool isEmpty() const;

    // Reads utm_* keys (case-insensitive) from a raw query string, with or without the leading
    // '?'; anything from '#' on is ignored. Values are percent-decoded as UTF-8 with '+' as a
    // space, stripped of control characters, trimmed and cut at MaxValueLength. The first
    // non-empty value of a repeated key wins. Never fails: malformed escapes are kept literally.
    static UtmParams fromQuery(QStringView queryString);

    static constexpr qsizetype MaxValueLength = 200;

    friend bool operator==(const UtmParams &, const UtmParams &) = default;
};

} // namespace pulse
