#include "ui/voting/PaperEntryPanel.h"

#include "ui/app/WorkspaceSession.h"
#include "core/io/BallotCsv.h"
#include "core/io/PrefLib.h"
#include "core/storage/repositories/VotingRepository.h"
#include "ui/voting/BallotWidget.h"
#include "core/voting/Tally.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace proxima {

PaperEntryPanel::PaperEntryPanel(WorkspaceSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    m_form = new QWidget(this);
    layout->addWidget(m_form, 1);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("paperMessage"));
    layout->addWidget(m_message);
    m_import = new QPushButton(tr("&Import ballots from a file (CSV or PrefLib)..."), this);
    layout->addWidget(m_import, 0, Qt::AlignLeft);
    connect(m_import, &QPushButton::clicked, this, &PaperEntryPanel::chooseImport);
}

void PaperEntryPanel::setVotingSession(const VotingSession& voting)
{
    const bool same = voting.id == m_voting.id && voting.revision == m_voting.revision;
    m_voting = voting;
    if (!same)
        rebuild();
    const bool open = voting.state == VotingState::Open;
    m_form->setEnabled(open);
    m_import->setEnabled(open);
}

void PaperEntryPanel::rebuild()
{
    delete m_form;
    m_counts.clear();
    m_form = new QWidget(this);
    qobject_cast<QVBoxLayout*>(layout())->insertWidget(0, m_form, 1);
    auto* form = new QFormLayout(m_form);
    m_channel = new QComboBox(m_form);
    m_channel->setAccessibleName(tr("Entry channel"));
    if (voting::isRankedMethod(m_voting.options.method)) {
        form->addRow(new QLabel(tr("Enter one paper ballot (or several identical ones) as it is written."), m_form));
        m_paperBallot = new BallotWidget(m_voting, m_form);
        form->addRow(m_paperBallot);
        m_weight = new QSpinBox(m_form);
        m_weight->setRange(1, 999);
        m_weight->setAccessibleName(tr("Identical ballots"));
        form->addRow(tr("Identical &ballots:"), m_weight);
        m_channel->addItem(tr("Paper"), QStringLiteral("paper"));
        m_add = new QPushButton(tr("&Add paper ballot"), m_form);
    } else {
        m_paperBallot = nullptr;
        form->addRow(new QLabel(tr("Enter the counted totals per item (paper ballots or sticker dots)."), m_form));
        for (int c = 0; c < m_voting.candidates.size(); ++c) {
            auto* box = new QSpinBox(m_form);
            box->setRange(0, 100000);
            box->setObjectName(QStringLiteral("count-%1").arg(c));
            box->setAccessibleName(m_voting.candidates.at(c).label);
            form->addRow(m_voting.candidates.at(c).label, box);
            m_counts << box;
        }
        m_voters = new QSpinBox(m_form);
        m_voters->setRange(0, 100000);
        m_voters->setAccessibleName(tr("Voters these totals come from"));
        form->addRow(tr("From how many &voters:"), m_voters);
        m_channel->addItem(tr("Sticker dots"), QStringLiteral("stickers"));
        m_channel->addItem(tr("Paper ballots"), QStringLiteral("paper"));
        m_add = new QPushButton(tr("&Add counted totals"), m_form);
    }
    form->addRow(tr("&Channel:"), m_channel);
    m_add->setObjectName(QStringLiteral("addPaper"));
    form->addRow(m_add);
    connect(m_add, &QPushButton::clicked, this, &PaperEntryPanel::add);
}

Status PaperEntryPanel::store(const std::function<Status(VotingRepository&)>& work, const QString& done)
{
    // Ballots are not undone (a wrong entry is corrected by another entry), so a plain write of the session, which
    // reports a refusal and announces the change.
    const Status stored = m_session.write({ChangeKind::Voting}, [&](Workspace& ws) -> Result<QList<WrittenRevision>> {
        VotingRepository votes(ws);
        if (Status s = work(votes); !s)
            return s.error();
        return QList<WrittenRevision>{};
    });
    m_message->setText(stored ? done : stored.error().toString());
    if (stored)
        emit ballotsAdded();
    return stored;
}

