// Saving an export (CSV of a table, a grid or a user list) to the file the user chose. One place, so
// every export is atomic and reports a failure in the same words.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace pulse::ui {

class FileExport final {
    Q_DECLARE_TR_FUNCTIONS(pulse::ui::FileExport)
public:
    // Writes bytes to path through QSaveFile, which writes beside the target and renames on commit,
    // so a failed export never leaves a half-written file under the chosen name. Returns an empty
    // string, or what went wrong in words.
    static QString write(const QString &path, const QByteArray &bytes);
};

} // namespace pulse::ui
