#include "cli/TallyCommand.h"

#include "cli/ArgumentParser.h"
#include "cli/JsonOutput.h"
#include "cli/SessionTally.h"
#include "cli/TallyFlags.h"
#include "core/io/BallotCsv.h"
#include "core/io/PrefLib.h"
#include "core/voting/Explanation.h"
#include "core/voting/Tally.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace proxima::cli {

using namespace voting;

namespace {

QJsonValue idValue(const QString& id)
{
    bool ok = false;
    const int number = id.toInt(&ok);
    return ok ? QJsonValue(number) : QJsonValue(id);
}

QJsonArray idList(const std::vector<int>& candidates, const TallyInput& in)
{
    QJsonArray a;
    for (int c : candidates)
        a.append(idValue(in.ids.at(c)));
    return a;
}

QJsonArray tierList(const Tiers& tiers, const TallyInput& in)
{
    QJsonArray a;
    for (const auto& tier : tiers)
        a.append(idList(tier, in));
    return a;
}

QJsonArray matrixJson(const std::vector<std::vector<qint64>>& m)
{
    QJsonArray rows;
    for (const auto& row : m) {
        QJsonArray r;
        for (qint64 v : row)
            r.append(v);
        rows.append(r);
    }
    return rows;
}

QJsonArray rationals(const std::vector<mpq_class>& values)
{
    QJsonArray a;
    for (const auto& v : values)
        a.append(formatRational(v));
    return a;
}

QString reasonKey(EliminationReason r)
{
    switch (r) {
    case EliminationReason::Lowest:
        return QStringLiteral("fewest votes");
    case EliminationReason::EarlierRounds:
        return QStringLiteral("tie settled by earlier rounds");
    case EliminationReason::TieBreak:
        return QStringLiteral("tie settled by the tie-break rule");
    case EliminationReason::TiedTogether:
        return QStringLiteral("tied, together fewer than anyone else");
    case EliminationReason::EveryOrderTried:
        return QStringLiteral("tied, every order tried");
    }
    return {};
}

QString tieBreakKey(TieBreakRule rule)
{
    switch (rule) {
    case TieBreakRule::None:
        return QStringLiteral("none");
    case TieBreakRule::SecondMethod:
        return QStringLiteral("method");
    case TieBreakRule::Lottery:
        return QStringLiteral("lottery");
    case TieBreakRule::MethodThenLottery:
        return QStringLiteral("method+lottery");
    }
    return {};
}

QJsonObject workingJson(const TallyResult& r, const TallyInput& in)
{
    QJsonObject w;
    if (!r.pairwise.empty())
        w[QStringLiteral("pairwise")] = matrixJson(r.pairwise);
    if (!r.strongestPaths.empty())
        w[QStringLiteral("strongest_paths")] = matrixJson(r.strongestPaths);
    if (!r.rounds.empty()) {
        QJsonArray rounds;
        for (const IrvRound& round : r.rounds) {
            QJsonObject o;
            QJsonObject counts;
            for (size_t c = 0; c < round.counts.size(); ++c) {
                if (round.continuing[c])
                    counts[in.ids.at(static_cast<int>(c))] = formatRational(round.counts[c]);
            }
            o[QStringLiteral("counts")] = counts;
            o[QStringLiteral("in_play")] = formatRational(round.inPlay);
            o[QStringLiteral("exhausted")] = formatRational(round.exhausted);
            o[QStringLiteral("eliminated")] = idList(round.eliminated, in);
            o[QStringLiteral("elected")] = idList(round.elected, in);
            if (!round.eliminated.empty())
                o[QStringLiteral("reason")] = reasonKey(round.reason);
            if (!round.tiedForLast.empty())
                o[QStringLiteral("tied_for_last")] = idList(round.tiedForLast, in);
            if (round.undecided)
                o[QStringLiteral("undecided")] = true;
            rounds.append(o);
        }
        w[QStringLiteral("rounds")] = rounds;
    }
    if (!r.channels.empty()) {
        QJsonObject channels;
        for (const auto& ch : r.channels)
            channels[ch.channel.isEmpty() ? QStringLiteral("-") : ch.channel] = rationals(ch.totals);
        w[QStringLiteral("channels")] = channels;
    }
    if (!r.wins.empty()) {
        QJsonArray wins, ties, losses;
        for (size_t c = 0; c < r.wins.size(); ++c) {
            wins.append(r.wins[c]);
            ties.append(r.ties[c]);
            losses.append(r.losses[c]);
        }
        w[QStringLiteral("wins")] = wins;
        w[QStringLiteral("ties")] = ties;
        w[QStringLiteral("losses")] = losses;
    }
    return w;
}

QJsonObject turnoutJson(const VotingTurnout& t)
{
    QJsonObject o;
    o[QStringLiteral("members_voted")] = t.membersVoted;
    o[QStringLiteral("eligible")] = t.eligible;
    o[QStringLiteral("voters_counted")] = t.votersCounted();
    QJsonObject channels;
    for (const VotingTurnout::Channel& ch : t.channels) {
        channels[ch.channel] = QJsonObject{{QStringLiteral("ballots"), ch.ballots},
                                           {QStringLiteral("counted_voters"), ch.countedVoters},
                                           {QStringLiteral("counted_total"), ch.countedTotal}};
    }
    o[QStringLiteral("channels")] = channels;
    o[QStringLiteral("summary")] = t.describe();
    return o;
}

QString label(const TallyInput& in, int c)
{
    return in.names.at(c) == in.ids.at(c) ? in.ids.at(c) : in.ids.at(c) + QLatin1Char(' ') + in.names.at(c);
}

void printMatrix(QTextStream& out, const QString& title, const std::vector<std::vector<qint64>>& m,
                 const TallyInput& in)
{
    // A table wider than a screen helps nobody: past this many candidates the text says where the numbers are.
    constexpr size_t MaxPrinted = 40;
    if (m.size() > MaxPrinted) {
        out << title << ' '
            << QCoreApplication::translate("TallyCommand", "(%1 x %1: too large to print; --json lists it)")
                   .arg(m.size())
            << '\n';
        return;
    }
    out << title << '\n' << QStringLiteral("%1").arg(QString(), 8);
    for (const QString& id : in.ids)
        out << QStringLiteral("%1").arg(id, 7);
    out << '\n';
    for (size_t i = 0; i < m.size(); ++i) {
        out << QStringLiteral("%1").arg(in.ids.at(static_cast<int>(i)), 8);
        for (size_t j = 0; j < m.size(); ++j)
            out << QStringLiteral("%1").arg(i == j ? QStringLiteral("-") : QString::number(m[i][j]), 7);
        out << '\n';
    }
}

void printHuman(const TallyResult& r, const TallyInput& in, const TallyOptions& o, QTextStream& out)
{
    out << QCoreApplication::translate("TallyCommand", "Method: ") << methodName(r.method) << '\n';
    // A session's count says who voted (members, ballots without a voter, counted sticker dots) rather than one
    // number that mixes ballots with dots.
    if (in.turnout)
        out << in.turnout->describe() << '\n';
    else
        out << QCoreApplication::translate("TallyCommand", "Ballots counted: ") << r.ballotsCounted << '\n';
    out << QCoreApplication::translate("TallyCommand", "Ranking (best first; a shared place is a tie):") << '\n';
    int place = 1;
    for (const auto& tier : r.ranking) {
        for (int c : tier) {
            out << QStringLiteral("  %1%2  %3  (%4 %5)\n")
                       .arg(place, 3)
                       .arg(tier.size() > 1 ? QStringLiteral("=") : QStringLiteral(" "))
                       .arg(label(in, c))
                       .arg(formatRational(r.scores[static_cast<size_t>(c)]), r.scoreLabel);
        }
        place += static_cast<int>(tier.size());
    }
    QStringList winners;
    for (int c : r.winners)
        winners << label(in, c);
    out << (r.winners.size() > 1 ? QCoreApplication::translate("TallyCommand", "Tied winners: ")
                                 : QCoreApplication::translate("TallyCommand", "Winner: "))
        << winners.join(QStringLiteral(", ")) << '\n';
    if (!r.pairwise.empty())
        printMatrix(out,
                    QCoreApplication::translate("TallyCommand",
                                                "Pairwise duels d[row][column] (ballots preferring row to column):"),
                    r.pairwise, in);
    if (!r.strongestPaths.empty())
        printMatrix(out, QCoreApplication::translate("TallyCommand", "Strongest paths p[row][column]:"),
                    r.strongestPaths, in);
    if (!r.wins.empty()) {
        out << QCoreApplication::translate("TallyCommand", "Copeland duels (wins / ties / losses):") << '\n';
        for (int c = 0; c < r.candidateCount; ++c)
            out << QStringLiteral("  %1: %2 / %3 / %4\n")
                       .arg(label(in, c))
                       .arg(r.wins[c])
                       .arg(r.ties[c])
                       .arg(r.losses[c]);
    }
    for (size_t k = 0; k < r.rounds.size(); ++k) {
        const IrvRound& round = r.rounds[k];
        QStringList counts;
        for (size_t c = 0; c < round.counts.size(); ++c) {
            if (round.continuing[c])
                counts << in.ids.at(static_cast<int>(c)) + QLatin1Char('=') + formatRational(round.counts[c]);
        }
        out << QCoreApplication::translate("TallyCommand", "Round %1: %2; in play %3, exhausted %4")
                   .arg(k + 1)
                   .arg(counts.join(QStringLiteral(" ")), formatRational(round.inPlay),
                        formatRational(round.exhausted));
        QStringList names;
        for (int c : round.eliminated.empty() ? round.elected : round.eliminated)
            names << in.ids.at(c);
        if (!round.eliminated.empty())
            out << QCoreApplication::translate("TallyCommand", "; eliminated ") << names.join(QStringLiteral(", "))
                << " (" << reasonKey(round.reason) << ')';
        else
            out << (round.undecided
                        ? QCoreApplication::translate("TallyCommand", "; the tie decides the winner, possible winners ")
                        : QCoreApplication::translate("TallyCommand", "; elected "))
                << names.join(QStringLiteral(", "));
        out << '\n';
    }
    for (const auto& ch : r.channels) {
        // In a session a channel's count is its voters (sticker totals come from voters, not from ballots).
        out << (in.turnout ? QCoreApplication::translate("TallyCommand", "Subtotal %1 (%2 voters):")
                           : QCoreApplication::translate("TallyCommand", "Subtotal %1 (%2 ballots):"))
                   .arg(ch.channel.isEmpty() ? QStringLiteral("-") : ch.channel)
                   .arg(ch.ballots);
        for (int c = 0; c < r.candidateCount; ++c)
            out << ' ' << in.ids.at(c) << '=' << formatRational(ch.totals[static_cast<size_t>(c)]);
        out << '\n';
    }
    out << QCoreApplication::translate("TallyCommand", "Tie-break: ") << explainTieBreak(o.tieBreak) << '\n';
    for (const auto& d : r.decisions)
        out << "  " << describeDecision(d, in.ids) << '\n';
    out << '\n' << explainMethod(r.method, o) << '\n';
    out.flush();
}

} // namespace

