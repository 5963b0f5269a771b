#include "documents/PageFrame.h"

#include "documents/DocumentStyle.h"
#include "documents/WrappedText.h"

#include <QFile>
#include <QFontMetricsF>
#include <QPainter>
#include <QSvgRenderer>

namespace proxima::documents {

namespace {
constexpr qreal kTitlePt = 14;
constexpr qreal kDetailPt = 9;
constexpr qreal kFooterPt = 8;
constexpr qreal kLogoHeightMm = 13;
} // namespace

QByteArray PageFrame::logoBytes(const QByteArray& data, const QString& path)
{
    if (!data.isEmpty() || path.isEmpty())
        return data;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

PageFrame::PageFrame(const FrameInfo& info, const LayoutContext& context) : m_info(info), m_context(context)
{
    const qreal logoHeight = context.mm(kLogoHeightMm);
    if (!info.logo.isEmpty()) {
        if (info.logo.contains("<svg")) {
            m_logoSvg = std::make_unique<QSvgRenderer>(info.logo);
            if (m_logoSvg->isValid()) {
                const QSizeF size = m_logoSvg->defaultSize();
                m_logoWidth = size.height() > 0 ? logoHeight * size.width() / size.height() : logoHeight;
            } else {
                m_logoSvg.reset();
            }
        } else if (m_logoImage.loadFromData(info.logo) && m_logoImage.height() > 0) {
            m_logoWidth = logoHeight * m_logoImage.width() / m_logoImage.height();
        }
        m_logoWidth = qMin(m_logoWidth, context.width / 4);
    }
    const qreal textWidth = context.width - m_logoWidth - context.width / 4;
    m_titleHeight = WrappedText::height(info.title, DocumentStyle::font(kTitlePt, true), textWidth, context.device);
    qreal textHeight = m_titleHeight;
    if (!info.subtitle.isEmpty())
        textHeight += WrappedText::height(info.subtitle, DocumentStyle::font(kDetailPt), textWidth, context.device);
    const qreal logoUsed = m_logoWidth > 0 ? logoHeight : 0;
    m_headerHeight = qMax(textHeight, logoUsed) + context.mm(4);
    m_footerHeight = QFontMetricsF(DocumentStyle::font(kFooterPt), context.device).height() + context.mm(3);
}

PageFrame::~PageFrame() = default;

QRectF PageFrame::contentRect(const QRectF& page) const
{
    return page.adjusted(0, m_headerHeight, 0, -m_footerHeight);
}

void PageFrame::paint(QPainter& painter, const QRectF& page, int pageNumber, int pageCount) const
{
    painter.save();
    painter.setPen(DocumentStyle::ink());
    qreal x = page.left();
    const qreal logoHeight = m_context.mm(kLogoHeightMm);
    if (m_logoWidth > 0) {
        const QRectF logoRect(x, page.top(), m_logoWidth, logoHeight);
        if (m_logoSvg)
            m_logoSvg->render(&painter, logoRect);
        else
            painter.drawImage(logoRect, m_logoImage);
        x += m_logoWidth + m_context.mm(4);
    }
    const qreal rightWidth = page.width() / 4;
    const qreal textWidth = page.right() - rightWidth - x;
    WrappedText::draw(painter, QRectF(x, page.top(), textWidth, m_titleHeight), m_info.title,
                      DocumentStyle::font(kTitlePt, true));
    WrappedText::draw(painter, QRectF(x, page.top() + m_titleHeight, textWidth, m_headerHeight), m_info.subtitle,
                      DocumentStyle::font(kDetailPt));
    WrappedText::draw(painter, QRectF(page.right() - rightWidth, page.top(), rightWidth, m_headerHeight),
                      m_info.rightNote, DocumentStyle::font(kDetailPt), Qt::AlignRight);
    const qreal ruleY = page.top() + m_headerHeight - m_context.mm(2);
    painter.setPen(QPen(DocumentStyle::ink(), m_context.pt(0.8)));
    painter.drawLine(QPointF(page.left(), ruleY), QPointF(page.right(), ruleY));

    const qreal footerTop = page.bottom() - m_footerHeight + m_context.mm(1.5);
    painter.setPen(QPen(DocumentStyle::rule(), m_context.pt(0.5)));
    painter.drawLine(QPointF(page.left(), footerTop), QPointF(page.right(), footerTop));
    painter.setPen(DocumentStyle::ink());
    const QFont footerFont = DocumentStyle::font(kFooterPt);
    const QRectF footerRect(page.left(), footerTop + m_context.mm(1), page.width(), m_footerHeight);
    WrappedText::draw(painter, footerRect.adjusted(0, 0, -page.width() / 4, 0), m_info.footerNote, footerFont);
    WrappedText::draw(painter, footerRect.adjusted(page.width() * 3 / 4, 0, 0, 0),
                      tr("Page %1 of %2").arg(pageNumber).arg(pageCount), footerFont, Qt::AlignRight);
    painter.restore();
}

} // namespace proxima::documents
