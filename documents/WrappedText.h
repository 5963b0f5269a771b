#pragma once

#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;
class QPaintDevice;

namespace proxima::documents {

/// Text that wraps at word boundaries, or anywhere when a single word is wider than the box, so that nothing is
/// ever cut or painted over a neighbouring cell. Measuring and painting use the same layout.
class WrappedText
{
public:
    /// Height the text needs at this width on this device (at least one line, even for empty text).
    static qreal height(const QString& text, const QFont& font, qreal width, QPaintDevice* device);

    /// Paints the text inside rect, horizontally aligned as asked and vertically centred when vCenter.
    static void draw(QPainter& painter, const QRectF& rect, const QString& text, const QFont& font,
                     Qt::Alignment align = Qt::AlignLeft, bool vCenter = false);
};

} // namespace proxima::documents
