#pragma once

// Deterministic action matrices of any size for the document tests and the benchmark.
#include "core/reports/ActionMatrix.h"

#include <QStringList>

namespace proxima::test {

inline reports::ActionMatrix makeMatrix(int problems, int actions)
{
    using namespace reports;
    static const QStringList problemNames{
        QStringLiteral("Drug dealing around the station square"), QStringLiteral("Burglaries in the Anin allotments"),
        QStringLiteral("Speeding on Rue Haute near the school"), QStringLiteral("Noise and loitering at the skate park"),
        QStringLiteral("Illegal dumping behind the market hall"), QStringLiteral("Bicycle theft at the college"),
        QStringLiteral("Vandalism of bus shelters"), QStringLiteral("Street harassment on the canal path")};
    static const QStringList leads{QStringLiteral("Local police"), QStringLiteral("City prevention service"),
                                   QStringLiteral("Housing company"), QStringLiteral("Neighbourhood committee"),
                                   QStringLiteral("School board")};
    ActionMatrix matrix;
    matrix.title = QStringLiteral("Action matrix 2025");
    matrix.workspace = QStringLiteral("CoPmittee Anderlecht-Centre");
    matrix.area = QStringLiteral("Sector Clemenceau");
    matrix.period = QStringLiteral("January - December 2025");
    matrix.generatedOn = QDate(2025, 3, 14);
    matrix.columns = ActionMatrix::allColumns();
    matrix.columns.removeAll(MatrixColumn::Problem);
    matrix.signatories = {{QStringLiteral("Local police Brussels-Midi"), QStringLiteral("Chief of the sector")},
                          {QStringLiteral("Municipality of Anderlecht"), QStringLiteral("Prevention officer")},
                          {QStringLiteral("Neighbourhood committee"), QStringLiteral("Chair")},
                          {QStringLiteral("Housing company Comensia"), QStringLiteral("Site manager")}};
    for (int p = 0; p < problems; ++p) {
        ProblemGroup group;
        group.caseId = QStringLiteral("C-%1").arg(p + 1, 3, 10, QLatin1Char('0'));
        group.title = problemNames[p % problemNames.size()]
            + (p >= problemNames.size() ? QStringLiteral(" (%1)").arg(p / problemNames.size() + 1) : QString());
        group.area = p % 3 == 2 ? QStringLiteral("Sector Wayez") : QStringLiteral("Sector Clemenceau");
        group.priority = p + 1;
        group.stage = p % 2 ? QStringLiteral("Response") : QStringLiteral("Analysis");
        matrix.groups << group;
    }
    for (int a = 0; a < actions; ++a) {
        ActionRow row;
        row.id = QStringLiteral("A%1").arg(a + 1, 4, 10, QLatin1Char('0'));
        row.title = QStringLiteral("Action %1: ").arg(a + 1)
            + (a % 4 == 0 ? QStringLiteral("Organise a joint patrol with the street workers on Friday evenings and "
                                           "report the contacts made to the committee")
                          : QStringLiteral("Improve lighting and visibility at the hotspot"));
        row.side = TriangleSide(1 + a % 6);
        row.phase = ChainPhase(1 + a % 5);
        row.lead = leads[a % leads.size()];
        row.partners = {{QStringLiteral("Street workers"), QStringLiteral("outreach")},
                        {QStringLiteral("Residents"), QStringLiteral("report")}};
        row.start = QDate(2025, 1 + a % 9, 1 + a % 27);
        row.due = row.start.addDays(30 + (a * 7) % 120);
        row.status = ActionStatus(a % 5);
        row.policeHours = 4 + a % 7;
        row.volunteerHours = (a % 3) * 2.5;
        row.euros = 100.0 * (a % 4) + 50;
        row.successMeasure = QStringLiteral("Fewer complaints than in the same quarter last year");
        row.referral = a % 2 ? QStringLiteral("CPAS / OCMW") : QString();
        matrix.groups[a % problems].actions << row;
    }
    return matrix;
}

} // namespace proxima::test
