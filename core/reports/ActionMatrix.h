#pragma once

#include "core/model/ActionStatus.h"
#include "core/model/ResponseEnums.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace proxima::reports {

/// The columns a coordinator can choose for the action matrix, in their default display order.
enum class MatrixColumn {
    Problem,
    Action,
    TriangleSide,
    ChainPhase,
    Lead,
    Partners,
    Start,
    Due,
    Status,
    PoliceHours,
    VolunteerHours,
    Euros,
    SuccessMeasure,
    Referral
};


/// A partner organisation involved in an action, with the role it plays there.
struct ActionPartner
{
    QString organisation;
    QString role;
};

/// One row of the plan: who does what, when, with which resources.
struct ActionRow
{
    QString id;                 ///< Stable identifier (used for calendar UIDs).
    QString title;              ///< What is done.
    TriangleSide side = TriangleSide::None;
    ChainPhase phase = ChainPhase::None;
    QString lead;               ///< Organisation or person responsible.
    QList<ActionPartner> partners;
    QDate start;
    QDate due;
    ActionStatus status = ActionStatus::Planned;
    double policeHours = 0.0;
    double volunteerHours = 0.0;
    double euros = 0.0;
    QString successMeasure;
    QString referral;
};

/// One problem (case) of the plan with its actions.
struct ProblemGroup
{
    QString caseId;
    QString title;
    QString area;               ///< Neighbourhood or sector the problem belongs to.
    int priority = 0;           ///< 1 = most urgent; groups are listed in this order.
    QString stage;              ///< SARA stage or similar, as display text.
    QList<ActionRow> actions;
};

/// An organisation that signs the plan, with its role.
struct SignatureParty
{
    QString organisation;
    QString role;
};

/// The complete action matrix as handed over by the workspace, ready for rendering and export.
struct ActionMatrix
{
    QString title;
    QString workspace;
    QString area;
    QString period;             ///< Period or meeting date as display text.
    QDate generatedOn;          ///< Passed in so documents are reproducible.
    QString logoPath;           ///< PNG or SVG file; used when logoData is empty.
    QByteArray logoData;        ///< PNG or SVG bytes.
    QList<SignatureParty> signatories;
    QList<MatrixColumn> columns;
    QList<ProblemGroup> groups;

    /// All columns in their default order.
    static QList<MatrixColumn> allColumns();
    /// Number of action rows over all groups.
    int actionCount() const;
};

} // namespace proxima::reports
