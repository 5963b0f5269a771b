#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace proxima::test {

/// Absolute path of a fixture under tests/data.
QString dataPath(const QString& relative);

/// Whole content of a file (empty when it cannot be read).
QByteArray readAll(const QString& path);

/// Writes bytes to a file, creating parent folders.
void writeAll(const QString& path, const QByteArray& bytes);

/// Result of running an external program.
struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs proxima-cli with the given arguments and waits for it.
ProcessResult runCli(const QStringList& arguments, const QByteArray& stdinData = {});

} // namespace proxima::test