Result<TallyInput> loadTallyInput(const QString& path, Method method)
{
    TallyInput in;
    in.source = path;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv")) {
        auto csv =
            io::readBallotCsv(path, isRankedMethod(method) ? io::BallotCsvKind::Ranks : io::BallotCsvKind::Values);
        if (!csv)
            return csv.error();
        in.names = csv->candidates;
        for (int c = 0; c < in.names.size(); ++c)
            in.ids << QString::number(c + 1);
        in.election = std::move(csv).value().election;
        return in;
    }
    auto pref = io::readPrefLib(path);
    if (!pref)
        return pref.error();
    in.names = pref->names;
    for (int c = 0; c < pref->alternatives; ++c)
        in.ids << QString::number(c + 1);
    in.election = io::toElection(*pref);
    in.warnings = pref->warnings;
    return in;
}

void printTallyResult(const TallyResult& r, const TallyInput& in, const TallyOptions& o, bool json, QTextStream& out)
{
    if (!json) {
        printHuman(r, in, o, out);
        return;
    }
    QJsonObject obj;
    obj[QStringLiteral("method")] = methodKey(r.method);
    obj[QStringLiteral("winners")] = idList(r.winners, in);
    obj[QStringLiteral("ranking")] = tierList(r.ranking, in);
    obj[QStringLiteral("raw_ranking")] = tierList(r.rawTiers, in);
    obj[QStringLiteral("ballots")] = r.ballotsCounted;
    if (in.turnout)
        obj[QStringLiteral("turnout")] = turnoutJson(*in.turnout);
    QJsonArray scores;
    for (int c = 0; c < r.candidateCount; ++c) {
        QJsonObject s;
        s[QStringLiteral("id")] = idValue(in.ids.at(c));
        s[QStringLiteral("name")] = in.names.at(c);
        s[QStringLiteral("score")] = formatRational(r.scores[static_cast<size_t>(c)]);
        s[QStringLiteral("value")] = toDouble(r.scores[static_cast<size_t>(c)]);
        scores.append(s);
    }
    obj[QStringLiteral("scores")] = scores;
    obj[QStringLiteral("score_label")] = r.scoreLabel;
    obj[QStringLiteral("working")] = workingJson(r, in);
    QJsonObject tb;
    tb[QStringLiteral("rule")] = tieBreakKey(r.tieBreak.rule);
    if (r.tieBreak.rule == TieBreakRule::SecondMethod || r.tieBreak.rule == TieBreakRule::MethodThenLottery)
        tb[QStringLiteral("method")] = methodKey(r.tieBreak.secondary);
    if (r.tieBreak.rule == TieBreakRule::Lottery || r.tieBreak.rule == TieBreakRule::MethodThenLottery)
        tb[QStringLiteral("seed")] = QString::number(r.tieBreak.seed);
    QJsonArray decisions;
    for (const auto& d : r.decisions)
        decisions.append(describeDecision(d, in.ids));
    tb[QStringLiteral("decisions")] = decisions;
    obj[QStringLiteral("tie_break")] = tb;
    obj[QStringLiteral("explanation")] = explainMethod(r.method, o);
    QJsonArray warnings;
    for (const Error& warning : in.warnings)
        warnings.append(warning.toString());
    obj[QStringLiteral("warnings")] = warnings;
    printJson(out, obj);
}

