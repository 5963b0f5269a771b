#pragma once

#include "core/reports/ActionMatrix.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace proxima::reports {

/// One label/value pair of a key-value block.
struct KeyValue
{
    QString key;
    QString value;
};

/// A piece of a flow document. Only the fields of its kind are used.
struct ReportBlock
{
    enum class Kind { Heading, Paragraph, KeyValues, Table, Bullets, Image, PageBreak, Signatures };

    Kind kind = Kind::Paragraph;
    int level = 1;                      ///< Heading level 1..3.
    QString text;                       ///< Heading or paragraph text; image caption.
    QList<KeyValue> keyValues;
    QStringList columns;                ///< Table column titles.
    QList<double> columnWeights;        ///< Relative widths; missing weights count as 1.
    QList<QStringList> rows;            ///< Table rows (cells beyond the columns are ignored).
    QStringList items;                  ///< Bullet items.
    QByteArray imageData;               ///< PNG or SVG bytes.
    double imageWidthFraction = 1.0;    ///< Share of the text width the image may take (0..1].
    QList<SignatureParty> signatories;

    static ReportBlock heading(const QString& text, int level = 1);
    static ReportBlock paragraph(const QString& text);
    static ReportBlock keyValueList(const QList<KeyValue>& pairs);
    static ReportBlock table(const QStringList& columns, const QList<QStringList>& rows,
                             const QList<double>& weights = {});
    static ReportBlock bullets(const QStringList& items);
    static ReportBlock image(const QByteArray& data, const QString& caption = {}, double widthFraction = 1.0);
    static ReportBlock pageBreak();
    static ReportBlock signatures(const QList<SignatureParty>& parties);
};

/// A generic printable document (minutes, case sheet, agenda...) rendered with the same page frame as the matrix.
struct ReportDocument
{
    QString title;
    QString subtitle;
    QString workspace;
    QString area;
    QString period;
    QDate generatedOn;
    QString footerNote;                 ///< Printed at the left of the footer on every page.
    QString logoPath;
    QByteArray logoData;
    QList<ReportBlock> blocks;
};

} // namespace proxima::reports
