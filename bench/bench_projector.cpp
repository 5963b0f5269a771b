// Projector figures: after one more ballot in a 12-member session, the time to recount from the workspace, build the
// projector content and repaint the 1920x1080 view; and the cost of one animation frame.
#include "BenchSupport.h"

#include "core/services/VotingCountService.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/CaseRepository.h"
#include "core/storage/repositories/MemberRepository.h"
#include "core/storage/repositories/VotingRepository.h"
#include "ui/voting/ProjectorWindow.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <random>

using namespace proxima;

namespace {

ProjectorContent contentOf(const VotingSession& s, const voting::TallyResult& r, const VotingProgress& p)
{
    ProjectorContent content;
    content.question = s.question;
    content.voted = p.voted;
    content.eligible = p.eligible;
    int place = 1;
    for (const auto& tier : r.ranking) {
        for (int c : tier)
            content.bars << ProjectorBar{s.candidates.at(c).label, voting::toDouble(r.scores[size_t(c)]),
                                         QStringLiteral("%1 %2").arg(voting::formatRational(r.scores[size_t(c)]), r.scoreLabel),
                                         place};
        place += int(tier.size());
    }
    return content;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    auto ws = std::move(Workspace::create(dir.filePath(QStringLiteral("bench.proxima")))).value();
    VotingSession s;
    s.question = QStringLiteral("Which problems should the committee tackle first?");
    for (int c = 0; c < 12; ++c) {
        ProblemCase problem;
        problem.title = QStringLiteral("Neighbourhood problem number %1").arg(c + 1);
        s.candidates << VotingCandidate{CaseRepository(*ws).add(problem)->id, problem.title};
    }
    for (int m = 0; m < 12; ++m) {
        Member member;
        member.name = QStringLiteral("Member %1").arg(m + 1);
        s.eligibleIds << MemberRepository(*ws).add(member)->id;
    }
    s.options.method = voting::Method::Dots;
    VotingRepository repo(*ws);
    s = *repo.add(s);
    (void)repo.open(s.id);
    std::mt19937_64 g(7);
    auto dotsBallot = [&] {
        CastBallot b;
        b.values.assign(12, 0);
        for (int d = 0; d < 5;) {
            const size_t c = size_t(g() % 12);
            if (b.values[c] < 2) {
                ++b.values[c];
                ++d;
            }
        }
        return b;
    };
    for (int m = 0; m < 11; ++m)
        (void)repo.cast(s.id, s.eligibleIds.at(m), dotsBallot());

    ProjectorWindow window;
    window.resize(1920, 1080);
    QImage frame(1920, 1080, QImage::Format_RGB32);
    window.setContent(contentOf(s, VotingCountService(*ws).count(s.id)->result, *repo.progress(s.id)));

    int member = 11;
    const double update = bench::medianMs(1, [&] {
        (void)repo.cast(s.id, s.eligibleIds.at(member), dotsBallot());
        window.setContent(contentOf(s, VotingCountService(*ws).count(s.id)->result, *repo.progress(s.id)));
        window.render(&frame);
    });
    bench::report(QStringLiteral("12th ballot: cast + recount + projector content + first repaint (1920x1080)"), update,
                  QStringLiteral("ms"));
    // Recount, content and repaint alone, repeated (paper ballots keep coming in).
    const double recount = bench::medianMs(51, [&] {
        (void)repo.addBallot(s.id, [&] {
            CastBallot b = dotsBallot();
            b.channel = QStringLiteral("paper");
            return b;
        }());
        window.setContent(contentOf(s, VotingCountService(*ws).count(s.id)->result, *repo.progress(s.id)));
        window.render(&frame);
    });
    bench::report(QStringLiteral("one more paper ballot: add + recount + content + repaint, median of 51"), recount,
                  QStringLiteral("ms"));
    const double paint = bench::medianMs(51, [&] { window.render(&frame); });
    bench::report(QStringLiteral("one animation frame (repaint 1920x1080), median of 51"), paint, QStringLiteral("ms"));
    bench::report(QStringLiteral("peak memory"), bench::peakMemoryMiB(), QStringLiteral("MiB"));
    return 0;
}
