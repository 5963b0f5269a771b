#include "core/io/CsvExporter.h"

#include "core/common/AtomicFile.h"
#include "core/reports/MatrixCells.h"
#include "core/reports/MatrixExportColumns.h"
#include "core/reports/MatrixLabels.h"

#include <QStringList>

namespace proxima::io {

using namespace reports;

namespace {

QString number(double value, bool money, QChar separator)
{
    QString text = money ? QString::number(value, 'f', 2) : QString::number(value, 'g', 12);
    if (separator == QLatin1Char(';'))
        text.replace(QLatin1Char('.'), QLatin1Char(','));
    return text;
}

// Text columns read exactly as in print; numbers stay machine-readable (no grouping, fixed decimals for money).
QString cell(const ActionRow& action, const ProblemGroup& group, MatrixColumn column, const CsvOptions& options)
{
    switch (column) {
    case MatrixColumn::PoliceHours: return number(action.policeHours, false, options.separator);
    case MatrixColumn::VolunteerHours: return number(action.volunteerHours, false, options.separator);
    case MatrixColumn::Euros: return number(action.euros, true, options.separator);
    default: return reports::MatrixCells::text(action, group, column, QLocale::c(), options.dateFormat);
    }
}

} // namespace

QString CsvExporter::quote(const QString& field, QChar separator)
{
    if (!field.contains(separator) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n'))
        && !field.contains(QLatin1Char('\r')))
        return field;
    QString copy = field;
    copy.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + copy + QLatin1Char('"');
}

QByteArray CsvExporter::toCsv(const ActionMatrix& matrix, const CsvOptions& options)
{
    const QList<MatrixColumn> columns = reports::exportColumns(matrix, true);
    QString text;
    auto addLine = [&](const QStringList& fields) {
        QStringList quoted;
        for (const QString& field : fields)
            quoted << quote(field, options.separator);
        text += quoted.join(options.separator) + QStringLiteral("\r\n");
    };
    QStringList header;
    for (MatrixColumn column : columns)
        header << MatrixLabels::column(column);
    addLine(header);
    for (const ProblemGroup& group : matrix.groups) {
        for (const ActionRow& action : group.actions) {
            QStringList fields;
            for (MatrixColumn column : columns)
                fields << cell(action, group, column, options);
            addLine(fields);
        }
    }
    QByteArray bytes = options.byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    return bytes + text.toUtf8();
}

Status CsvExporter::write(const QString& path, const ActionMatrix& matrix, const CsvOptions& options)
{
    return writeFileAtomically(path, toCsv(matrix, options));
}

} // namespace proxima::io
