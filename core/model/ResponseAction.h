#pragma once

#include "core/model/ActionStatus.h"
#include "core/model/ResponseEnums.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace proxima {

/// A partner organisation in an action and the role it plays there.
struct ActionPartner
{
    QString organisation;
    QString role;
    qint64 memberId = 0;   ///< the committee member who represents it, 0 = none
    bool operator==(const ActionPartner&) const = default;
};

/// One action of a case's response plan: what, why, who, with whom, when, with which resources.
struct ResponseAction
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString title;                 ///< what is done
    QString rationale;             ///< why: what it changes in the problem
    TriangleSide side = TriangleSide::None;
    ChainPhase phase = ChainPhase::None;
    qint64 leadMemberId = 0;       ///< lead as a committee member, 0 = none
    QString leadName;              ///< read-only: the lead member's name
    QString leadOrganisation;      ///< lead as an organisation (when not, or besides, a member)
    QDate startOn;
    QDate dueOn;
    ActionStatus status = ActionStatus::Planned;
    double policeHours = 0;
    double volunteerHours = 0;
    double euros = 0;
    QString successMeasure;
    bool isReferral = false;       ///< handed to a non-police service
    QString referralService;
    QDate referredOn;
    QString referralAnswer;
    int position = 0;              ///< order within the case
    QList<ActionPartner> partners;
    QDateTime updatedAt;
    int revision = 0;

    /// The lead as shown to people: member name, organisation, or both.
    QString leadDisplay() const;
};

} // namespace proxima
