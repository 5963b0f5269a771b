#include "cli/SessionTally.h"

#include "cli/CliSupport.h"
#include "cli/TallyFlags.h"
#include "core/services/VotingCountService.h"
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

TallyInput sessionTallyInput(const QString& source, const VotingCount& counted)
{
    TallyInput in;
    in.source = source;
    for (int p = 0; p < counted.session.candidates.size(); ++p) {
        in.ids << candidateId(counted.session, p);
        in.names << counted.session.candidates.at(p).label;
    }
    in.election = counted.election;
    in.turnout = counted.turnout;
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
    // The same count as the voting page, its projector and the results sheet: one service, one code path.
    Result<VotingCount> counted = VotingCountService(*ws).count(*session, o);
    if (!counted)
        return fail(io, command, counted.error());
    printTallyResult(counted->result, sessionTallyInput(ws->path(), *counted), o, parser.isSet(QStringLiteral("json")),
                     io.out);
    return ExitOk;
}

} // namespace proxima::cli
