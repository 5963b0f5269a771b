#include "documents/PageSetup.h"

#include <QPageSize>

namespace proxima::documents {

QPageLayout PageSetup::pageLayout() const
{
    const QPageSize size(paper == Paper::A3 ? QPageSize::A3 : QPageSize::A4);
    return QPageLayout(size, landscape ? QPageLayout::Landscape : QPageLayout::Portrait, marginsMm,
                       QPageLayout::Millimeter);
}

} // namespace proxima::documents