int tallyAndPrint(const TallyInput& input, const TallyOptions& options, bool json, Io& io)
{
    auto result = tally(input.election, options);
    if (!result) {
        Error error = result.error();
        if (error.file.isEmpty())
            error.file = input.source;
        io.err << error.toString() << '\n';
        io.err.flush();
        return ExitFailure;
    }
    printTallyResult(*result, input, options, json, io.out);
    return ExitOk;
}

QString TallyCommand::name() const
{
    return QStringLiteral("tally");
}

QString TallyCommand::summary() const
{
    return QCoreApplication::translate("TallyCommand", "count a ballot file (PrefLib or CSV) with one voting method");
}

QString TallyCommand::help() const
{
    return QCoreApplication::translate(
        "TallyCommand",
        "Usage: proxima-cli tally FILE --method METHOD [options]\n"
        "       proxima-cli tally WORKSPACE --session N [--method METHOD] [options]\n"
        "\n"
        "Counts the ballots in FILE and prints the full ranking with places, scores and the working.\n"
        "FILE is a PrefLib file (.soc, .soi, .toc, .toi; candidates are shown by their PrefLib numbers)\n"
        "or a ballot CSV (.csv: header = candidate names, one row per ballot; ranks 1 = best, empty =\n"
        "unranked, equal numbers = tied; for dots/approval/score the cells are the numbers given).\n"
        "\n"
        "WORKSPACE is a Proxima workspace (.proxima): the ballots of voting session N are counted with the\n"
        "session's method, options and tie-break (seed included) unless options below are given. Candidates\n"
        "are shown by their case id, free items by \"#P\" with P their 1-based position in the session.\n"
        "While a session hides its results until it closes, --reveal is needed to count it.\n"
        "A session's count says who voted (\"Voters: 5 of 10 members; sticker dots: 10 (from 2 voters)\")\n"
        "and is the count the app, its projector and the results sheet show.\n"
        "\n"
        "Methods: schulze, borda, irv, copeland, plurality, approval, score, dots.\n"
        "\n"
        "Options:\n"
        "  --method M           the counting method (required for a file)\n"
        "  --session N          the voting session of a workspace\n"
        "  --reveal             count an open session whose results are hidden until it closes\n"
        "  --json               print one JSON object: method, winners, ranking (tiers of ids, best\n"
        "                       first), raw_ranking, scores (exact), working, tie_break, ballots,\n"
        "                       warnings (what the file's reader accepted but reports);\n"
        "                       for a session also turnout (members_voted, eligible, voters_counted,\n"
        "                       channels with ballots and counted totals, summary)\n"
        "  --margins            Schulze: measure defeats by margins instead of winning votes\n"
        "  --uncompared         unranked candidates are not compared (default: Debian's rule)\n"
        "  --tie-break R        none (default), a method name (e.g. borda), lottery, or METHOD+lottery\n"
        "  --seed N             lottery seed (recorded in the output)\n"
        "  --max-approvals N    approval: at most N approvals; on ranked input, approve whole places\n"
        "                       from the top while at most N candidates (default: the first place only)\n"
        "  --dots N             dots per voter (default 5)\n"
        "  --max-per-item K     dots on one item at most (default 2)\n"
        "  --max-score S        highest score (default 5)\n"
        "\n"
        "Conventions:\n"
        "- Candidates a voter did not rank count as tied below all ranked ones (Debian's rule);\n"
        "  --uncompared leaves them out of that voter's comparisons instead.\n"
        "- Equal rankings inside a ballot count for neither side in a pairwise duel. A tied first\n"
        "  preference is split equally (plurality, IRV); all counts are exact fractions.\n"
        "- Schulze uses winning votes by default; the ranking is built in tiers (the candidates no\n"
        "  remaining candidate beats), so ties are reported as shared places, never silently ordered.\n"
        "- Borda: a candidate scores the number of candidates ranked strictly below it on each ballot\n"
        "  (under --uncompared unranked candidates score 0 and are not counted as below).\n"
        "- Copeland: 1 per pairwise win, 1/2 per pairwise tie.\n"
        "- IRV: a candidate wins with more than half of the ballots still in play. A tie for the fewest\n"
        "  votes goes to the earlier rounds (the one with fewer votes in the latest round where they\n"
        "  differ is eliminated), then to the tie-break rule. Without a rule, tied candidates who together\n"
        "  have fewer votes than anyone else go out together; otherwise every choice is counted: if all\n"
        "  give the same winner it is reported (with only the places all choices agree on), if not, the\n"
        "  possible winners are reported tied. Exhausted ballots are shown per round.\n"
        "- Ties in the final ranking are broken only by the rule chosen with --tie-break: a second method\n"
        "  (its ranking on the same ballots), or a lottery: candidates 1..n shuffled by Fisher-Yates\n"
        "  (last position first, std::mt19937_64 seeded with --seed, unbiased draws by rejection).\n"
        "  Every tie broken is listed (\"B placed above D by lottery, seed 1234\").\n"
        "- Score-type methods on ranked input: approval = the first place (or --max-approvals);\n"
        "  score = S minus the number of candidates ranked above, at least 0 (unranked 0);\n"
        "  dots = going down the places, each candidate gets min(K, dots left / candidates at that\n"
        "  place, what the place above got); dots that cannot be shared equally stay unused.\n"
        "\n"
        "A PrefLib file whose stated counts disagree with its orders, or whose orders need a wider type than\n"
        "declared, is counted from its orders; each such point is printed as FILE:LINE: warning: ... on stderr.\n"
        "\n"
        "Exit status: 0 ok, 1 unreadable or invalid ballots (FILE:LINE: reason on stderr), 2 usage error.\n");
}

