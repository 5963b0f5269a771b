#include "ui/voting/SessionEditor.h"

#include "ui/app/WorkspaceSession.h"
#include "ui/commands/MeetingTraits.h"
#include "ui/commands/RecordCommands.h"
#include "core/storage/VotingCodec.h"
#include "core/storage/repositories/CaseRepository.h"
#include "core/storage/repositories/MeetingRepository.h"
#include "core/storage/repositories/MemberRepository.h"
#include "core/storage/repositories/VotingRepository.h"
#include "core/voting/Explanation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>

namespace proxima {

using namespace voting;

namespace {
constexpr int CaseRole = Qt::UserRole + 1;

// A list from the workspace, or an empty one when it cannot be read (the error is shown elsewhere).
template <typename T> T orEmpty(Result<T> result)
{
    return result ? std::move(result).value() : T{};
}

QSpinBox* spin(QWidget* parent, int min, int max, const QString& name)
{
    auto* s = new QSpinBox(parent);
    s->setRange(min, max);
    s->setAccessibleName(name);
    return s;
}
} // namespace

SessionEditor::SessionEditor(WorkspaceSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* form = new QFormLayout(this);
    m_meeting = new QComboBox(this);
    m_meeting->setAccessibleName(tr("Meeting"));
    auto* newMeeting = new QPushButton(tr("New meeting &today"), this);
    auto* meetingRow = new QHBoxLayout;
    meetingRow->addWidget(m_meeting, 1);
    meetingRow->addWidget(newMeeting);
    form->addRow(tr("Meeting:"), meetingRow);
    m_question = new QLineEdit(this);
    m_question->setObjectName(QStringLiteral("question"));
    m_question->setAccessibleName(tr("Question"));
    form->addRow(tr("&Question:"), m_question);

    m_candidates = new QListWidget(this);
    m_candidates->setObjectName(QStringLiteral("candidates"));
    m_candidates->setAccessibleName(tr("Candidates"));
    m_freeItem = new QLineEdit(this);
    m_freeItem->setPlaceholderText(tr("Another item to vote on"));
    auto* addItem = new QPushButton(tr("Add &item"), this);
    auto* itemRow = new QHBoxLayout;
    itemRow->addWidget(m_freeItem, 1);
    itemRow->addWidget(addItem);
    form->addRow(tr("&Candidates:"), m_candidates);
    form->addRow(QString(), itemRow);

    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("method"));
    m_method->setAccessibleName(tr("Method"));
    for (const QString& key : methodKeys())
        m_method->addItem(methodName(*methodFromKey(key)), key);
    form->addRow(tr("Me&thod:"), m_method);
    m_dots = spin(this, 1, 99, tr("Dots per voter"));
    m_perItem = spin(this, 1, 99, tr("Dots per item at most"));
    auto* dotsRow = new QHBoxLayout;
    dotsRow->addWidget(new QLabel(tr("dots per voter"), this));
    dotsRow->addWidget(m_dots);
    dotsRow->addWidget(new QLabel(tr("at most per item"), this));
    dotsRow->addWidget(m_perItem);
    dotsRow->addStretch();
    form->addRow(tr("Dots:"), dotsRow);
    m_maxApprovals = spin(this, 0, 99, tr("Approvals at most (0 = no limit)"));
    m_maxScore = spin(this, 1, 10, tr("Highest score"));
    auto* otherRow = new QHBoxLayout;
    otherRow->addWidget(new QLabel(tr("approvals at most (0 = any)"), this));
    otherRow->addWidget(m_maxApprovals);
    otherRow->addWidget(new QLabel(tr("highest score"), this));
    otherRow->addWidget(m_maxScore);
    otherRow->addStretch();
    form->addRow(tr("Approval, score:"), otherRow);
    m_strength = new QComboBox(this);
    m_strength->addItem(tr("Winning votes"), QStringLiteral("winning_votes"));
    m_strength->addItem(tr("Margins"), QStringLiteral("margins"));
    m_unranked = new QComboBox(this);
    m_unranked->addItem(tr("Unranked below every ranked one"), QStringLiteral("below"));
    m_unranked->addItem(tr("Unranked not compared"), QStringLiteral("uncompared"));
    auto* rankedRow = new QHBoxLayout;
    rankedRow->addWidget(m_strength);
    rankedRow->addWidget(m_unranked);
    rankedRow->addStretch();
    form->addRow(tr("Ranked ballots:"), rankedRow);

