// What one read connection exports for a query, as the file's bytes: the reference that export tests
// compare with (EventExporter without parallel reads).
#pragma once

#include "export/EventExporter.h"
#include "export/TableWriter.h"
#include "storage/ReadPool.h"
#include "storage/Workspace.h"

#include <QBuffer>
#include <QtGlobal>

namespace pulse::test {

inline QByteArray exportEventsText(
    Workspace &workspace, const EventExportQuery &query, ExportFormat format, EventExporter::Outcome *outcome = nullptr)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    TableWriter writer(buffer, format, EventExporter::columns());
    ReadPool::Lease lease = workspace.reads().acquire();
    const EventExporter::Outcome result = EventExporter::write(lease.db(), query, writer);
    if (!writer.finish())
        qWarning("finish failed");
    if (outcome)
        *outcome = result;
    return buffer.data();
}

} // namespace pulse::test
