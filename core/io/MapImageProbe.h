#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace proxima::io {

/// Format and size of a map image, read from its bytes without decoding the picture.
struct MapImageInfo
{
    QString format;    ///< "png", "jpg" or "svg"
    double width = 0;  ///< pixels; SVG: user units of the view box (or its width/height attributes)
    double height = 0;
};

/// Recognises PNG and JPEG by their signature and SVG by its XML root element, and reads the size from the PNG
/// IHDR header, the JPEG frame (SOF) header or the SVG viewBox/width/height. Errors name fileName.
Result<MapImageInfo> probeMapImage(const QByteArray& bytes, const QString& fileName);

} // namespace proxima::io
