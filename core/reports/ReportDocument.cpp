#include "core/reports/ReportDocument.h"

namespace proxima::reports {

ReportBlock ReportBlock::heading(const QString& text, int level)
{
    ReportBlock block;
    block.kind = Kind::Heading;
    block.text = text;
    block.level = qBound(1, level, 3);
    return block;
}

ReportBlock ReportBlock::paragraph(const QString& text)
{
    ReportBlock block;
    block.kind = Kind::Paragraph;
    block.text = text;
    return block;
}

ReportBlock ReportBlock::keyValueList(const QList<KeyValue>& pairs)
{
    ReportBlock block;
    block.kind = Kind::KeyValues;
    block.keyValues = pairs;
    return block;
}

ReportBlock ReportBlock::table(const QStringList& columns, const QList<QStringList>& rows, const QList<double>& weights)
{
    ReportBlock block;
    block.kind = Kind::Table;
    block.columns = columns;
    block.rows = rows;
    block.columnWeights = weights;
    return block;
}

ReportBlock ReportBlock::bullets(const QStringList& items)
{
    ReportBlock block;
    block.kind = Kind::Bullets;
    block.items = items;
    return block;
}

ReportBlock ReportBlock::image(const QByteArray& data, const QString& caption, double widthFraction)
{
    ReportBlock block;
    block.kind = Kind::Image;
    block.imageData = data;
    block.text = caption;
    block.imageWidthFraction = qBound(0.05, widthFraction, 1.0);
    return block;
}

ReportBlock ReportBlock::pageBreak()
{
    ReportBlock block;
    block.kind = Kind::PageBreak;
    return block;
}

ReportBlock ReportBlock::signatures(const QList<SignatureParty>& parties)
{
    ReportBlock block;
    block.kind = Kind::Signatures;
    block.signatories = parties;
    return block;
}

} // namespace proxima::reports
