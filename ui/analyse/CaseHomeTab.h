#pragma once

#include "ui/analyse/StageGateDialog.h"
#include "ui/cases/CaseTab.h"
#include "core/model/ProblemCase.h"

class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace proxima {

class StageStepper;
class WorkspaceSession;

/// The case at a glance: the five SARA stages with the current one highlighted and key figures under each, what
/// the next stage needs (ticks and crosses) with a button to move on, and the stage history with overrides and
/// their reasons.
class CaseHomeTab : public CaseTab
{
    Q_OBJECT
public:
    explicit CaseHomeTab(WorkspaceSession& session, QWidget* parent = nullptr);

    void showCase(qint64 caseId) override;
    /// Replaces the stage gate question (tests answer without a dialog).
    void setStageGateResolver(StageGateResolver resolver);
    /// Moves the case to the next stage through the gate; false when refused, cancelled or failed.
    bool moveToNextStage();

    const ProblemCase& shownCase() const { return m_case; }
    StageStepper* stepper() const { return m_stepper; }
    QListWidget* checklist() const { return m_checklist; }
    QPushButton* moveButton() const { return m_move; }
    QTableWidget* history() const { return m_history; }

private:
    void reload();

    WorkspaceSession& m_session;
    qint64 m_caseId = 0;
    ProblemCase m_case;
    StageGateResolver m_resolver;
    QLabel* m_title;
    QLabel* m_facts;
    StageStepper* m_stepper;
    QGroupBox* m_nextBox;
    QListWidget* m_checklist;
    QLabel* m_nextSummary;
    QPushButton* m_move;
    QTableWidget* m_history;
    QList<QStringList> m_details;
};

} // namespace proxima
