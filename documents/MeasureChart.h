#pragma once

#include "core/model/CaseMeasure.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QLocale>
#include <QSize>

namespace proxima::documents {

/// The before/after chart of a measure painted for print: bars for the baseline and every follow-up (the case's
/// area, and the comparison area when counted), the target as a dashed line, a value axis and a legend. The same
/// picture in the app's case report and in proxima-cli, which has no Qt Charts.
class MeasureChart
{
    Q_DECLARE_TR_FUNCTIONS(proxima::documents::MeasureChart)

public:
    /// The chart of a measure with resolved values, on white, exactly size pixels.
    static QImage render(const CaseMeasure& measure, QSize size, const QLocale& locale = QLocale());
    /// The same, encoded as PNG bytes.
    static QByteArray png(const CaseMeasure& measure, QSize size = QSize(900, 420), const QLocale& locale = QLocale());
};

} // namespace proxima::documents
