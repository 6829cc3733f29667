// A Qt Linguist .ts file as the translation tests need it: each message's identity (context, source
// text, disambiguation comment) and whether its translation is finished.
#pragma once

#include <QList>
#include <QSet>
#include <QString>

namespace pulse::test {

struct TsMessage {
    QString context;
    QString source;
    QString comment; // the disambiguation: tr(text, comment)
    bool finished = false; // translated (every plural form) and not marked unfinished

    // The message's identity in a catalogue; lupdate keeps one message per key.
    QString key() const;
    // How a person finds it: context, quoted source, and the disambiguation when there is one.
    QString describe() const;
};

struct TsCatalogue {
    QString language;
    QList<TsMessage> messages;

    // Reads path; on failure returns false and says why in *error.
    static bool read(const QString &path, TsCatalogue *catalogue, QString *error);
    QSet<QString> keys() const;
    QList<TsMessage> unfinished() const;
};

} // namespace pulse::test
