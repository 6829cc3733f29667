// The value types that flow from the decoder through validation to the writer: a validated and
// enriched event ready to store, and a rejection kept in the quarantine with its reason.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <algorithm>
#include <array>

namespace pulse {

// The text columns of an EventRecord encoded as UTF-8 once, in one buffer, on the thread that
// validated the event, so the single writer thread binds them without converting or copying
// (SQLITE_STATIC). A derived cache: it never takes part in comparisons, and a record without it
// (built by hand, or changed after encoding) is encoded by the writer itself.
struct EncodedText
{
    enum Column { EventId, Name, UserId, Path, Host, Referrer, Source, SourceClass, UtmSource, UtmMedium,
                  UtmCampaign, UtmTerm, UtmContent, Browser, Os, Device, Count };
    QByteArray bytes;
    std::array<qint32, Count> offsets{}; // -1: the field was a null QString (binds NULL)
    std::array<qint32, Count> lengths{};

    bool encoded = false;
    bool isEmpty() const { return !encoded; }
    QByteArrayView column(Column c) const
    {
        return offsets[c] < 0 ? QByteArrayView() : QByteArrayView(bytes.constData() + offsets[c], lengths[c]);
    }
    bool operator==(const EncodedText &) const { return true; }
};

struct EventRecord
{
    qint64 siteId = 0;
    QString eventId; // the client's id; null when not given
    qint64 timestampMs = 0;
    qint64 receivedAtMs = 0;
    QString name;
    qint64 visitorId = 0;
    QString userId;
    qint64 sessionId = 0; // assigned by the writer, which owns session state
    QString path;
    QString host;
    QString referrer;
    QString source;
    QString sourceClass;
    QString utmSource, utmMedium, utmCampaign, utmTerm, utmContent;
    QString browser, os, device;
    bool isBot = false;
    QByteArray propsJson; // compact JSON object; empty when there are none
    EncodedText text;     // see EncodedText; filled by encodeText()

    bool isPageview() const { return name == QLatin1String("pageview"); }
    bool operator==(const EventRecord &) const = default;

    // Fills text from the QString fields; call again after changing any of them.
    void encodeText()
    {
        const std::array<const QString *, EncodedText::Count> fields{
            &eventId, &name, &userId, &path, &host, &referrer, &source, &sourceClass, &utmSource, &utmMedium,
            &utmCampaign, &utmTerm, &utmContent, &browser, &os, &device};
        qsizetype chars = 0;
        for (const QString *f : fields)
            chars += f->size();
        text.bytes.resize(chars * 3 + 1); // the UTF-8 worst case: one allocation, never moved
        char *const begin = text.bytes.data();
        char *out = begin;
        for (size_t i = 0; i < fields.size(); ++i) {
            const QString &f = *fields[i];
            text.offsets[i] = f.isNull() ? -1 : qint32(out - begin);
            const QChar *c = f.constData();
            const QChar *const end = c + f.size();
            while (c != end && c->unicode() < 0x80) // ASCII, nearly every field: byte for byte
                *out++ = char(c++->unicode());
            if (c != end) { // the rest of a non-ASCII field through Qt's encoder
                const QByteArray rest = QStringView(c, end).toUtf8();
                out = std::copy(rest.cbegin(), rest.cend(), out);
            }
            text.lengths[i] = f.isNull() ? 0 : qint32(out - begin) - text.offsets[i];
        }
        text.bytes.truncate(out - begin);
        text.encoded = true;
    }
};

struct Rejection
{
    qint64 siteId = 0; // 0 when the site is unknown
    QString siteKey;
    qint64 receivedAtMs = 0;
    int index = -1;     // position in the request's batch
    QString reason;     // stable code, e.g. "name_too_long"
    QString message;    // what to fix
    QByteArray payload; // the item as sent, cut to the quarantine limit

    bool operator==(const Rejection &) const = default;
};

} // namespace pulse
