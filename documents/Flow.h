#pragma once

#include <QList>
#include <QRectF>

#include <functional>
#include <vector>

class QPainter;
class QPaintDevice;

namespace proxima::documents {

/// What a block builder needs to measure: the device (for font metrics) and the size of the text area.
struct LayoutContext
{
    QPaintDevice* device = nullptr;
    qreal width = 0;        ///< Text area width in device units.
    qreal pageHeight = 0;   ///< Text area height in device units.
    qreal unitsPerPt = 1;   ///< Device units per typographic point.

    qreal pt(qreal points) const { return points * unitsPerPt; }
    qreal mm(qreal millimetres) const { return millimetres * unitsPerPt * 72.0 / 25.4; }
};

/// An unbreakable piece of the page flow (a table row, a paragraph, a signature box row).
struct FlowItem
{
    qreal height = 0;
    std::function<void(QPainter&, const QRectF&)> paint;
    bool keepWithNext = false;   ///< Never the last item of a page when the next one fits on an empty page.
    bool breakBefore = false;    ///< Starts a new page (unless the page is still empty).
    int repeatHeader = -1;       ///< Header painted first when this item opens a page (table header rows).
    qreal spaceBefore = 0;       ///< Gap above the item, dropped at the top of a page.
};

/// Position of one item on a page: y relative to the top of the text area.
struct FlowPlacement
{
    const FlowItem* item = nullptr;
    qreal y = 0;
};

/// The ordered items of a document and the pagination that makes pages from them.
class Flow
{
public:
    /// Registers a header to repeat at the top of continuation pages; returns its index for FlowItem::repeatHeader.
    int addRepeatedHeader(FlowItem header);
    void add(FlowItem item);

    /// Splits the flow into pages of the given height. No item is cut; keep-with-next chains move as a whole.
    QList<QList<FlowPlacement>> paginate(qreal pageHeight) const;

    bool isEmpty() const { return m_items.empty(); }

private:
    qreal chainHeight(std::size_t first) const;

    std::vector<FlowItem> m_items;
    std::vector<FlowItem> m_headers;
};

} // namespace proxima::documents
