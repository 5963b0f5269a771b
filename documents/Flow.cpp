#include "documents/Flow.h"

namespace proxima::documents {

int Flow::addRepeatedHeader(FlowItem header)
{
    m_headers.push_back(std::move(header));
    return int(m_headers.size()) - 1;
}

void Flow::add(FlowItem item)
{
    m_items.push_back(std::move(item));
}

qreal Flow::chainHeight(std::size_t first) const
{
    qreal height = m_items[first].height;
    for (std::size_t i = first; i + 1 < m_items.size() && m_items[i].keepWithNext; ++i)
        height += m_items[i + 1].spaceBefore + m_items[i + 1].height;
    return height;
}

QList<QList<FlowPlacement>> Flow::paginate(qreal pageHeight) const
{
    QList<QList<FlowPlacement>> pages(1);
    qreal y = 0;
    auto newPage = [&]() {
        pages.append(QList<FlowPlacement>());
        y = 0;
    };
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        const FlowItem& item = m_items[i];
        if (item.breakBefore && y > 0)
            newPage();
        const FlowItem* header = item.repeatHeader >= 0 ? &m_headers[std::size_t(item.repeatHeader)] : nullptr;
        const qreal headerHeight = header ? header->height : 0;
        if (y > 0) {
            const qreal space = item.spaceBefore;
            const qreal chain = chainHeight(i);
            const bool chainFitsEmptyPage = chain + headerHeight <= pageHeight;
            if ((chainFitsEmptyPage && y + space + chain > pageHeight) || y + space + item.height > pageHeight)
                newPage();
            else
                y += space;
        }
        if (y == 0 && header) {
            pages.last().append({header, 0});
            y = header->height;
        }
        pages.last().append({&item, y});
        y += item.height;
    }
    return pages;
}

} // namespace proxima::documents
