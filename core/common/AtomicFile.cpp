#include "core/common/AtomicFile.h"

#include <QSaveFile>

namespace proxima {

Status writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    auto failed = [&] {
        Error error{file.errorString(), path, 0, {}};
        error.code = ErrorCode::Io;
        return error;
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    if (file.write(bytes) != bytes.size()) {
        const Error error = failed();
        file.cancelWriting();
        return error;
    }
    if (!file.commit())
        return failed();
    return {};
}

} // namespace proxima
