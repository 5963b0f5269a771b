#pragma once

#include "documents/Flow.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <memory>

class QSvgRenderer;

namespace proxima::documents {

/// What the header and footer of every page show.
struct FrameInfo
{
    QString title;
    QString subtitle;       ///< Workspace, area, period... already joined.
    QString rightNote;      ///< Right of the header, e.g. "Generated on 2025-03-01".
    QString footerNote;     ///< Left of the footer.
    QByteArray logo;        ///< PNG or SVG bytes; empty for none.
};

/// Paints the running header (title, details, logo) and the "Page n of m" footer of a page.
class PageFrame
{
    Q_DECLARE_TR_FUNCTIONS(proxima::documents::PageFrame)

public:
    PageFrame(const FrameInfo& info, const LayoutContext& context);
    ~PageFrame();

    qreal headerHeight() const { return m_headerHeight; }
    qreal footerHeight() const { return m_footerHeight; }
    /// The part of the page left for the flow.
    QRectF contentRect(const QRectF& page) const;
    void paint(QPainter& painter, const QRectF& page, int pageNumber, int pageCount) const;

    /// Reads a logo from bytes, or from the file when the bytes are empty (missing file = no logo).
    static QByteArray logoBytes(const QByteArray& data, const QString& path);

private:
    FrameInfo m_info;
    LayoutContext m_context;
    QImage m_logoImage;
    std::unique_ptr<QSvgRenderer> m_logoSvg;
    qreal m_logoWidth = 0;
    qreal m_headerHeight = 0;
    qreal m_footerHeight = 0;
    qreal m_titleHeight = 0;
};

} // namespace proxima::documents
