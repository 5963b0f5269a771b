// A budgeting round takes its support from the ballots of a closed voting session.
#include "TestSupport.h"

#include "core/budget/RoundInstance.h"
#include "core/budget/VotingSupport.h"
#include "core/budgeting/BudgetRules.h"
#include "core/demo/DemoWorkspace.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/BudgetRepository.h"
#include "core/storage/repositories/VotingRepository.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace proxima;

TEST_CASE("a closed voting session's ballots become a round's support, anonymously", "[storage][budget]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.proxima"));
    REQUIRE(DemoWorkspace::create(path).ok());
    auto ws = Workspace::open(path);
    REQUIRE(ws.ok());
    BudgetRepository budgets(*ws.value());
    const qint64 roundId = budgets.listRounds()->first().id;
    qint64 closed = 0;
    qint64 open = 0;
    const QList<VotingSession> sessions = VotingRepository(*ws.value()).list().value();
    for (const VotingSession& s : sessions)
        (s.state == VotingState::Closed ? closed : open) = s.id;
    REQUIRE(closed > 0);
    REQUIRE(open > 0);

    // The demo's closed session ranks the open cases; the round's proposals are actions of some of them.
    auto applied = VotingSupport::apply(*ws.value(), roundId, closed);
    INFO((applied.ok() ? QString() : applied.error().toString()).toStdString());
    REQUIRE(applied.ok());
    CHECK(applied.value() == 10);
    const BudgetRound round = budgets.load(roundId).value();
    CHECK(round.ballotKind == SupportBallotKind::Ranked);
    REQUIRE(round.ballots.size() == 10);
    for (const BudgetBallot& b : round.ballots) {
        CHECK(b.voterKey.startsWith(QStringLiteral("ballot-")));
        CHECK_FALSE(b.proposalIds.isEmpty());
    }
    auto instance = RoundInstance::toInstance(round);
    REQUIRE(instance.ok());
    auto mes = budgeting::runBudgetRule(*instance, budgeting::BudgetRule::EqualShares);
    REQUIRE(mes.ok());
    CHECK_FALSE(mes->funded.empty());

    // An open session's ballots may still change: refused, and the support stays as it was.
    auto refused = VotingSupport::apply(*ws.value(), roundId, open);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("session"));
    CHECK(budgets.load(roundId)->ballots.size() == 10);
}