int TallyCommand::run(const QStringList& arguments, Io& io)
{
    ArgumentParser parser;
    declareTallyFlags(parser);
    parser.addValueOption(QStringLiteral("session"));
    parser.addFlag(QStringLiteral("reveal"));
    auto usage = [&](const QString& message) {
        io.err << "tally: " << message << '\n'
               << QCoreApplication::translate("TallyCommand", "Try: proxima-cli help tally") << '\n';
        io.err.flush();
        return int(ExitUsage);
    };
    if (Status parsed = parser.parse(arguments); !parsed)
        return usage(parsed.error().toString());
    if (parser.positional().size() != 1)
        return usage(QCoreApplication::translate("TallyCommand", "expected exactly one FILE"));
    if (isWorkspaceFile(parser.positional().front()))
        return runSessionTally(parser, io);
    if (!parser.isSet(QStringLiteral("method")))
        return usage(QCoreApplication::translate("TallyCommand", "--method is required (%1)")
                         .arg(methodKeys().join(QStringLiteral(", "))));
    const auto method = methodFromKey(parser.value(QStringLiteral("method")));
    if (!method)
        return usage(QCoreApplication::translate("TallyCommand", "unknown method \"%1\"")
                         .arg(parser.value(QStringLiteral("method"))));

    TallyOptions o;
    o.method = *method;
    if (const QString problem = applyTallyFlags(parser, o); !problem.isEmpty())
        return usage(problem);

    auto input = loadTallyInput(parser.positional().front(), *method);
    if (!input) {
        io.err << input.error().toString() << '\n';
        io.err.flush();
        return ExitFailure;
    }
    // Warnings go to stderr whatever the output format, so that a script reading the JSON still shows them.
    for (Error warning : std::as_const(input->warnings)) {
        warning.message = QCoreApplication::translate("TallyCommand", "warning: %1").arg(warning.message);
        io.err << warning.toString() << '\n';
    }
    io.err.flush();
    return tallyAndPrint(*input, o, parser.isSet(QStringLiteral("json")), io);
}

} // namespace proxima::cli
