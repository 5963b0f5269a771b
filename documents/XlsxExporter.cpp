#include "documents/XlsxExporter.h"

#include "core/reports/MatrixCells.h"
#include "core/reports/MatrixExportColumns.h"
#include "documents/MatrixRenderer.h"
#include "core/reports/MatrixLabels.h"
#include "core/reports/MatrixTotals.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <cstdio>

namespace proxima::documents {

using namespace reports;

namespace {

struct Formats
{
    lxw_format* header = nullptr;
    lxw_format* group = nullptr;
    lxw_format* text = nullptr;
    lxw_format* date = nullptr;
    lxw_format* hours = nullptr;
    lxw_format* money = nullptr;
    lxw_format* totalText = nullptr;
    lxw_format* totalHours = nullptr;
    lxw_format* totalMoney = nullptr;
};

lxw_format* makeFormat(lxw_workbook* book, bool bold, uint32_t fill, const char* numberFormat, bool wrap)
{
    lxw_format* format = workbook_add_format(book);
    if (bold)
        format_set_bold(format);
    if (fill)
        format_set_bg_color(format, fill);
    if (numberFormat)
        format_set_num_format(format, numberFormat);
    if (wrap)
        format_set_text_wrap(format);
    format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
    format_set_border(format, LXW_BORDER_THIN);
    format_set_border_color(format, 0xA0A0A0);
    return format;
}

Formats makeFormats(lxw_workbook* book)
{
    Formats f;
    f.header = makeFormat(book, true, 0xC8C8C8, nullptr, true);
    f.group = makeFormat(book, true, 0xE4E4E4, nullptr, false);
    f.text = makeFormat(book, false, 0, nullptr, true);
    f.date = makeFormat(book, false, 0, "yyyy-mm-dd", false);
    f.hours = makeFormat(book, false, 0, "0.##", false);
    f.money = makeFormat(book, false, 0, "#,##0.00", false);
    f.totalText = makeFormat(book, true, 0xF2F2F2, nullptr, false);
    f.totalHours = makeFormat(book, true, 0xF2F2F2, "0.##", false);
    f.totalMoney = makeFormat(book, true, 0xF2F2F2, "#,##0.00", false);
    return f;
}

lxw_datetime toExcel(const QDate& date)
{
    lxw_datetime value{};
    value.year = date.year();
    value.month = date.month();
    value.day = date.day();
    return value;
}

double amount(const MatrixTotals& totals, MatrixColumn column)
{
    if (column == MatrixColumn::PoliceHours)
        return totals.policeHours;
    if (column == MatrixColumn::VolunteerHours)
        return totals.volunteerHours;
    return totals.euros;
}

double amount(const ActionRow& action, MatrixColumn column)
{
    if (column == MatrixColumn::PoliceHours)
        return action.policeHours;
    if (column == MatrixColumn::VolunteerHours)
        return action.volunteerHours;
    return action.euros;
}

// SUBTOTAL(9, ...) skips other SUBTOTAL cells in its range, so the grand total can span the whole table.
void writeTotalsRow(lxw_worksheet* sheet, const Formats& f, lxw_row_t row, lxw_row_t first, lxw_row_t last,
                    const QList<MatrixColumn>& columns, const MatrixTotals& totals, const QString& label)
{
    bool labelled = false;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const auto col = lxw_col_t(c);
        if (reports::MatrixCells::isNumeric(columns[c])) {
            char from[16];
            char to[16];
            lxw_rowcol_to_cell(from, first, col);
            lxw_rowcol_to_cell(to, last, col);
            const QByteArray formula = QByteArray("=SUBTOTAL(9,") + from + ':' + to + ')';
            worksheet_write_formula_num(sheet, row, col, formula.constData(),
                                        columns[c] == MatrixColumn::Euros ? f.totalMoney : f.totalHours,
                                        amount(totals, columns[c]));
        } else if (!labelled) {
            worksheet_write_string(sheet, row, col, label.toUtf8().constData(), f.totalText);
            labelled = true;
        } else {
            worksheet_write_blank(sheet, row, col, f.totalText);
        }
    }
}

void writeAction(lxw_worksheet* sheet, const Formats& f, lxw_row_t row, const QList<MatrixColumn>& columns,
                 const ActionRow& action, const ProblemGroup& group)
{
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const auto col = lxw_col_t(c);
        const MatrixColumn column = columns[c];
        if (reports::MatrixCells::isNumeric(column)) {
            worksheet_write_number(sheet, row, col, amount(action, column),
                                   column == MatrixColumn::Euros ? f.money : f.hours);
        } else if (reports::MatrixCells::isDate(column)) {
            const QDate date = column == MatrixColumn::Start ? action.start : action.due;
            if (date.isValid()) {
                lxw_datetime value = toExcel(date);
                worksheet_write_datetime(sheet, row, col, &value, f.date);
            } else {
                worksheet_write_blank(sheet, row, col, f.date);
            }
        } else {
            const QString text = reports::MatrixCells::text(action, group, column, QLocale::c(), QString());
            worksheet_write_string(sheet, row, col, text.toUtf8().constData(), f.text);
        }
    }
}

} // namespace

