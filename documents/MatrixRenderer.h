#pragma once

#include "core/common/Result.h"
#include "documents/Flow.h"
#include "documents/MatrixRenderOptions.h"
#include "documents/PageFrame.h"
#include "core/reports/ActionMatrix.h"

#include <QCoreApplication>

class QPagedPaintDevice;
class QPainter;

namespace proxima::documents {

/// Prints the action matrix (table, phase grid or timeline) to a PDF file or any paged device such as the
/// QPrinter of a print preview; both go through PagedRenderer, so print and PDF look the same.
class MatrixRenderer
{
    Q_DECLARE_TR_FUNCTIONS(proxima::documents::MatrixRenderer)

public:
    /// Sets the page layout of the device from the options, paints all pages; returns the page count.
    static Result<int> render(QPagedPaintDevice* device, const reports::ActionMatrix& matrix,
                              const MatrixRenderOptions& options);
    /// Paints with a painter already begun on device, keeping the device's page layout.
    static Result<int> render(QPainter& painter, QPagedPaintDevice* device, const reports::ActionMatrix& matrix,
                              const MatrixRenderOptions& options);
    /// Writes a PDF atomically; the error names the path.
    static Result<int> writePdf(const QString& path, const reports::ActionMatrix& matrix,
                                const MatrixRenderOptions& options);

    /// Header and footer contents for the matrix.
    static FrameInfo frameInfo(const reports::ActionMatrix& matrix, const MatrixRenderOptions& options);
    /// Fills a flow with the chosen layout (and the signature block).
    static void build(Flow& flow, const LayoutContext& context, const reports::ActionMatrix& matrix,
                      const MatrixRenderOptions& options);
    /// Text of a problem's group header row.
    static QString groupTitle(const reports::ProblemGroup& group);

private:
    static void buildTable(Flow& flow, const LayoutContext& context, const reports::ActionMatrix& matrix,
                           const MatrixRenderOptions& options);
    static void buildGrid(Flow& flow, const LayoutContext& context, const reports::ActionMatrix& matrix,
                          const MatrixRenderOptions& options);
};

} // namespace proxima::documents
