#include "cli/SessionTally.h"

#include "cli/CliSupport.h"
#include "cli/TallyFlags.h"
#include "core/storage/repositories/VotingRepository.h"

#include <QCoreApplication>
#include <QFile>

namespace proxima::cli {

using namespace voting;

bool isWorkspaceFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3", 16);
}

QString candidateId(const VotingSession& session, int position)
{
    const VotingCandidate& c = session.candidates.at(position);
    return c.caseId != 0 ? QString::number(c.caseId) : QStringLiteral("#%1").arg(position + 1);
}

Result<int> candidatePosition(const VotingSession& session, const QString& id)
{
    const QString wanted = id.trimmed();
    for (int p = 0; p < session.candidates.size(); ++p) {
        if (candidateId(session, p) == wanted)
            return p;
    }
    return Error{QCoreApplication::translate("VoteCommand", "no candidate \"%1\" in session %2").arg(wanted).arg(session.id),
                 {}, 0, QStringLiteral("candidate")};
}

Result<TallyInput> sessionTallyInput(Workspace& ws, const VotingSession& session)
{
    TallyInput in;
    in.source = ws.path();
    for (int p = 0; p < session.candidates.size(); ++p) {
        in.ids << candidateId(session, p);
        in.names << session.candidates.at(p).label;
    }
    Result<Election> e = VotingRepository(ws).election(session);
    if (!e)
        return e.error();
    in.election = std::move(e).value();
    return in;
}

int runSessionTally(const ArgumentParser& parser, Io& io)
{
    const QString command = QStringLiteral("tally");
    bool ok = false;
    const qint64 sessionId = parser.value(QStringLiteral("session")).toLongLong(&ok);
    if (!ok)
        return fail(io, command, QCoreApplication::translate("TallyCommand", "a workspace needs --session N"),
                    ExitUsage);
    auto ws = openWorkspace(parser.positional().front(), io, command, OpenMode::ReadOnly);
    if (!ws)
        return ExitFailure;
    VotingRepository repo(*ws);
    Result<VotingSession> session = repo.find(sessionId);
    if (!session)
        return fail(io, command, session.error());
    if (session->state != VotingState::Closed && session->hideResults && !parser.isSet(QStringLiteral("reveal")))
        return fail(io, command,
                    QCoreApplication::translate("TallyCommand",
                                                "session %1 hides its results until it closes (use --reveal)")
                        .arg(sessionId));
    TallyOptions o = session->options;
    if (parser.isSet(QStringLiteral("method"))) {
        const auto method = methodFromKey(parser.value(QStringLiteral("method")));
        if (!method)
            return fail(io, command,
                        QCoreApplication::translate("TallyCommand", "unknown method \"%1\"")
                            .arg(parser.value(QStringLiteral("method"))),
                        ExitUsage);
        o.method = *method;
    }
    if (const QString problem = applyTallyFlags(parser, o); !problem.isEmpty())
        return fail(io, command, problem, ExitUsage);
    Result<TallyInput> input = sessionTallyInput(*ws, *session);
    if (!input)
        return fail(io, command, input.error());
    // Another method than the session's may need the other ballot family: convert what can be converted.
    if (isRankedMethod(o.method) && input->election.ranked.empty() && !input->election.scored.empty())
        return fail(io, command,
                    QCoreApplication::translate("TallyCommand",
                                                "the ballots of session %1 give numbers, not rankings: %2 cannot "
                                                "count them")
                        .arg(sessionId)
                        .arg(methodName(o.method)));
    return tallyAndPrint(*input, o, parser.isSet(QStringLiteral("json")), io);
}

} // namespace proxima::cli
