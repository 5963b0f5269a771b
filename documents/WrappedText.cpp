#include "documents/WrappedText.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

namespace proxima::documents {

namespace {

// Lays the text out line by line and returns the total height; the layout is left ready to draw.
qreal layoutLines(QTextLayout& layout, qreal width, Qt::Alignment align)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setAlignment(align & Qt::AlignHorizontal_Mask);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(qMax<qreal>(1.0, width));
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return y;
}

QString displayText(const QString& text)
{
    QString copy = text;
    copy.replace(QLatin1Char('\n'), QChar::LineSeparator);
    return copy;
}

} // namespace

qreal WrappedText::height(const QString& text, const QFont& font, qreal width, QPaintDevice* device)
{
    if (text.isEmpty())
        return QFontMetricsF(font, device).height();
    QTextLayout layout(displayText(text), font, device);
    return layoutLines(layout, width, Qt::AlignLeft);
}

void WrappedText::draw(QPainter& painter, const QRectF& rect, const QString& text, const QFont& font,
                       Qt::Alignment align, bool vCenter)
{
    if (text.isEmpty())
        return;
    QTextLayout layout(displayText(text), font, painter.device());
    const qreal used = layoutLines(layout, rect.width(), align);
    const qreal top = vCenter ? rect.top() + qMax<qreal>(0, (rect.height() - used) / 2) : rect.top();
    layout.draw(&painter, QPointF(rect.left(), top));
}

} // namespace proxima::documents
