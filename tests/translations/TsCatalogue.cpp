// Reading .ts files with QXmlStreamReader: only what the translation tests compare.
#include "TsCatalogue.h"

#include <QFile>
#include <QXmlStreamReader>

namespace pulse::test {

QString TsMessage::key() const
{
    return context + QChar(0x1f) + source + QChar(0x1f) + comment;
}

QString TsMessage::describe() const
{
    QString text = context + QStringLiteral(": \"") + source + QLatin1Char('"');
    if (!comment.isEmpty())
        text += QStringLiteral(" (") + comment + QLatin1Char(')');
    return text;
}

namespace {

// <translation> of a message: finished when it is not marked unfinished and no form is empty.
bool readTranslation(QXmlStreamReader &xml)
{
    const QStringView type = xml.attributes().value(QLatin1String("type"));
    bool empty = false;
    bool hasForms = false;
    QString text;
    while (xml.readNext() != QXmlStreamReader::EndElement || xml.name() != QLatin1String("translation")) {
        if (xml.atEnd())
            return false;
        if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
            hasForms = true;
            empty = empty || xml.readElementText().isEmpty();
        } else if (xml.isCharacters()) {
            text += xml.text();
        }
    }
    if (!hasForms)
        empty = text.isEmpty();
    return type != QLatin1String("unfinished") && !empty;
}

TsMessage readMessage(QXmlStreamReader &xml, const QString &context)
{
    TsMessage message;
    message.context = context;
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source"))
            message.source = xml.readElementText();
        else if (xml.name() == QLatin1String("comment"))
            message.comment = xml.readElementText();
        else if (xml.name() == QLatin1String("translation"))
            message.finished = readTranslation(xml);
        else
            xml.skipCurrentElement();
    }
    return message;
}

} // namespace

bool TsCatalogue::read(const QString &path, TsCatalogue *catalogue, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    *catalogue = TsCatalogue();
    QXmlStreamReader xml(&file);
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("TS")) {
        *error = QStringLiteral("%1 is not a Qt Linguist file").arg(path);
        return false;
    }
    catalogue->language = xml.attributes().value(QLatin1String("language")).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("context")) {
            xml.skipCurrentElement();
            continue;
        }
        QString context;
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message"))
                catalogue->messages.append(readMessage(xml, context));
            else
                xml.skipCurrentElement();
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1, line %2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
        return false;
    }
    return true;
}

QSet<QString> TsCatalogue::keys() const
{
    QSet<QString> all;
    for (const TsMessage &m : messages)
        all.insert(m.key());
    return all;
}

QList<TsMessage> TsCatalogue::unfinished() const
{
    QList<TsMessage> open;
    for (const TsMessage &m : messages) {
        if (!m.finished)
            open.append(m);
    }
    return open;
}

} // namespace pulse::test