void PaperEntryPanel::add()
{
    const qint64 sessionId = m_voting.id;
    if (m_paperBallot) {
        CastBallot b = m_paperBallot->ballot();
        b.weight = m_weight->value();
        b.channel = QStringLiteral("paper");
        const Status added = store([&](VotingRepository& votes) { return votes.addBallot(sessionId, b); },
                                   tr("%n paper ballot(s) added.", nullptr, int(b.weight)));
        // The panel may have been rebuilt by the change announcement; clear what is there now.
        if (added && m_paperBallot) {
            m_paperBallot->clear();
            m_weight->setValue(1);
        }
        return;
    }
    CountedEntry entry;
    for (QSpinBox* box : m_counts)
        entry.totals.push_back(box->value());
    entry.voters = m_voters->value();
    entry.channel = m_channel->currentData().toString();
    const Status added = store([&](VotingRepository& votes) { return votes.addCounts(sessionId, entry); },
                               tr("Totals added to the %1 subtotal.").arg(m_channel->currentText()));
    if (added) {
        for (QSpinBox* box : m_counts)
            box->setValue(0);
        m_voters->setValue(0);
    }
}

Result<QList<CastBallot>> PaperEntryPanel::readBallotFile(const QString& path) const
{
    const int n = int(m_voting.candidates.size());
    voting::Election election;
    QStringList names;
    if (QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0) {
        auto csv = io::readBallotCsv(path, voting::isRankedMethod(m_voting.options.method) ? io::BallotCsvKind::Ranks
                                                                                           : io::BallotCsvKind::Values);
        if (!csv)
            return csv.error();
        names = csv->candidates;
        election = csv->election;
    } else {
        auto pref = io::readPrefLib(path);
        if (!pref)
            return pref.error();
        names = pref->names;
        election = io::toElection(*pref);
    }
    if (names.size() != n)
        return Error{tr("the file has %1 candidates, the session %2").arg(names.size()).arg(n), path, 0,
                     QStringLiteral("candidates")};
    QList<CastBallot> ballots;
    const bool ranked = voting::isRankedMethod(m_voting.options.method);
    if (ranked) {
        for (const voting::RankedBallot& r : election.ranked)
            ballots << CastBallot{r.tiers, {}, r.weight, QStringLiteral("import")};
    } else {
        if (election.scored.empty())
            election.scored = voting::scoreBallotsFromRanked(election, m_voting.options);
        for (const voting::ScoreBallot& sb : election.scored) {
            std::vector<qint64> values = sb.values;
            values.resize(size_t(n), 0);
            ballots << CastBallot{{}, values, sb.weight, QStringLiteral("import")};
        }
    }
    return ballots;
}

Status PaperEntryPanel::importFile(const QString& path)
{
    const Result<QList<CastBallot>> read = readBallotFile(path);
    if (!read) {
        // An unreadable file is the user's to know about, like a refused ballot.
        m_message->setText(read.error().toString());
        m_session.reportError(read.error());
        return read.error();
    }
    const QList<CastBallot>& ballots = *read;
    const qint64 sessionId = m_voting.id;
    return store(
        [&](VotingRepository& votes) -> Status {
            Status added = votes.addBallots(sessionId, ballots);
            if (!added && added.error().file.isEmpty()) {
                Error e = added.error();
                e.file = path;
                return e;
            }
            return added;
        },
        tr("%n ballot(s) imported.", nullptr, int(ballots.size())));
}

void PaperEntryPanel::chooseImport()
{
    auto* dialog = new QFileDialog(this, tr("Import ballots"), QString(),
                                   tr("Ballot files (*.csv *.soc *.soi *.toc *.toi);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { (void)importFile(path); });
    dialog->open();
}

} // namespace proxima
