#pragma once

#include "core/common/Result.h"
#include "core/reports/ActionMatrix.h"

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QString>

namespace proxima::io {

/// CSV flavour: ',' with '.' decimals (RFC 4180), or ';' with ',' decimals as Excel expects in BE/NL/FR.
struct CsvOptions
{
    QChar separator = QLatin1Char(',');
    bool byteOrderMark = true;           ///< UTF-8 BOM so that Excel detects the encoding.
    QString dateFormat = QStringLiteral("yyyy-MM-dd");
};

/// The action matrix as one flat CSV table: a header row, then one row per action with its problem first.
class CsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(proxima::io::CsvExporter)

public:
    static QByteArray toCsv(const reports::ActionMatrix& matrix, const CsvOptions& options = {});
    /// Writes the file atomically; the error names the path.
    static Status write(const QString& path, const reports::ActionMatrix& matrix, const CsvOptions& options = {});
    /// One field quoted when it holds the separator, a quote, CR or LF (quotes doubled).
    static QString quote(const QString& field, QChar separator);
};

} // namespace proxima::io
