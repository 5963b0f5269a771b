#include "ui/analyse/CaseHomeTab.h"

#include "ui/analyse/StageMover.h"
#include "ui/analyse/StageStepper.h"
#include "ui/app/WorkspaceSession.h"
#include "core/storage/repositories/AnalysisRepository.h"
#include "core/storage/repositories/CaseRepository.h"
#include "core/storage/repositories/StageRepository.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace proxima {
namespace {

template <typename T> T valueOr(Result<T> result, T fallback)
{
    return result ? std::move(result).value() : std::move(fallback);
}

} // namespace

CaseHomeTab::CaseHomeTab(WorkspaceSession& session, QWidget* parent) : CaseTab(parent), m_session(session)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("homeTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts = new QLabel(this);
    m_facts->setWordWrap(true);
    m_stepper = new StageStepper(this);
    m_stepper->setObjectName(QStringLiteral("stageStepper"));

    m_nextBox = new QGroupBox(this);
    m_checklist = new QListWidget(m_nextBox);
    m_checklist->setObjectName(QStringLiteral("nextChecklist"));
    m_checklist->setAccessibleName(tr("What the next stage needs"));
    m_checklist->setSelectionMode(QAbstractItemView::NoSelection);
    m_checklist->setWordWrap(true);
    m_checklist->setResizeMode(QListView::Adjust);
    m_checklist->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_nextSummary = new QLabel(m_nextBox);
    m_nextSummary->setWordWrap(true);
    m_move = new QPushButton(m_nextBox);
    m_move->setObjectName(QStringLiteral("moveNextStage"));
    auto* nextLayout = new QVBoxLayout(m_nextBox);
    nextLayout->addWidget(m_checklist);
    nextLayout->addWidget(m_nextSummary);
    auto* moveRow = new QHBoxLayout;
    moveRow->addStretch();
    moveRow->addWidget(m_move);
    nextLayout->addLayout(moveRow);

    auto* historyBox = new QGroupBox(tr("Stage history"), this);
    m_history = new QTableWidget(0, 4, historyBox);
    m_history->setObjectName(QStringLiteral("stageHistory"));
    m_history->setAccessibleName(tr("Stage history"));
    m_history->setHorizontalHeaderLabels({tr("When"), tr("Move"), tr("By"), tr("Reason")});
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setWordWrap(true);
    auto* historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(m_history);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_stepper);
    layout->addWidget(m_nextBox, 2);
    layout->addWidget(historyBox, 3);

    m_resolver = [this](const StageGateRequest& request) { return StageGateDialog::ask(this, request); };
    connect(m_move, &QPushButton::clicked, this, &CaseHomeTab::moveToNextStage);
    // Every kind of record feeds some figure here; the queries are small, so any change reloads.
    connect(&session, &WorkspaceSession::changed, this, &CaseHomeTab::reload);
    showCase(0);
}

void CaseHomeTab::setStageGateResolver(StageGateResolver resolver)
{
    m_resolver = std::move(resolver);
}

void CaseHomeTab::showCase(qint64 caseId)
{
    m_caseId = caseId;
    reload();
}