Status XlsxExporter::write(const QString& path, const ActionMatrix& matrix)
{
    const QFileInfo target(path);
    QTemporaryFile temp(target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.xlsx").arg(target.fileName())));
    if (!temp.open())
        return Error{tr("Cannot create a temporary file next to the workbook: %1").arg(temp.errorString()), path, 0,
                     {}};
    const QByteArray tempName = QFile::encodeName(temp.fileName());
    temp.close();

    lxw_workbook* book = workbook_new(tempName.constData());
    if (!book)
        return Error{tr("Cannot create the workbook."), path, 0, {}};
    const QByteArray sheetName = tr("Action matrix").left(31).toUtf8();
    lxw_worksheet* sheet = workbook_add_worksheet(book, sheetName.constData());
    const Formats f = makeFormats(book);
    const QList<MatrixColumn> columns = reports::exportColumns(matrix, false);
    const auto lastCol = lxw_col_t(qMax<qsizetype>(1, columns.size()) - 1);

    for (qsizetype c = 0; c < columns.size(); ++c) {
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), reports::MatrixCells::weight(columns[c]) * 10.0, nullptr);
        worksheet_write_string(sheet, 0, lxw_col_t(c), MatrixLabels::column(columns[c]).toUtf8().constData(),
                               f.header);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    lxw_row_t row = 1;
    bool anyNumeric = false;
    for (MatrixColumn column : columns)
        anyNumeric = anyNumeric || reports::MatrixCells::isNumeric(column);
    for (const ProblemGroup& group : matrix.groups) {
        const QByteArray title = MatrixRenderer::groupTitle(group).toUtf8();
        if (lastCol > 0)
            worksheet_merge_range(sheet, row, 0, row, lastCol, title.constData(), f.group);
        else
            worksheet_write_string(sheet, row, 0, title.constData(), f.group);
        ++row;
        const lxw_row_t first = row;
        for (const ActionRow& action : group.actions)
            writeAction(sheet, f, row++, columns, action, group);
        if (anyNumeric && !group.actions.isEmpty()) {
            writeTotalsRow(sheet, f, row, first, row - 1, columns, MatrixTotals::ofGroup(group), tr("Total"));
            ++row;
        }
    }
    if (anyNumeric && row > 1)
        writeTotalsRow(sheet, f, row, 1, row - 1, columns, MatrixTotals::ofMatrix(matrix), tr("Grand total"));

    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9);  // A4
    worksheet_repeat_rows(sheet, 0, 0);
    worksheet_fit_to_pages(sheet, 1, 0);
    QByteArray docTitle = matrix.title.toUtf8();
    QByteArray company = matrix.workspace.toUtf8();
    lxw_doc_properties properties{};
    properties.title = docTitle.data();
    properties.company = company.data();
    workbook_set_properties(book, &properties);

    const lxw_error error = workbook_close(book);
    if (error != LXW_NO_ERROR)
        return Error{tr("Cannot write the workbook: %1").arg(QString::fromUtf8(lxw_strerror(error))), path, 0, {}};
    if (std::rename(tempName.constData(), QFile::encodeName(target.absoluteFilePath()).constData()) != 0)
        return Error{tr("Cannot move the workbook into place."), path, 0, {}};
    return {};
}

} // namespace proxima::documents
