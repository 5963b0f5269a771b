#include "core/model/VotingSession.h"

#include <QCoreApplication>

namespace proxima {

QString votingStateKey(VotingState state)
{
    switch (state) {
    case VotingState::Draft:
        return QStringLiteral("draft");
    case VotingState::Open:
        return QStringLiteral("open");
    case VotingState::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

std::optional<VotingState> votingStateFromKey(const QString& key)
{
    for (VotingState s : {VotingState::Draft, VotingState::Open, VotingState::Closed}) {
        if (votingStateKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString votingStateLabel(VotingState state)
{
    switch (state) {
    case VotingState::Draft:
        return QCoreApplication::translate("Voting", "Draft");
    case VotingState::Open:
        return QCoreApplication::translate("Voting", "Open");
    case VotingState::Closed:
        return QCoreApplication::translate("Voting", "Closed");
    }
    return {};
}

QStringList VotingSession::labels() const
{
    QStringList out;
    for (const VotingCandidate& c : candidates)
        out << c.label;
    return out;
}

} // namespace proxima
