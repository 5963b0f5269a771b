#pragma once

#include "core/model/NeighbourhoodMap.h"

#include <QGraphicsItem>
#include <QImage>

#include <memory>

class QSvgRenderer;

namespace proxima {

/// The plan itself, filling [0, width] x [0, height] of the scene. SVG plans are rendered as vectors on every
/// paint, so they stay crisp at any zoom; PNG/JPG are drawn smoothly scaled.
class MapImageItem : public QGraphicsItem
{
public:
    explicit MapImageItem(const NeighbourhoodMap& map, QGraphicsItem* parent = nullptr);
    ~MapImageItem() override;

    /// False when the stored bytes could not be decoded (the item then paints a placeholder frame).
    bool isValid() const { return m_valid; }

    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QRectF m_rect;
    std::unique_ptr<QSvgRenderer> m_svg;
    QImage m_image;
    bool m_valid = false;
};

} // namespace proxima
