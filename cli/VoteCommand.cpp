#include "cli/VoteCommand.h"

#include "cli/ArgumentParser.h"
#include "cli/CliSupport.h"
#include "cli/JsonOutput.h"
#include "cli/SessionTally.h"
#include "core/services/VotingCountService.h"
#include "core/storage/repositories/VotingRepository.h"

#include <QCoreApplication>

namespace proxima::cli {

namespace {


} // namespace

Result<QList<QStringList>> parseRankingArgument(const QString& text)
{
    QList<QStringList> places;
    QStringList group;
    QString current;
    bool inBraces = false;
    auto bad = [&] {
        return Error{QCoreApplication::translate("VoteCommand", "cannot read the ranking \"%1\" (example: 3,1,{2,5})").arg(text), {}, 0,
                     QStringLiteral("--ranking")};
    };
    auto endId = [&]() -> bool {
        const QString id = current.trimmed();
        current.clear();
        if (id.isEmpty())
            return false;
        group << id;
        return true;
    };
    for (int i = 0; i <= text.size(); ++i) {
        const QChar ch = i < text.size() ? text.at(i) : QLatin1Char(',');
        if (ch == QLatin1Char('{')) {
            if (inBraces || !current.trimmed().isEmpty())
                return bad();
            inBraces = true;
        } else if (ch == QLatin1Char('}')) {
            if (!inBraces || !endId())
                return bad();
            inBraces = false;
            places << group;
            group.clear();
            // a comma (or the end) must follow
            while (i + 1 < text.size() && text.at(i + 1).isSpace())
                ++i;
            if (i + 1 < text.size() && text.at(i + 1) != QLatin1Char(','))
                return bad();
            ++i;
        } else if (ch == QLatin1Char(',')) {
            if (!endId())
                return i == text.size() && text.trimmed().isEmpty() ? Result<QList<QStringList>>(places) : bad();
            if (!inBraces) {
                places << group;
                group.clear();
            }
        } else {
            current += ch;
        }
    }
    if (inBraces)
        return bad();
    return places;
}

QString VoteCommand::summary() const
{
    return QCoreApplication::translate("VoteCommand", "list voting sessions, cast a ballot, open or close a session");
}

QString VoteCommand::help() const
{
    return QCoreApplication::translate("VoteCommand", "Usage:\n"
              "  proxima-cli vote sessions WORKSPACE [--json]\n"
              "  proxima-cli vote cast WORKSPACE --session N --member M (--ranking R | --values V)\n"
              "  proxima-cli vote open WORKSPACE --session N\n"
              "  proxima-cli vote close WORKSPACE --session N\n"
              "\n"
              "sessions  lists the sessions: id, state, method, voted/eligible, question. --json prints an array of\n"
              "          objects: id, meeting, question, method, state, secret, hide_results, voted, eligible,\n"
              "          candidates (id, label).\n"
              "cast      records member M's ballot in the open session N, as at the laptop: the member is put on\n"
              "          the \"has voted\" register (a member votes once) and, in a secret session, the ballot is\n"
              "          stored without any link to the member.\n"
              "          --ranking R   ranked methods: candidate ids best first, separated by commas; tied\n"
              "                        candidates in braces: 3,1,{2,5}. Candidates left out are unranked.\n"
              "          --values V    dots, approval (0/1) or score: one number per candidate, in the session's\n"
              "                        candidate order: 2,0,1,2\n"
              "          Candidate ids are case ids; free items are #P (P = 1-based position).\n"
              "open      opens a draft session for voting.\n"
              "close     counts the ballots, closes the session and writes the ranking back as the priorities\n"
              "          of the candidate cases (1 = first; tied cases share a priority). Prints the ranking.\n"
              "\n"
              "Exit status: 0 ok, 1 refused (not eligible, voted already, invalid ballot, wrong state), 2 usage.\n");
}

int VoteCommand::run(const QStringList& arguments, Io& io)
{
    const QString sub = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (sub == QLatin1String("sessions"))
        return sessions(rest, io);
    if (sub == QLatin1String("cast"))
        return cast(rest, io);
    if (sub == QLatin1String("open") || sub == QLatin1String("close"))
        return changeState(sub, rest, io);
    return fail(io, name(), QCoreApplication::translate("VoteCommand", "expected sessions, cast, open or close (see: proxima-cli help vote)"), ExitUsage);
}

int VoteCommand::sessions(const QStringList& arguments, Io& io)
{
    ArgumentParser parser;
    parser.addFlag(QStringLiteral("json"));
    int code = ExitOk;
    if (!parseOrFail(parser, arguments, 1, io, name(), &code))
        return code;
    auto ws = openWorkspace(parser.positional().front(), io, name(), OpenMode::ReadOnly);
    if (!ws)
        return ExitFailure;
    VotingRepository repo(*ws);
    auto list = repo.list();
    if (!list)
        return fail(io, name(), list.error());
    QJsonArray array;
    for (const VotingSession& s : *list) {
        const Result<VotingProgress> progress = repo.progress(s.id);
        if (!progress)
            return fail(io, name(), progress.error());
        const VotingProgress& p = *progress;
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray candidates;
            for (int i = 0; i < s.candidates.size(); ++i)
                candidates.append(QJsonObject{{QStringLiteral("id"), candidateId(s, i)},
                                              {QStringLiteral("label"), s.candidates.at(i).label}});
            array.append(QJsonObject{{QStringLiteral("id"), s.id},
                                     {QStringLiteral("meeting"), s.meetingId},
                                     {QStringLiteral("question"), s.question},
                                     {QStringLiteral("method"), voting::methodKey(s.options.method)},
                                     {QStringLiteral("state"), votingStateKey(s.state)},
                                     {QStringLiteral("secret"), s.secret},
                                     {QStringLiteral("hide_results"), s.hideResults},
                                     {QStringLiteral("voted"), p.voted},
                                     {QStringLiteral("eligible"), p.eligible},
                                     {QStringLiteral("candidates"), candidates}});
        } else {
            io.out << QStringLiteral("%1  %2  %3  %4/%5  %6\n")
                          .arg(s.id, 4)
                          .arg(votingStateKey(s.state), -6)
                          .arg(voting::methodKey(s.options.method), -9)
                          .arg(p.voted)
                          .arg(p.eligible)
                          .arg(s.question);
        }
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson(io.out, array);
    io.out.flush();
    return ExitOk;
}

int VoteCommand::cast(const QStringList& arguments, Io& io)
{
    ArgumentParser parser;
    for (const char* option : {"session", "member", "ranking", "values"})
        parser.addValueOption(QString::fromLatin1(option));
    int code = ExitOk;
    if (!parseOrFail(parser, arguments, 1, io, name(), &code))
        return code;
    bool okSession = false, okMember = false;
    const qint64 sessionId = parser.value(QStringLiteral("session")).toLongLong(&okSession);
    const qint64 memberId = parser.value(QStringLiteral("member")).toLongLong(&okMember);
    if (!okSession || !okMember)
        return fail(io, name(), QCoreApplication::translate("VoteCommand", "cast needs --session N and --member M"), ExitUsage);
    if (parser.isSet(QStringLiteral("ranking")) == parser.isSet(QStringLiteral("values")))
        return fail(io, name(), QCoreApplication::translate("VoteCommand", "give either --ranking or --values"), ExitUsage);
    auto ws = openWorkspace(parser.positional().front(), io, name());
    if (!ws)
        return ExitFailure;
    VotingRepository repo(*ws);
    Result<VotingSession> session = repo.find(sessionId);
    if (!session)
        return fail(io, name(), session.error());
    CastBallot ballot;
    if (parser.isSet(QStringLiteral("ranking"))) {
        auto places = parseRankingArgument(parser.value(QStringLiteral("ranking")));
        if (!places)
            return fail(io, name(), places.error(), ExitUsage);
        for (const QStringList& place : *places) {
            std::vector<int> tier;
            for (const QString& id : place) {
                Result<int> position = candidatePosition(*session, id);
                if (!position)
                    return fail(io, name(), position.error());
                tier.push_back(*position);
            }
            ballot.ranking.push_back(tier);
        }
    } else {
        for (const QString& part : parser.value(QStringLiteral("values")).split(QLatin1Char(','))) {
            bool ok = false;
            const qint64 v = part.trimmed().toLongLong(&ok);
            if (!ok)
                return fail(io, name(), QCoreApplication::translate("VoteCommand", "--values needs whole numbers separated by commas"), ExitUsage);
            ballot.values.push_back(v);
        }
    }
    if (Status s = repo.cast(sessionId, memberId, ballot); !s)
        return fail(io, name(), s.error());
    return ExitOk;
}

int VoteCommand::changeState(const QString& action, const QStringList& arguments, Io& io)
{
    ArgumentParser parser;
    parser.addValueOption(QStringLiteral("session"));
    int code = ExitOk;
    if (!parseOrFail(parser, arguments, 1, io, name(), &code))
        return code;
    bool ok = false;
    const qint64 sessionId = parser.value(QStringLiteral("session")).toLongLong(&ok);
    if (!ok)
        return fail(io, name(), QCoreApplication::translate("VoteCommand", "%1 needs --session N").arg(action), ExitUsage);
    auto ws = openWorkspace(parser.positional().front(), io, name());
    if (!ws)
        return ExitFailure;
    VotingRepository repo(*ws);
    if (action == QLatin1String("open")) {
        if (Status s = repo.open(sessionId); !s)
            return fail(io, name(), s.error());
        return ExitOk;
    }
    Result<ClosedVote> closed = VotingCountService(*ws).close(sessionId);
    if (!closed)
        return fail(io, name(), closed.error());
    const VotingSession& session = closed->count.session;
    int place = 1;
    for (const auto& tier : closed->count.result.ranking) {
        for (int c : tier)
            io.out << QStringLiteral("%1  %2  %3\n").arg(place, 3).arg(candidateId(session, c), 5).arg(session.candidates.at(c).label);
        place += int(tier.size());
    }
    io.out.flush();
    return ExitOk;
}

} // namespace proxima::cli
