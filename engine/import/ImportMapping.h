// How the columns of an import file become events: which column holds the time (and in which
// format), the event name, the user id, the path or URL, the referrer and an optional event id, and
// which columns become string properties. A value type with a JSON codec so mappings can be saved as
// presets; `pulse-bench` is built in. resolve() binds a mapping to one file's header.
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pulse {

// A column by header name, or by 0-based position (for files without a header).
struct ImportColumn {
    QString name;
    int index = -1;

    static ImportColumn named(const QString &header) { return ImportColumn { header, -1 }; }
    static ImportColumn at(int position) { return ImportColumn { QString(), position }; }
    bool isSet() const { return index >= 0 || !name.isEmpty(); }
    bool operator==(const ImportColumn &) const = default;
};

struct ImportProperty {
    QString name; // the property's key in props
    ImportColumn column;
    bool operator==(const ImportProperty &) const = default;
};

// What a mapping becomes for one file: positions in its rows, and names for error reports.
struct ResolvedMapping {
    enum class Time { Auto, EpochSeconds, EpochMillis, Iso8601 };
    int timestamp = -1;
    Time timeFormat = Time::Auto;
    int name = -1;
    int userId = -1;
    int location = -1; // a path ("/pricing") or a full URL
    int referrer = -1;
    int eventId = -1;
    QList<std::pair<int, QString>> props; // column and property name, sorted by name
    QStringList columnNames; // header names, or "column N" (1-based) without a header
    qsizetype columnCount = 0;

    QString columnName(int index) const { return index >= 0 ? columnNames.value(index) : QString(); }
};

struct ImportMapping {
    Q_DECLARE_TR_FUNCTIONS(pulse::ImportMapping)

public:
    using Time = ResolvedMapping::Time;

    bool hasHeader = true;
    char delimiter = 0; // 0: detect
    // Roles not set are looked up among common header names (ts, timestamp, event, name, user_id, ...).
    bool detectColumns = false;
    ImportColumn timestamp;
    Time timeFormat = Time::Auto;
    ImportColumn name;
    ImportColumn userId;
    ImportColumn location;
    ImportColumn referrer;
    ImportColumn eventId;
    QList<ImportProperty> props;
    bool otherColumnsAsProps = true; // columns no role or property names become props under their header name

    bool operator==(const ImportMapping &) const = default;

    // A file with a header whose column names say what they hold (the default for CSV imports).
    static ImportMapping automatic();
    static QStringList presetNames();
    static std::optional<ImportMapping> preset(const QString &name);

    QJsonObject toJson() const;
    static std::optional<ImportMapping> fromJson(const QJsonObject &json, QString *error);
    static QString timeFormatName(Time format);

    // Binds the mapping to a file: header is its first record (ignored when hasHeader is false),
    // columnCount the number of fields a record has. On failure returns nullopt with what to change.
    std::optional<ResolvedMapping> resolve(const QStringList &header, qsizetype columnCount, QString *error) const;
};

} // namespace pulse
