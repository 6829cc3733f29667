#include "widgets/FileExport.h"

#include <QDir>
#include <QSaveFile>

namespace pulse::ui {

QString FileExport::write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit())
        return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

} // namespace pulse::ui
