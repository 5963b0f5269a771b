#pragma once

#include "core/common/Result.h"
#include "documents/Flow.h"
#include "documents/PageFrame.h"
#include "documents/PageSetup.h"

#include <QCoreApplication>

#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace proxima::documents {

/// Fills a flow with the blocks of a document, measured for the given context.
using FlowBuilder = std::function<void(Flow&, const LayoutContext&)>;

/// The one print path shared by every document: lay the flow out, paginate, then paint each page with its header
/// and "Page n of m" footer. Works on QPdfWriter and QPrinter alike.
class PagedRenderer
{
    Q_DECLARE_TR_FUNCTIONS(proxima::documents::PagedRenderer)

public:
    /// Applies the page setup to the device (when given), paints every page, returns the page count.
    static Result<int> render(QPagedPaintDevice* device, const PageSetup* setup, const FrameInfo& frame,
                              const FlowBuilder& build);
    /// Same on a painter the caller has already begun on device (page setup is then the device's own).
    static Result<int> render(QPainter& painter, QPagedPaintDevice* device, const FrameInfo& frame,
                              const FlowBuilder& build);
    /// Writes a PDF atomically (nothing is left behind on failure); returns the page count.
    static Result<int> writePdf(const QString& path, const PageSetup& setup, const FrameInfo& frame,
                                const FlowBuilder& build);
};

} // namespace proxima::documents
