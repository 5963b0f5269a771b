#include "core/io/MapImageProbe.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <limits>

namespace proxima::io {
namespace {


Error failure(const QString& message, const QString& fileName, int line = 0)
{
    return Error{message, fileName, line, {}, ErrorCode::Invalid};
}

quint32 bigEndian32(const QByteArray& b, qsizetype at)
{
    return (quint32(quint8(b[at])) << 24) | (quint32(quint8(b[at + 1])) << 16) | (quint32(quint8(b[at + 2])) << 8) |
           quint32(quint8(b[at + 3]));
}

quint16 bigEndian16(const QByteArray& b, qsizetype at)
{
    return quint16((quint16(quint8(b[at])) << 8) | quint16(quint8(b[at + 1])));
}

const QByteArray PngSignature("\x89PNG\r\n\x1a\n", 8);
const QByteArray PngEnd("\x00\x00\x00\x00IEND\xae\x42\x60\x82", 12);

Result<MapImageInfo> probePng(const QByteArray& bytes, const QString& fileName)
{
    // Signature, then the IHDR chunk: length (4), type (4), width (4), height (4).
    if (bytes.size() < 24 || bytes.mid(12, 4) != "IHDR")
        return failure(QCoreApplication::translate("MapImageProbe", "the PNG image is truncated before its size (IHDR header)"), fileName);
    if (!bytes.endsWith(PngEnd))
        return failure(QCoreApplication::translate("MapImageProbe", "the PNG image is truncated (it does not end with an IEND chunk)"), fileName);
    const quint32 width = bigEndian32(bytes, 16);
    const quint32 height = bigEndian32(bytes, 20);
    if (width == 0 || height == 0)
        return failure(QCoreApplication::translate("MapImageProbe", "the PNG image has no size (width or height is 0)"), fileName);
    return MapImageInfo{QStringLiteral("png"), double(width), double(height)};
}

bool isFrameMarker(quint8 marker)
{
    // SOF0..SOF15 carry the frame size; C4 (Huffman tables), C8 (reserved) and CC (arithmetic coding) do not.
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

Result<MapImageInfo> probeJpeg(const QByteArray& bytes, const QString& fileName)
{
    const Error truncated = failure(QCoreApplication::translate("MapImageProbe", "the JPEG image is truncated before its size (frame header)"), fileName);
    qsizetype at = 2;
    while (true) {
        if (at + 1 >= bytes.size())
            return truncated;
        if (quint8(bytes[at]) != 0xFF)
            return failure(QCoreApplication::translate("MapImageProbe", "the JPEG image is damaged (no marker at byte %1)").arg(at), fileName);
        while (at < bytes.size() && quint8(bytes[at]) == 0xFF)
            ++at;   // fill bytes
        if (at >= bytes.size())
            return truncated;
        const quint8 marker = quint8(bytes[at++]);
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8))
            continue;   // markers without a length
        if (marker == 0xD9 || marker == 0xDA)
            return failure(QCoreApplication::translate("MapImageProbe", "the JPEG image has no frame header giving its size"), fileName);
        if (at + 2 > bytes.size())
            return truncated;
        const quint16 length = bigEndian16(bytes, at);
        if (length < 2)
            return failure(QCoreApplication::translate("MapImageProbe", "the JPEG image is damaged (segment length %1 at byte %2)").arg(length).arg(at), fileName);
        if (isFrameMarker(marker)) {
            // length (2), precision (1), height (2), width (2)
            if (at + 7 > bytes.size())
                return truncated;
            const quint16 height = bigEndian16(bytes, at + 3);
            const quint16 width = bigEndian16(bytes, at + 5);
            if (width == 0 || height == 0)
                return failure(QCoreApplication::translate("MapImageProbe", "the JPEG image has no size (width or height is 0)"), fileName);
            return MapImageInfo{QStringLiteral("jpg"), double(width), double(height)};
        }
        at += length;
    }
}

/// An SVG length in user units (px); absolute units at the CSS 96 dots per inch. NaN when not a length.
double svgLength(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*([+]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*(px|pt|pc|mm|cm|in)?\s*$)"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::numeric_limits<double>::quiet_NaN();
    const double value = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    if (unit == QLatin1String("pt"))
        return value * 96.0 / 72.0;
    if (unit == QLatin1String("pc"))
        return value * 16.0;
    if (unit == QLatin1String("mm"))
        return value * 96.0 / 25.4;
    if (unit == QLatin1String("cm"))
        return value * 96.0 / 2.54;
    if (unit == QLatin1String("in"))
        return value * 96.0;
    return value;
}

Result<MapImageInfo> probeSvg(const QByteArray& bytes, const QString& fileName)
{
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() != QLatin1String("svg"))
            return failure(QCoreApplication::translate("MapImageProbe", "the file is XML but not an SVG image (its root element is <%1>)")
                               .arg(xml.name().toString()),
                           fileName, int(xml.lineNumber()));
        const QXmlStreamAttributes attributes = xml.attributes();
        const QStringList box = attributes.value(QLatin1String("viewBox"))
                                    .toString()
                                    .split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
        if (box.size() == 4) {
            bool okWidth = false, okHeight = false;
            const double width = box[2].toDouble(&okWidth);
            const double height = box[3].toDouble(&okHeight);
            if (okWidth && okHeight && width > 0 && height > 0)
                return MapImageInfo{QStringLiteral("svg"), width, height};
            return failure(QCoreApplication::translate("MapImageProbe", "the SVG image has an invalid viewBox \"%1\"")
                               .arg(attributes.value(QLatin1String("viewBox")).toString()),
                           fileName, int(xml.lineNumber()));
        }
        const double width = svgLength(attributes.value(QLatin1String("width")).toString());
        const double height = svgLength(attributes.value(QLatin1String("height")).toString());
        if (!(width > 0) || !(height > 0))
            return failure(QCoreApplication::translate("MapImageProbe", "the SVG image has no size: give its root element a viewBox or a width and height"),
                           fileName, int(xml.lineNumber()));
        return MapImageInfo{QStringLiteral("svg"), width, height};
    }
    if (xml.hasError())
        return failure(QCoreApplication::translate("MapImageProbe", "the SVG image is not well-formed XML: %1").arg(xml.errorString()), fileName,
                       int(xml.lineNumber()));
    return failure(QCoreApplication::translate("MapImageProbe", "the file is not a PNG, JPEG or SVG image"), fileName);
}

} // namespace

Result<MapImageInfo> probeMapImage(const QByteArray& bytes, const QString& fileName)
{
    if (bytes.isEmpty())
        return failure(QCoreApplication::translate("MapImageProbe", "the file is empty"), fileName);
    if (bytes.startsWith(PngSignature))
        return probePng(bytes, fileName);
    if (bytes.startsWith(QByteArray("\xff\xd8\xff", 3)))
        return probeJpeg(bytes, fileName);
    qsizetype start = bytes.startsWith(QByteArray("\xef\xbb\xbf", 3)) ? 3 : 0;
    while (start < bytes.size() && QChar::isSpace(uchar(bytes[start])))
        ++start;
    if (start < bytes.size() && bytes[start] == '<')
        return probeSvg(bytes, fileName);
    return failure(QCoreApplication::translate("MapImageProbe", "the file is not a PNG, JPEG or SVG image"), fileName);
}

} // namespace proxima::io
