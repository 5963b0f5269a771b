#pragma once

#include <QMetaType>

namespace proxima {

/// What kind of records a write changed. The workspace session announces one of these after every write of this
/// instance, and views reload only for the kinds they show. (Another member's write is announced as a whole, since
/// the file does not say what changed.)
enum class ChangeKind : quint8 {
    Case,             ///< a problem case's own fields (title, stage, priority, ...)
    Stage,            ///< a case's stage history
    Concern,          ///< a concern, or which case it belongs to
    Incident,         ///< stored incidents (an import, a pin moved)
    CaseIncidents,    ///< which incidents a case picked, or its incident rule
    Analysis,         ///< a case's problem analysis triangle
    Hypothesis,       ///< a hypothesis of a case
    AffectedGroup,    ///< a group affected by a case's problem
    Action,           ///< a response action (also its budget allocation)
    Measure,          ///< a before/after measure
    Assessment,       ///< a case's outcome and process evaluation
    Meeting,          ///< a CoPmittee meeting, its agenda or minutes
    Member,           ///< the CoPmittee register
    Voting,           ///< a voting session, its ballots or state
    BudgetRound,      ///< a budgeting round's settings, proposals or constraints
    BudgetSupport,    ///< support of a round's proposals taken from a vote
    BudgetAllocation, ///< an accepted allocation
    Map,              ///< the neighbourhood map image or its georeference
    Community,        ///< the community map: groups, their needs, places, key people
    Relationship,     ///< the relationship register
    Outreach,         ///< the outreach log and its follow-ups
};

} // namespace proxima

Q_DECLARE_METATYPE(proxima::ChangeKind)
