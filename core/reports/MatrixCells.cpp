#include "core/reports/MatrixCells.h"

#include "core/reports/MatrixLabels.h"

namespace proxima::reports {

using reports::MatrixColumn;
using reports::MatrixLabels;

QString MatrixCells::text(const reports::ActionRow& action, const reports::ProblemGroup& group, MatrixColumn column,
                          const QLocale& locale, const QString& dateFormat)
{
    switch (column) {
    case MatrixColumn::Problem: return group.title;
    case MatrixColumn::Action: return action.title;
    case MatrixColumn::TriangleSide: return MatrixLabels::side(action.side);
    case MatrixColumn::ChainPhase: return MatrixLabels::phase(action.phase);
    case MatrixColumn::Lead: return action.lead;
    case MatrixColumn::Partners: return MatrixLabels::partners(action.partners);
    case MatrixColumn::Start: return action.start.toString(dateFormat);
    case MatrixColumn::Due: return action.due.toString(dateFormat);
    case MatrixColumn::Status: return MatrixLabels::status(action.status);
    case MatrixColumn::PoliceHours: return hours(action.policeHours, locale);
    case MatrixColumn::VolunteerHours: return hours(action.volunteerHours, locale);
    case MatrixColumn::Euros: return euros(action.euros, locale);
    case MatrixColumn::SuccessMeasure: return action.successMeasure;
    case MatrixColumn::Referral: return action.referral;
    }
    return {};
}

QString MatrixCells::hours(double value, const QLocale& locale)
{
    QString text = locale.toString(value, 'f', 2);
    const QString point = locale.decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

QString MatrixCells::euros(double value, const QLocale& locale)
{
    return locale.toString(value, 'f', 2);
}

double MatrixCells::weight(MatrixColumn column)
{
    switch (column) {
    case MatrixColumn::Problem: return 2.2;
    case MatrixColumn::Action: return 4.6;
    case MatrixColumn::TriangleSide: return 1.1;
    case MatrixColumn::ChainPhase: return 1.2;
    case MatrixColumn::Lead: return 1.5;
    case MatrixColumn::Partners: return 2.4;
    case MatrixColumn::Start:
    case MatrixColumn::Due: return 1.15;
    case MatrixColumn::Status: return 1.1;
    case MatrixColumn::PoliceHours:
    case MatrixColumn::VolunteerHours: return 0.95;
    case MatrixColumn::Euros: return 1.1;
    case MatrixColumn::SuccessMeasure: return 2.4;
    case MatrixColumn::Referral: return 1.3;
    }
    return 1.0;
}

bool MatrixCells::isNumeric(MatrixColumn column)
{
    return column == MatrixColumn::PoliceHours || column == MatrixColumn::VolunteerHours
        || column == MatrixColumn::Euros;
}

bool MatrixCells::isDate(MatrixColumn column)
{
    return column == MatrixColumn::Start || column == MatrixColumn::Due;
}

} // namespace proxima::reports