    m_tieBreak = new QComboBox(this);
    m_tieBreak->setObjectName(QStringLiteral("tieBreak"));
    m_tieBreak->setAccessibleName(tr("Tie-break rule"));
    m_tieBreak->addItem(tr("No tie-break (shared places)"), QStringLiteral("none"));
    m_tieBreak->addItem(tr("A second method"), QStringLiteral("method"));
    m_tieBreak->addItem(tr("A lottery"), QStringLiteral("lottery"));
    m_tieBreak->addItem(tr("A second method, then a lottery"), QStringLiteral("method+lottery"));
    m_secondary = new QComboBox(this);
    m_secondary->setAccessibleName(tr("Second method"));
    for (const QString& key : methodKeys())
        m_secondary->addItem(methodName(*methodFromKey(key)), key);
    m_seed = new QLineEdit(this);
    m_seed->setReadOnly(true);
    m_seed->setAccessibleName(tr("Lottery seed"));
    auto* tieRow = new QHBoxLayout;
    tieRow->addWidget(m_tieBreak);
    tieRow->addWidget(m_secondary);
    tieRow->addWidget(new QLabel(tr("seed"), this));
    tieRow->addWidget(m_seed);
    form->addRow(tr("Tie-break:"), tieRow);

    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setFrameShape(QFrame::StyledPanel);
    m_explanation->setMargin(6);
    form->addRow(tr("How it counts:"), m_explanation);

    m_voters = new QListWidget(this);
    m_voters->setObjectName(QStringLiteral("voters"));
    m_voters->setAccessibleName(tr("Eligible voters"));
    auto* attendees = new QPushButton(tr("Use the meeting's &attendees"), this);
    form->addRow(tr("Eligible &voters:"), m_voters);
    form->addRow(QString(), attendees);
    m_secret = new QCheckBox(tr("&Secret ballot (nobody can link a ballot to its voter)"), this);
    m_hide = new QCheckBox(tr("&Hide the results until the session closes"), this);
    form->addRow(m_secret);
    form->addRow(m_hide);
    m_save = new QPushButton(tr("Sa&ve session"), this);
    m_save->setObjectName(QStringLiteral("saveSession"));
    form->addRow(m_save);

    for (QComboBox* c : {m_method, m_strength, m_unranked, m_tieBreak, m_secondary})
        connect(c, &QComboBox::currentIndexChanged, this, &SessionEditor::updateExplanation);
    for (QSpinBox* s : {m_dots, m_perItem, m_maxApprovals, m_maxScore})
        connect(s, &QSpinBox::valueChanged, this, &SessionEditor::updateExplanation);
    connect(m_tieBreak, &QComboBox::currentIndexChanged, this, [this] {
        if (m_tieBreak->currentData().toString().contains(QLatin1String("lottery")) && m_seed->text().isEmpty())
            m_seed->setText(QString::number(QRandomGenerator::system()->generate64() % 1000000000ULL));
        updateExplanation();
    });
    connect(addItem, &QPushButton::clicked, this, &SessionEditor::addFreeItem);
    connect(m_freeItem, &QLineEdit::returnPressed, this, &SessionEditor::addFreeItem);
    connect(attendees, &QPushButton::clicked, this, &SessionEditor::useAttendees);
    connect(newMeeting, &QPushButton::clicked, this, &SessionEditor::createMeeting);
    connect(m_save, &QPushButton::clicked, this, &SessionEditor::save);
}

void SessionEditor::reloadChoices()
{
    Workspace& ws = m_session.workspace();
    m_meeting->clear();
    m_meeting->addItem(tr("(no meeting)"), 0);
    for (const Meeting& m : orEmpty(MeetingRepository(ws).list()))
        m_meeting->addItem(QStringLiteral("%1 %2").arg(m.heldOn.toString(Qt::ISODate), m.title), m.id);
    m_voters->clear();
    for (const Member& m : orEmpty(MemberRepository(ws).list())) {
        auto* item = new QListWidgetItem(m.name, m_voters);
        item->setData(CaseRole, m.id);
        item->setCheckState(Qt::Unchecked);
    }
}

