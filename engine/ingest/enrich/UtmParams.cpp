// Query-string scanning for campaign parameters. Most page views carry no utm_* key, so the scan
// allocates nothing until it finds one.
#include "ingest/enrich/UtmParams.h"

#include <QByteArray>

namespace pulse {

namespace {

constexpr qsizetype MaxRawLength = 4096;

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

// Percent escapes are decoded as UTF-8 bytes so that a character split over several %XX escapes
// decodes as one; fromUtf8() turns invalid sequences into U+FFFD.
QString percentDecode(QStringView raw)
{
    QByteArray bytes = raw.toUtf8();
    char *data = bytes.data();
    qsizetype out = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        char c = data[i];
        if (c == '+') {
            c = ' ';
        } else if (c == '%' && i + 2 < bytes.size() && hexValue(data[i + 1]) >= 0 && hexValue(data[i + 2]) >= 0) {
            c = static_cast<char>(hexValue(data[i + 1]) * 16 + hexValue(data[i + 2]));
            i += 2;
        }
        data[out++] = c;
    }
    bytes.truncate(out);
    return QString::fromUtf8(bytes);
}

QString decodeValue(QStringView raw)
{
    // Reading more than MaxRawLength could never add a visible character to a 200-character value
    // except in pathological padding, and it bounds the work a hostile query can ask for.
    raw = raw.first(qMin(raw.size(), MaxRawLength));
    QString value;
    if (raw.contains(u'%')) {
        value = percentDecode(raw);
    } else {
        value = raw.toString();
        value.replace(u'+', u' ');
    }

    // In place: controls out, lone surrogates (only possible without escapes) to U+FFFD.
    QChar *data = value.data();
    qsizetype out = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = data[i].unicode();
        if (isControl(c))
            continue;
        if (QChar::isHighSurrogate(c) && i + 1 < value.size() && data[i + 1].isLowSurrogate()) {
            data[out++] = data[i];
            data[out++] = data[++i];
        } else if (QChar::isSurrogate(c)) {
            data[out++] = QChar(QChar::ReplacementCharacter);
        } else {
            data[out++] = data[i];
        }
    }
    value.truncate(out);
    value = std::move(value).trimmed();
    if (value.size() > UtmParams::MaxValueLength) {
        qsizetype cut = UtmParams::MaxValueLength;
        if (value[cut - 1].isHighSurrogate()) // never leave half a surrogate pair
            --cut;
        value.truncate(cut);
        value = std::move(value).trimmed();
    }
    return value;
}

QString *fieldFor(UtmParams &params, QStringView key)
{
    if (key.size() < 7 || key.size() > 12 || !key.startsWith(u"utm_", Qt::CaseInsensitive))
        return nullptr;
    const QStringView name = key.sliced(4);
    if (name.compare(u"source", Qt::CaseInsensitive) == 0)
        return &params.source;
    if (name.compare(u"medium", Qt::CaseInsensitive) == 0)
        return &params.medium;
    if (name.compare(u"campaign", Qt::CaseInsensitive) == 0)
        return &params.campaign;
    if (name.compare(u"term", Qt::CaseInsensitive) == 0)
        return &params.term;
    if (name.compare(u"content", Qt::CaseInsensitive) == 0)
        return &params.content;
    return nullptr;
}

} // namespace

bool UtmParams::isEmpty() const
{
    return source.isEmpty() && medium.isEmpty() && campaign.isEmpty() && term.isEmpty() && content.isEmpty();
}

UtmParams UtmParams::fromQuery(QStringView queryString)
{
    UtmParams params;
    QStringView query = queryString;
    if (query.startsWith(u'?'))
        query = query.sliced(1);
    const qsizetype hash = query.indexOf(u'#');
    if (hash >= 0)
        query = query.first(hash);

    qsizetype start = 0;
    while (start < query.size()) {
        qsizetype end = query.indexOf(u'&', start);
        if (end < 0)
            end = query.size();
        const QStringView pair = query.sliced(start, end - start);
        start = end + 1;

        const qsizetype equals = pair.indexOf(u'=');
        if (equals < 0)
            continue;
        QString *field = fieldFor(params, pair.first(equals));
        if (field && field->isEmpty())
            *field = decodeValue(pair.sliced(equals + 1));
    }
    return params;
}

} // namespace pulse
