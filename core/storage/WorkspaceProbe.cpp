#include "core/storage/WorkspaceProbe.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace proxima {
namespace {

quint32 bigEndian32(const QByteArray& bytes, int offset)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData() + offset);
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

Error refused(const QString& path, const QString& message)
{
    Error error{message, path, 0, {}};
    error.code = ErrorCode::Refused;
    return error;
}

} // namespace

Result<ProbeInfo> WorkspaceProbe::inspect(const QString& path, int newestKnownVersion)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        Error error{QCoreApplication::translate("Workspace", "the file does not exist"), path, 0, {}};
        error.code = ErrorCode::NotFound;
        return error;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Error error{QCoreApplication::translate("Workspace", "the file cannot be read: %1").arg(file.errorString()),
                    path, 0, {}};
        error.code = ErrorCode::Io;
        return error;
    }
    const QByteArray header = file.read(100);
    ProbeInfo probe;
    probe.fileSize = file.size();
    // The SQLite file format: a 100-byte header starting with this magic string (sqlite.org/fileformat.html).
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        return refused(path, QCoreApplication::translate(
                                 "Workspace", "this is not a Proxima workspace (it is not an SQLite database file)"));
    }
    const auto* raw = reinterpret_cast<const unsigned char*>(header.constData());
    probe.pageSize = (int(raw[16]) << 8) | int(raw[17]);
    if (probe.pageSize == 1)
        probe.pageSize = 65536;
    probe.userVersion = int(bigEndian32(header, 60));
    probe.applicationId = bigEndian32(header, 68);
    const quint32 changeCounter = bigEndian32(header, 24);
    const quint32 versionValidFor = bigEndian32(header, 92);
    probe.pageCount = bigEndian32(header, 28);

    if (probe.pageSize < 512 || (probe.pageSize & (probe.pageSize - 1)) != 0)
        return refused(path, QCoreApplication::translate("Workspace", "the workspace file is damaged (bad header)"));
    if (probe.applicationId != ApplicationId) {
        return refused(path, QCoreApplication::translate(
                                 "Workspace", "this SQLite database was not created by Proxima and is left untouched"));
    }
    if (probe.userVersion > newestKnownVersion) {
        return refused(path, QCoreApplication::translate("Workspace",
                                                         "this workspace was saved by a newer version of Proxima "
                                                         "(schema %1; this version knows up to %2). Please update "
                                                         "Proxima to open it; the file is left untouched.")
                                 .arg(probe.userVersion)
                                 .arg(newestKnownVersion));
    }
    // The in-header size is valid when the two counters agree; a file shorter than it was cut off.
    const bool sizeValid = changeCounter == versionValidFor && probe.pageCount > 0;
    if (probe.fileSize % probe.pageSize != 0 || (sizeValid && probe.fileSize < probe.pageCount * probe.pageSize)) {
        return refused(path, QCoreApplication::translate(
                                 "Workspace", "the workspace file is damaged: it is shorter than its header says "
                                              "(it may have been cut off while copying). Restore a backup copy."));
    }
    return probe;
}

} // namespace proxima
