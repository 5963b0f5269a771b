#pragma once

#include "core/common/Result.h"
#include "core/reports/CaseReportData.h"
#include "core/reports/DocumentOptions.h"
#include "core/reports/ReportDocument.h"
#include "core/reports/WorkspaceData.h"

#include <QByteArray>
#include <QCoreApplication>

#include <functional>

namespace proxima::reports {

/// What goes into a handover pack besides the workspace data.
struct HandoverOptions
{
    QString area;   ///< Area name (any case); empty = the whole workspace.
    /// The map of the area as PNG or SVG bytes (empty = no map); called once when set.
    std::function<QByteArray(const QString& area)> mapImage;
};

/// Pure functions that turn workspace data into printable documents, one per document. Strings go through
/// translate(), dates through the options' locale, so a document comes out in the interface language.
/// The action matrix has its own builder (MatrixQuery) because it is a table, not a flow document.
class DocumentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(proxima::reports::DocumentBuilder)

public:
    /// The agenda of a meeting, sent before it: when and where, who is invited, the items with their cases.
    static ReportDocument agenda(const WorkspaceData& data, const Meeting& meeting, const DocumentOptions& options);
    /// The minutes: who was there, each item with its notes and decision, the actions agreed, the general notes.
    static ReportDocument minutes(const WorkspaceData& data, const Meeting& meeting, const DocumentOptions& options);
    /// For a neighbourhood officer who moves on: the area's open cases and actions, the priorities, the partner
    /// organisations and the people to contact, and the map when one is given.
    static ReportDocument handover(const WorkspaceData& data, const HandoverOptions& handover,
                                   const DocumentOptions& options);
    /// A SARA summary of one case on one or two pages: the facts, the concerns (Scan), the triangle, hypotheses
    /// and affected groups (Analyse), the actions (Respond), the measures with their before/after charts, the
    /// outcome and the lesson (Assess), and the stage history.
    static ReportDocument caseReport(const CaseReportData& data, const CaseReportOptions& report,
                                     const DocumentOptions& options);

    /// An unknown area, named in the error (field "area").
    static Status checkArea(const WorkspaceData& data, const QString& area);
    /// A case as named in documents: "title (priority 2, Respond)".
    static QString caseLabel(const ProblemCase& problem);
    /// A member as named in documents: "name, organisation".
    static QString memberLabel(const Member& member);

private:
    static ReportDocument frame(const WorkspaceData& data, const QString& title, const DocumentOptions& options);
    static QList<KeyValue> meetingFacts(const Meeting& meeting, const DocumentOptions& options);
    static QStringList attendeeLines(const WorkspaceData& data, const Meeting& meeting);
};

} // namespace proxima::reports