void SessionEditor::load(const VotingSession& voting)
{
    m_loaded = voting;
    reloadChoices();
    const bool isNew = voting.id == 0;
    m_meeting->setCurrentIndex(std::max(0, m_meeting->findData(voting.meetingId)));
    if (isNew && m_meeting->count() > 1)
        m_meeting->setCurrentIndex(1);
    m_question->setText(isNew ? tr("Which problems should the committee tackle first?") : voting.question);
    m_candidates->clear();
    QList<VotingCandidate> chosen = voting.candidates;
    for (const ProblemCase& c : orEmpty(CaseRepository(m_session.workspace()).list())) {
        const bool listed = std::any_of(chosen.begin(), chosen.end(), [&](const VotingCandidate& v) { return v.caseId == c.id; });
        if (c.stage == SaraStage::Closed && !listed)
            continue;
        auto* item = new QListWidgetItem(c.title, m_candidates);
        item->setData(CaseRole, c.id);
        item->setCheckState(isNew || listed ? Qt::Checked : Qt::Unchecked);
    }
    for (const VotingCandidate& v : chosen) {
        if (v.caseId != 0)
            continue;
        auto* item = new QListWidgetItem(v.label, m_candidates);
        item->setData(CaseRole, 0);
        item->setCheckState(Qt::Checked);
    }
    const TallyOptions& o = voting.options;
    m_method->setCurrentIndex(m_method->findData(methodKey(o.method)));
    m_dots->setValue(o.dots.dotsPerVoter);
    m_perItem->setValue(o.dots.maxPerItem);
    m_maxApprovals->setValue(o.approval.maxApprovals);
    m_maxScore->setValue(o.score.maxScore);
    m_strength->setCurrentIndex(o.schulze.strength == SchulzeStrength::Margins ? 1 : 0);
    m_unranked->setCurrentIndex(o.schulze.unranked == UnrankedRule::Uncompared ? 1 : 0);
    m_seed->setText(o.tieBreak.rule == TieBreakRule::Lottery || o.tieBreak.rule == TieBreakRule::MethodThenLottery
                        ? QString::number(o.tieBreak.seed)
                        : QString());
    m_secondary->setCurrentIndex(m_secondary->findData(methodKey(o.tieBreak.secondary)));
    m_tieBreak->setCurrentIndex(m_tieBreak->findData(votingcodec::tieBreakRuleKey(o.tieBreak.rule)));
    m_secret->setChecked(voting.secret);
    m_hide->setChecked(voting.hideResults);
    if (isNew)
        useAttendees();
    else {
        for (int row = 0; row < m_voters->count(); ++row) {
            QListWidgetItem* item = m_voters->item(row);
            item->setCheckState(voting.eligibleIds.contains(item->data(CaseRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
        }
    }
    setEnabled(voting.state == VotingState::Draft);
    updateExplanation();
}

VotingSession SessionEditor::edited() const
{
    VotingSession v = m_loaded;
    v.meetingId = m_meeting->currentData().toLongLong();
    v.question = m_question->text();
    v.candidates.clear();
    for (int row = 0; row < m_candidates->count(); ++row) {
        const QListWidgetItem* item = m_candidates->item(row);
        if (item->checkState() == Qt::Checked)
            v.candidates << VotingCandidate{item->data(CaseRole).toLongLong(), item->text()};
    }
    TallyOptions& o = v.options;
    o.method = methodFromKey(m_method->currentData().toString()).value_or(o.method);
    o.dots.dotsPerVoter = m_dots->value();
    o.dots.maxPerItem = m_perItem->value();
    o.approval.maxApprovals = o.conversion.approvalTopN = m_maxApprovals->value();
    o.score.maxScore = m_maxScore->value();
    o.schulze.strength = m_strength->currentIndex() == 1 ? SchulzeStrength::Margins : SchulzeStrength::WinningVotes;
    o.borda.unranked = o.schulze.unranked = o.copeland.unranked =
        m_unranked->currentIndex() == 1 ? UnrankedRule::Uncompared : UnrankedRule::BelowRanked;
    o.tieBreak.rule = votingcodec::tieBreakRuleFromKey(m_tieBreak->currentData().toString()).value_or(TieBreakRule::None);
    o.tieBreak.secondary = methodFromKey(m_secondary->currentData().toString()).value_or(o.tieBreak.secondary);
    o.tieBreak.seed = m_seed->text().toULongLong();
    v.eligibleIds.clear();
    for (int row = 0; row < m_voters->count(); ++row) {
        if (m_voters->item(row)->checkState() == Qt::Checked)
            v.eligibleIds << m_voters->item(row)->data(CaseRole).toLongLong();
    }
    v.secret = m_secret->isChecked();
    v.hideResults = m_hide->isChecked();
    return v;
}

void SessionEditor::updateExplanation()
{
    const VotingSession v = edited();
    const bool ranked = isRankedMethod(v.options.method);
    m_dots->setEnabled(v.options.method == Method::Dots);
    m_perItem->setEnabled(v.options.method == Method::Dots);
    m_maxApprovals->setEnabled(v.options.method == Method::Approval);
    m_maxScore->setEnabled(v.options.method == Method::Score);
    m_strength->setEnabled(v.options.method == Method::Schulze);
    m_unranked->setEnabled(ranked && v.options.method != Method::Irv && v.options.method != Method::Plurality);
    const TieBreakRule rule = v.options.tieBreak.rule;
    m_secondary->setEnabled(rule == TieBreakRule::SecondMethod || rule == TieBreakRule::MethodThenLottery);
    m_explanation->setText(explainMethod(v.options.method, v.options) + QStringLiteral("\n\n") +
                           explainTieBreak(v.options.tieBreak));
}

void SessionEditor::useAttendees()
{
    QList<qint64> present;
    if (const qint64 meetingId = m_meeting->currentData().toLongLong(); meetingId != 0) {
        if (auto meeting = MeetingRepository(m_session.workspace()).find(meetingId))
            present = meeting->attendeeIds;
    }
    for (int row = 0; row < m_voters->count(); ++row) {
        QListWidgetItem* item = m_voters->item(row);
        const bool yes = present.isEmpty() || present.contains(item->data(CaseRole).toLongLong());
        item->setCheckState(yes ? Qt::Checked : Qt::Unchecked);
    }
}

void SessionEditor::addFreeItem()
{
    const QString text = m_freeItem->text().trimmed();
    if (text.isEmpty())
        return;
    auto* item = new QListWidgetItem(text, m_candidates);
    item->setData(CaseRole, 0);
    item->setCheckState(Qt::Checked);
    m_freeItem->clear();
}

qint64 SessionEditor::createMeeting()
{
    Meeting m;
    m.title = tr("CoPmittee meeting");
    m.heldOn = m_session.workspace().clock().today();
    const QDate today = m.heldOn;
    for (const Member& member : orEmpty(MemberRepository(m_session.workspace()).list())) {
        if (member.isActiveOn(today))
            m.attendeeIds << member.id;
    }
    // A meeting is an undoable record like any other: the same command as on the Meetings page.
    auto* command = new AddRecordCommand<MeetingTraits>(m_session, m);
    if (!m_session.push(command))
        return 0; // the command reported why and is gone
    const qint64 meetingId = command->recordId();
    const VotingSession current = edited();
    reloadChoices();
    m_meeting->setCurrentIndex(std::max(0, m_meeting->findData(meetingId)));
    for (int row = 0; row < m_voters->count(); ++row)
        m_voters->item(row)->setCheckState(current.eligibleIds.contains(m_voters->item(row)->data(CaseRole).toLongLong())
                                               ? Qt::Checked
                                               : Qt::Unchecked);
    useAttendees();
    return meetingId;
}

qint64 SessionEditor::save()
{
    const VotingSession v = edited();
    VotingSession stored;
    // The settings of a vote are not undone (a draft is edited again), so a plain write of the session.
    const Status ok = m_session.write({ChangeKind::Voting}, [&](Workspace& ws) -> Result<QList<WrittenRevision>> {
        VotingRepository votes(ws);
        Result<VotingSession> written = v.id == 0 ? votes.add(v) : votes.update(v);
        if (!written)
            return written.error();
        stored = std::move(written).value();
        return QList<WrittenRevision>{{QStringLiteral("voting_session"), stored.id, stored.revision}};
    });
    if (!ok)
        return 0;
    m_loaded = stored;
    emit saved(stored.id);
    return stored.id;
}

} // namespace proxima
