// Single-pass path canonicalisation: one output allocation per call, no regular expressions, and
// work bounded by MaxLength however long or hostile the input.
#include "ingest/enrich/PathNormalizer.h"

namespace pulse {

namespace {

// Input beyond this cannot reach the output except in pathological cases (thousands of dropped
// control characters or repeated slashes); ignoring it bounds the work per call.
constexpr qsizetype MaxInputLength = 8 * PathNormalizer::MaxLength;

// Longer authorities are not host names (those stop at 253 characters plus port and user info).
constexpr qsizetype MaxAuthorityLength = 1024;

bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

bool isAsciiAlpha(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

int hexValue(char16_t c)
{
    if (isAsciiDigit(c))
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

// RFC 3986 section 2.3: escapes of these may be decoded without changing what a URL means.
bool isUnreserved(int c)
{
    return isAsciiAlpha(static_cast<char16_t>(c)) || isAsciiDigit(static_cast<char16_t>(c)) || c == '-' || c == '.'
        || c == '_' || c == '~';
}

QStringView trimmed(QStringView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && text[begin].unicode() <= u' ')
        ++begin;
    while (end > begin && text[end - 1].unicode() <= u' ')
        --end;
    return text.sliced(begin, end - begin);
}

// Index just past "scheme://", or -1. A scheme is a letter followed by letters, digits, '+', '-'
// or '.' (RFC 3986 section 3.1).
qsizetype afterScheme(QStringView text)
{
    if (text.isEmpty() || !isAsciiAlpha(text[0].unicode()))
        return -1;
    for (qsizetype i = 1; i < text.size() && i < 64; ++i) {
        const char16_t c = text[i].unicode();
        if (c == u':')
            return text.sliced(i).startsWith(u"://") ? i + 3 : -1;
        if (!isAsciiAlpha(c) && !isAsciiDigit(c) && c != u'+' && c != u'-' && c != u'.')
            return -1;
    }
    return -1;
}

qsizetype authorityEnd(QStringView text, qsizetype from)
{
    const qsizetype end = qMin(text.size(), from + MaxAuthorityLength + 1);
    qsizetype i = from;
    while (i < end && text[i] != u'/' && text[i] != u'?' && text[i] != u'#' && text[i] != u'\\')
        ++i;
    return i;
}

char16_t upperAscii(char16_t c)
{
    return (c >= u'a' && c <= u'z') ? static_cast<char16_t>(c - 32) : c;
}

// The output under construction, on the stack: the result is copied into a QString once, at its
// final size. Appends stop at MaxLength (plus one escape or surrogate pair), the rest is cut.
class PathBuffer final {
public:
    qsizetype size() const { return m_size; }
    bool isFull() const { return m_size > PathNormalizer::MaxLength; }
    char16_t at(qsizetype i) const { return m_data[i]; }
    bool endsWith(char16_t c) const { return m_size > 0 && m_data[m_size - 1] == c; }
    void append(char16_t c) { m_data[m_size++] = c; }
    void truncate(qsizetype size) { m_size = size; }
    QString toString() const { return QStringView(m_data, m_size).toString(); }

    // Drops a trailing slash unless it is the one at start (the first of the path).
    void chopTrailingSlash(qsizetype start)
    {
        if (m_size > start + 1 && endsWith(u'/'))
            --m_size;
    }

private:
    char16_t m_data[PathNormalizer::MaxLength + 8]; // uninitialised on purpose: only [0, m_size) is read
    qsizetype m_size = 0;
};

// Appends path to out, which already ends with the '/' that starts it.
void appendPath(PathBuffer &out, QStringView path)
{
    const qsizetype n = path.size();
    for (qsizetype i = 0; i < n && !out.isFull(); ++i) {
        const char16_t c = path[i].unicode();
        if (c == u'/') {
            if (!out.endsWith(u'/'))
                out.append(u'/');
        } else if (c == u'%' && i + 2 < n && hexValue(path[i + 1].unicode()) >= 0
            && hexValue(path[i + 2].unicode()) >= 0) {
            const int value = hexValue(path[i + 1].unicode()) * 16 + hexValue(path[i + 2].unicode());
            if (isUnreserved(value)) {
                out.append(static_cast<char16_t>(value));
            } else {
                out.append(u'%');
                out.append(upperAscii(path[i + 1].unicode()));
                out.append(upperAscii(path[i + 2].unicode()));
            }
            i += 2;
        } else if (QChar::isHighSurrogate(c) && i + 1 < n && path[i + 1].isLowSurrogate()) {
            out.append(c);
            out.append(path[i + 1].unicode());
            ++i;
        } else if (QChar::isSurrogate(c)) {
            out.append(QChar::ReplacementCharacter);
        } else if (!isControl(c)) {
            out.append(c);
        }
    }
}

// Cuts at MaxLength without splitting a surrogate pair or a percent escape.
void limitLength(PathBuffer &out)
{
    if (out.size() <= PathNormalizer::MaxLength)
        return;
    qsizetype cut = PathNormalizer::MaxLength;
    if (QChar::isHighSurrogate(out.at(cut - 1)))
        --cut;
    if (out.at(cut - 1) == u'%')
        cut -= 1;
    else if (out.at(cut - 2) == u'%')
        cut -= 2;
    out.truncate(cut);
    out.chopTrailingSlash(0);
}

bool isHostCharacter(char16_t c)
{
    if (c < 0x80)
        return isAsciiAlpha(c) || isAsciiDigit(c) || c == u'-' || c == u'.' || c == u'_';
    // Internationalised names may arrive unencoded; controls and surrogates never belong.
    return !isControl(c) && !QChar::isSurrogate(c);
}

} // namespace

QString PathNormalizer::normalize(QStringView pathOrUrl)
{
    QStringView rest = trimmed(pathOrUrl.first(qMin(pathOrUrl.size(), MaxInputLength)));
    const qsizetype authority = afterScheme(rest);
    if (authority >= 0) {
        const qsizetype end = authorityEnd(rest, authority);
        if (end - authority > MaxAuthorityLength)
            return QStringLiteral("/");
        rest = rest.sliced(end);
    }

    qsizetype pathEnd = 0;
    while (pathEnd < rest.size() && rest[pathEnd] != u'?' && rest[pathEnd] != u'#')
        ++pathEnd;
    const qsizetype hash = rest.indexOf(u'#', pathEnd);

    PathBuffer out;
    out.append(u'/');
    appendPath(out, rest.first(pathEnd));
    out.chopTrailingSlash(0);

    // Hash routes name distinct screens of a single-page app; other fragments are in-page anchors.
    if (hash >= 0 && rest.sliced(hash).startsWith(u"#/") && !out.isFull()) {
        QStringView route = rest.sliced(hash + 2);
        const qsizetype routeQuery = route.indexOf(u'?');
        if (routeQuery >= 0)
            route = route.first(routeQuery);
        const qsizetype start = out.size();
        out.append(u'#');
        out.append(u'/');
        appendPath(out, route);
        if (out.size() == start + 2) // "#/" alone is the app's root: the same screen as no route
            out.truncate(start);
        else
            out.chopTrailingSlash(start + 1);
    }

    limitLength(out);
    return out.toString();
}

QStringView PathNormalizer::hostView(QStringView url)
{
    const QStringView text = trimmed(url.first(qMin(url.size(), MaxInputLength)));
    qsizetype start = afterScheme(text);
    if (start < 0) {
        if (!text.startsWith(u"//"))
            return {};
        start = 2;
    }
    QStringView host = text.sliced(start, authorityEnd(text, start) - start);
    if (host.size() > MaxAuthorityLength)
        return {};
    const qsizetype at = host.lastIndexOf(u'@');
    if (at >= 0)
        host = host.sliced(at + 1);

    if (host.startsWith(u'[')) { // IPv6 literal
        const qsizetype close = host.indexOf(u']');
        if (close < 2)
            return {};
        for (const QChar c : host.sliced(1, close - 1)) {
            if (hexValue(c.unicode()) < 0 && c != u':' && c != u'.')
                return {};
        }
        return host.first(close + 1);
    }

    const qsizetype colon = host.indexOf(u':');
    if (colon >= 0)
        host = host.first(colon);
    if (host.endsWith(u'.'))
        host.chop(1);
    if (host.isEmpty() || host.size() > 253 || host.startsWith(u'.'))
        return {};
    for (const QChar c : host) {
        if (!isHostCharacter(c.unicode()))
            return {};
    }
    return host;
}

QString PathNormalizer::hostOf(QStringView url)
{
    const QStringView host = hostView(url);
    QString lower;
    lower.resize(host.size());
    QChar *out = lower.data();
    for (qsizetype i = 0; i < host.size(); ++i) {
        const char16_t c = host[i].unicode();
        if (c >= 0x80)
            return host.toString().toLower();
        out[i] = QChar(c >= u'A' && c <= u'Z' ? static_cast<char16_t>(c + 32) : c);
    }
    return lower;
}

} // namespace pulse