void CaseHomeTab::reload()
{
    setEnabled(m_caseId > 0);
    auto found = m_caseId > 0 ? CaseRepository(m_session.workspace()).find(m_caseId) : Result<ProblemCase>(ProblemCase{});
    m_case = found ? found.value() : ProblemCase{};
    m_checklist->clear();
    m_history->setRowCount(0);
    if (m_case.id <= 0) {
        m_title->setText(tr("<h3>No case selected</h3>"));
        m_facts->clear();
        m_stepper->setDetails({});
        m_stepper->setCurrent(SaraStage::Scan);
        m_nextBox->setTitle(tr("Next stage"));
        m_nextSummary->clear();
        m_move->setText(tr("Move to next stage"));
        m_move->setEnabled(false);
        return;
    }
    m_title->setText(QStringLiteral("<h3>%1</h3>").arg(m_case.title.toHtmlEscaped()));
    QStringList facts{tr("Stage: %1").arg(stageLabel(m_case.stage))};
    if (m_case.priority > 0)
        facts << tr("priority %1").arg(m_case.priority);
    if (!m_case.areaName.isEmpty())
        facts << m_case.areaName;
    if (!m_case.leadName.isEmpty())
        facts << tr("lead: %1").arg(m_case.leadName);
    if (m_case.openedOn.isValid())
        facts << tr("opened %1").arg(QLocale().toString(m_case.openedOn, QLocale::ShortFormat));
    m_facts->setText(facts.join(QStringLiteral(" · ")));

    Workspace& ws = m_session.workspace();
    StageRepository stages(ws);
    AnalysisRepository analysis(ws);
    const sara::CaseSnapshot snap = valueOr(stages.snapshot(m_case.id), sara::CaseSnapshot{});
    const QList<Hypothesis> hypotheses = valueOr(analysis.hypotheses(m_case.id), QList<Hypothesis>{});
    const int supported = int(std::count_if(hypotheses.begin(), hypotheses.end(), [](const Hypothesis& h) {
        return h.status == HypothesisStatus::Supported;
    }));
    const int sides = valueOr(analysis.find(m_case.id), CaseAnalysis{}).sidesDescribed();
    const int groups = int(valueOr(analysis.affectedGroups(m_case.id), QList<AffectedGroup>{}).size());
    const int done = int(std::count(snap.actions.begin(), snap.actions.end(), ActionStatus::Done));
    const int running = int(std::count(snap.actions.begin(), snap.actions.end(), ActionStatus::InProgress));
    const QList<StageTransition> history = valueOr(stages.history(m_case.id), QList<StageTransition>{});

    m_details = {
        {tr("Concerns: %1").arg(snap.concernsLinked), tr("Incidents: %1").arg(snap.incidentsLinked)},
        {tr("Triangle: %1 of 6").arg(sides),
         tr("Hypotheses: %1").arg(snap.hypotheses), tr("Supported: %1").arg(supported),
         tr("Groups affected: %1").arg(groups)},
        {tr("Actions done: %1 of %2").arg(done).arg(snap.actions.size()), tr("In progress: %1").arg(running)},
        {tr("Measures: %1").arg(snap.measures), tr("Measured: %1").arg(snap.measuresWithBaselineAndFollowUp),
         snap.outcome ? tr("Outcome: %1").arg(sara::outcomeLabel(*snap.outcome)) : tr("No outcome yet")},
        {snap.lessonLearned.trimmed().isEmpty() ? tr("No lesson written") : tr("Lesson written")},
    };
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        if (it->to == SaraStage::Closed && m_case.stage == SaraStage::Closed) {
            m_details[int(SaraStage::Closed)] << tr("closed %1").arg(
                QLocale().toString(it->at.toLocalTime().date(), QLocale::ShortFormat));
            break;
        }
    }
    m_stepper->setDetails(m_details);
    m_stepper->setCurrent(m_case.stage);

    if (m_case.stage == SaraStage::Closed) {
        m_nextBox->setTitle(tr("The case is closed"));
        m_nextSummary->setText(tr("Every stage is done. Change the stage in the overview to reopen it."));
        m_move->setText(tr("Move to next stage"));
        m_move->setEnabled(false);
    } else {
        const SaraStage next = SaraStage(int(m_case.stage) + 1);
        m_nextBox->setTitle(tr("Ready for %1?").arg(stageLabel(next)));
        const QList<sara::GateItem> items = sara::stageChecklist(snap, next);
        int missing = 0;
        for (const sara::GateItem& item : items) {
            auto* row = new QListWidgetItem(style()->standardIcon(item.satisfied ? QStyle::SP_DialogApplyButton
                                                                                 : QStyle::SP_DialogCancelButton),
                                            item.text, m_checklist);
            row->setData(Qt::UserRole, item.key);
            row->setData(Qt::UserRole + 1, item.satisfied);
            row->setToolTip(item.satisfied ? tr("Done") : tr("Missing"));
            missing += item.satisfied ? 0 : 1;
        }
        m_nextSummary->setText(missing == 0 ? tr("Everything %1 needs is in place.").arg(stageLabel(next))
                                            : tr("Missing: %1 of %2. You can still move on with a reason.")
                                                  .arg(missing)
                                                  .arg(items.size()));
        m_move->setText(tr("&Move to %1...").arg(stageLabel(next)));
        m_move->setEnabled(true);
    }

    m_history->setRowCount(int(history.size()));
    int row = 0;
    for (auto it = history.crbegin(); it != history.crend(); ++it, ++row) {   // newest first
        const StageTransition& t = *it;
        QString move = QStringLiteral("%1 \u2192 %2").arg(stageLabel(t.from), stageLabel(t.to));
        if (t.to < t.from)
            move += tr(" (back)");
        QString reason = t.reason;
        if (t.overridden)
            reason = tr("Moved anyway: %1 (missing: %2)").arg(t.reason, t.unmet.join(QStringLiteral("; ")));
        const QStringList cells{QLocale().toString(t.at.toLocalTime(), QLocale::ShortFormat), move, t.actor, reason};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            if (t.overridden)
                item->setForeground(QColor(0xa3, 0x1d, 0x1d));
            m_history->setItem(row, column, item);
        }
    }
    m_history->resizeColumnsToContents();
    m_history->horizontalHeader()->setStretchLastSection(true);
}

bool CaseHomeTab::moveToNextStage()
{
    if (m_case.id <= 0 || m_case.stage == SaraStage::Closed)
        return false;
    auto stored = CaseRepository(m_session.workspace()).find(m_case.id);
    if (!stored) {
        m_session.reportError(stored.error());
        return false;
    }
    ProblemCase after = stored.value();
    after.stage = SaraStage(int(stored->stage) + 1);
    return moveCaseStage(m_session, stored.value(), after, m_resolver);
}

} // namespace proxima
