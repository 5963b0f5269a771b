#include "core/reports/VotingResultsSheet.h"

#include "core/storage/Workspace.h"
#include "core/storage/repositories/MeetingRepository.h"

#include "core/voting/Explanation.h"

#include <QCoreApplication>

namespace proxima::reports {

using namespace voting;

namespace {


QString csvCell(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString candidateKey(const VotingSession& s, int c)
{
    const qint64 caseId = s.candidates.at(c).caseId;
    return caseId != 0 ? QString::number(caseId) : QStringLiteral("#%1").arg(c + 1);
}

} // namespace

Result<VotingSheetContext> votingSheetContext(Workspace& ws, const VotingCount& count)
{
    VotingSheetContext context;
    context.workspace = ws.name();
    context.turnout = count.turnout;
    context.generatedOn = ws.clock().today();
    if (const qint64 meetingId = count.session.meetingId; meetingId != 0) {
        Result<Meeting> meeting = MeetingRepository(ws).find(meetingId);
        if (!meeting && meeting.error().code != ErrorCode::NotFound)
            return meeting.error();
        if (meeting)
            context.meeting = QStringLiteral("%1 \u2014 %2 %3")
                                  .arg(meeting->title, meeting->heldOn.toString(Qt::ISODate), meeting->place)
                                  .trimmed();
    }
    return context;
}

Result<ReportDocument> votingResultsSheet(Workspace& ws, qint64 sessionId)
{
    Result<VotingCount> count = VotingCountService(ws).count(sessionId);
    if (!count)
        return count.error();
    Result<VotingSheetContext> context = votingSheetContext(ws, *count);
    if (!context)
        return context.error();
    return votingResultsSheet(*count, *context);
}

std::vector<int> placesOf(const Tiers& ranking, int candidateCount)
{
    std::vector<int> places(size_t(candidateCount), 0);
    int place = 1;
    for (const auto& tier : ranking) {
        for (int c : tier)
            places[size_t(c)] = place;
        place += int(tier.size());
    }
    return places;
}

ReportDocument votingResultsSheet(const VotingCount& count, const VotingSheetContext& context)
{
    const VotingSession& s = count.session;
    const TallyResult& r = count.result;
    ReportDocument doc;
    doc.title = QCoreApplication::translate("VotingResultsSheet", "Voting results");
    doc.subtitle = s.question;
    doc.workspace = context.workspace;
    doc.generatedOn = context.generatedOn;
    doc.footerNote = s.secret ? QCoreApplication::translate("VotingResultsSheet", "Secret ballot") : QCoreApplication::translate("VotingResultsSheet", "Named ballot");
    QList<KeyValue> facts;
    if (!context.meeting.isEmpty())
        facts << KeyValue{QCoreApplication::translate("VotingResultsSheet", "Meeting"), context.meeting};
    facts << KeyValue{QCoreApplication::translate("VotingResultsSheet", "Method"), methodName(r.method)};
    // Voters and sticker dots as what they are, in the words the app and the CLI use.
    facts << KeyValue{QCoreApplication::translate("VotingResultsSheet", "Turnout"), context.turnout.describe()};
    facts << KeyValue{QCoreApplication::translate("VotingResultsSheet", "State"), votingStateLabel(s.state)};
    doc.blocks << ReportBlock::keyValueList(facts);

    doc.blocks << ReportBlock::heading(QCoreApplication::translate("VotingResultsSheet", "Ranking"), 2);
    QList<QStringList> rows;
    const std::vector<int> places = placesOf(r.ranking, r.candidateCount);
    for (const auto& tier : r.ranking) {
        for (int c : tier) {
            const QString place = QString::number(places[size_t(c)]) + (tier.size() > 1 ? QStringLiteral("=") : QString());
            rows << QStringList{place, s.candidates.at(c).label, formatRational(r.scores[size_t(c)])};
        }
    }
    doc.blocks << ReportBlock::table({QCoreApplication::translate("VotingResultsSheet", "Place"), QCoreApplication::translate("VotingResultsSheet", "Candidate"), r.scoreLabel}, rows, {0.6, 4.0, 1.0});

    QStringList notes;
    notes << explainTieBreak(r.tieBreak);
    for (const TieBreakDecision& d : r.decisions)
        notes << describeDecision(d, s.labels());
    if (!r.channels.empty()) {
        for (const ChannelSubtotal& ch : r.channels) {
            QStringList parts;
            for (int c = 0; c < r.candidateCount; ++c)
                parts << QStringLiteral("%1 %2").arg(s.candidates.at(c).label, formatRational(ch.totals[size_t(c)]));
            notes << QCoreApplication::translate("VotingResultsSheet", "Subtotal %1 (%2 voters): %3")
                         .arg(ch.channel)
                         .arg(ch.ballots)
                         .arg(parts.join(QStringLiteral(", ")));
        }
    }
    for (size_t k = 0; k < r.rounds.size(); ++k) {
        QStringList out;
        for (int c : r.rounds[k].eliminated)
            out << s.candidates.at(c).label;
        notes << QCoreApplication::translate("VotingResultsSheet", "Round %1: %2 ballots in play, %3 exhausted%4")
                     .arg(k + 1)
                     .arg(formatRational(r.rounds[k].inPlay), formatRational(r.rounds[k].exhausted),
                          out.isEmpty() ? QString() : QCoreApplication::translate("VotingResultsSheet", "; eliminated: %1").arg(out.join(QStringLiteral(", "))));
    }
    doc.blocks << ReportBlock::heading(QCoreApplication::translate("VotingResultsSheet", "Ties and working"), 2) << ReportBlock::bullets(notes);
    doc.blocks << ReportBlock::heading(QCoreApplication::translate("VotingResultsSheet", "How it was counted"), 2) << ReportBlock::paragraph(explainMethod(r.method, s.options));
    return doc;
}

QString votingResultsCsv(const VotingCount& count)
{
    const VotingSession& s = count.session;
    const TallyResult& r = count.result;
    QStringList header{QStringLiteral("place"), QStringLiteral("id"), QStringLiteral("candidate"), r.scoreLabel};
    for (const ChannelSubtotal& ch : r.channels)
        header << ch.channel;
    QStringList lines{header.join(QLatin1Char(','))};
    const std::vector<int> places = placesOf(r.ranking, r.candidateCount);
    for (const auto& tier : r.ranking) {
        for (int c : tier) {
            QStringList cells{QString::number(places[size_t(c)]), candidateKey(s, c), csvCell(s.candidates.at(c).label),
                              formatRational(r.scores[size_t(c)])};
            for (const ChannelSubtotal& ch : r.channels)
                cells << formatRational(ch.totals[size_t(c)]);
            lines << cells.join(QLatin1Char(','));
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace proxima::reports
