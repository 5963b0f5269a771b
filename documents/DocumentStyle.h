#pragma once

#include "core/reports/ActionMatrix.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace proxima::documents {

/// Fonts and fills shared by every printed document. Fills are greys or colours of distinct lightness, with a
/// pattern on top for the status bands, so that a black-and-white copy stays readable.
class DocumentStyle
{
public:
    /// Sans-serif font of the given size in points.
    static QFont font(qreal pointSize, bool bold = false);
    /// Grey fill: 0 = none (white), 1 = faint, 2 = light, 3 = medium.
    static QColor shade(int level);
    /// Base colour of a status band.
    static QColor statusColor(ActionStatus status);
    /// Pattern painted over the status colour (Qt::NoBrush for none).
    static Qt::BrushStyle statusPattern(ActionStatus status);
    /// Colour of the ink: lines and text.
    static QColor ink() { return QColor(20, 20, 20); }
    /// Colour of thin grid lines.
    static QColor rule() { return QColor(120, 120, 120); }
};

} // namespace proxima::documents
