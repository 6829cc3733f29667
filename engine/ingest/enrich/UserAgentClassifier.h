// Turns a User-Agent header into the browser, OS and device class shown in dashboards, and flags
// bots and HTTP tools so they can be kept out of visitor counts. Rules are documented at the top of
// UserAgentClassifier.cpp and in docs/enrichment.md.
#pragma once

#include <QString>
#include <QStringView>

namespace pulse {

struct UserAgentInfo {
    // Every field except the two versions comes from a closed vocabulary, so dictionaries built
    // from them stay small whatever clients send.
    QString browser; // "Chrome", "Safari", ..., the bot or tool name for bots, "Other" if unknown
    QString browserVersion; // major version only ("120"), "" if unknown
    QString os; // "Windows", "macOS", "iOS", "iPadOS", "Android", "Linux", "Chrome OS", "Other"
    QString osVersion; // "10", "8.1", "10.15", "17", ... or "" if unknown
    QString device; // "desktop", "mobile", "tablet", "bot" or "other"
    bool bot = false;

    friend bool operator==(const UserAgentInfo &, const UserAgentInfo &) = default;
};

class UserAgentClassifier final {
public:
    // Never fails: garbage yields "Other" fields, an empty string is treated as a bot.
    // Only the first 1024 UTF-16 code units are examined.
    static UserAgentInfo classify(QStringView userAgent);
};

} // namespace pulse
