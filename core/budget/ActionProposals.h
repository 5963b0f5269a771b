#pragma once

#include "core/model/BudgetRound.h"
#include "core/model/ProblemCase.h"
#include "core/model/ResponseAction.h"

#include <QList>
#include <QString>

namespace proxima {

/// Proposals made from the response actions of the cases in Respond: what the committee still has to fund.
class ActionProposals
{
public:
    /// The round with one new proposal (negative placeholder id) per action of a case in Respond that is neither
    /// done, dropped nor already in a proposal; its costs go to the round's pools of the matching kind.
    /// *added receives how many were added.
    static BudgetRound addOpenActions(const BudgetRound& round, const QList<ProblemCase>& cases,
                                      const QList<ResponseAction>& actions, int* added);
    /// An amount as exact decimal text with at most two decimals and no trailing zeros ("40", "150.5").
    static QString amountText(double value);
};

} // namespace proxima
