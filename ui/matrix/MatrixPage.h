#pragma once

#include "core/common/Result.h"
#include "documents/MatrixRenderOptions.h"
#include "ui/matrix/MatrixHeader.h"
#include "core/reports/ActionMatrix.h"
#include "core/reports/DocumentOptions.h"
#include "core/reports/WorkspaceData.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QMenu;
class QPrinter;
class QPrintPreviewWidget;
class QStackedWidget;
class QTreeView;

namespace proxima {

class MatrixTreeModel;
class WorkspaceSession;

/// The action matrix of the whole workspace: a tree grouped by problem with totals, or the phase grid and the
/// timeline as print previews; filters, selectable columns, print and exports (PDF, XLSX, CSV, iCalendar).
class MatrixPage : public QWidget
{
    Q_OBJECT
public:
    enum class ExportFormat { Pdf, Xlsx, Csv, Ics };
    using Layout = documents::MatrixRenderOptions::Layout;

    explicit MatrixPage(WorkspaceSession& session, QWidget* parent = nullptr);
    ~MatrixPage() override;

    MatrixTreeModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    QPrintPreviewWidget* preview() const { return m_preview; }

    /// Reads the workspace again and rebuilds the matrix with the current filters.
    void reload();
    /// The matrix as printed and exported: filtered, sorted, visible columns, header options.
    reports::ActionMatrix currentMatrix() const;
    /// Layout, paper and formats of the printed matrix.
    documents::MatrixRenderOptions renderOptions() const;

    /// Shows or hides a column in the view, the print and the exports (remembered in the settings).
    void setColumnVisible(reports::MatrixColumn column, bool visible);
    bool isColumnVisible(reports::MatrixColumn column) const;
    /// Table, phase grid or timeline.
    void setLayoutMode(Layout layout);
    Layout layoutMode() const;
    void setHeader(const MatrixHeader& header) { m_header = header; refreshPreview(); }
    const MatrixHeader& header() const { return m_header; }

    /// Writes the current matrix; no dialog (the menu asks for the file first).
    Status exportTo(ExportFormat format, const QString& path);
    /// Paints the current matrix on a printer (print preview, print).
    void paintOn(QPrinter* printer);

private:
    void buildToolBar(QWidget* bar);
    void fillFilterChoices();
    void rebuild();
    void refreshPreview();
    void applyColumnVisibility();
    void print();
    void exportWithDialog(ExportFormat format);
    void editHeader();
    reports::DocumentOptions documentOptions() const;

    WorkspaceSession& m_session;
    reports::WorkspaceData m_data;
    MatrixTreeModel* m_model;
    QTreeView* m_view;
    QPrintPreviewWidget* m_preview;
    std::unique_ptr<QPrinter> m_previewPrinter;
    QStackedWidget* m_stack;
    QComboBox* m_area = nullptr;
    QComboBox* m_case = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_layout = nullptr;
    QComboBox* m_paper = nullptr;
    QCheckBox* m_landscape = nullptr;
    QMenu* m_columnsMenu = nullptr;
    QLabel* m_message = nullptr;
    QList<bool> m_visible;
    MatrixHeader m_header;
    bool m_filling = false;
};

} // namespace proxima
