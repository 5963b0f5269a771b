#pragma once

#include "core/common/Result.h"
#include "documents/Flow.h"
#include "documents/PageFrame.h"
#include "documents/PageSetup.h"
#include "core/reports/ReportDocument.h"

#include <QCoreApplication>

class QPagedPaintDevice;
class QPainter;

namespace proxima::documents {

/// Prints a generic ReportDocument (headings, paragraphs, key-values, tables, bullets, images, signatures) with
/// the same page frame and pagination as the action matrix.
class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(proxima::documents::ReportRenderer)

public:
    static Result<int> render(QPagedPaintDevice* device, const reports::ReportDocument& document,
                              const PageSetup& setup);
    /// Paints with a painter already begun on device, keeping the device's page layout.
    static Result<int> render(QPainter& painter, QPagedPaintDevice* device, const reports::ReportDocument& document);
    /// Writes a PDF atomically; the error names the path.
    static Result<int> writePdf(const QString& path, const reports::ReportDocument& document,
                                const PageSetup& setup);

    static FrameInfo frameInfo(const reports::ReportDocument& document);
    static void build(Flow& flow, const LayoutContext& context, const reports::ReportDocument& document);
};

} // namespace proxima::documents
