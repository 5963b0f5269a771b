#pragma once

#include "core/model/ProblemCase.h"
#include "core/sara/StageGates.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace proxima {

/// A forward stage move the user is asked about.
struct StageGateRequest
{
    ProblemCase problem;
    SaraStage from = SaraStage::Scan;
    SaraStage to = SaraStage::Scan;
    sara::GateCheck check;
};

/// The user's answer: move or not, and the reason when the checklist is not met.
struct StageGateDecision
{
    bool proceed = false;
    QString reason;
};

/// Answers a stage gate request (the dialog in the app; tests answer directly).
using StageGateResolver = std::function<StageGateDecision(const StageGateRequest&)>;

/// Shows the checklist of the target stage with ticks and crosses. When everything is met the user just moves;
/// otherwise "Move anyway" is enabled only once a reason is typed (it is recorded with the move).
class StageGateDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StageGateDialog(const StageGateRequest& request, QWidget* parent = nullptr);

    /// Runs the dialog modally and returns the answer.
    static StageGateDecision ask(QWidget* parent, const StageGateRequest& request);

    /// The answer as it stands (proceed is true only after Move was pressed).
    StageGateDecision decision() const;
    QListWidget* checklist() const { return m_list; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QPushButton* moveButton() const { return m_move; }

private:
    void updateButtons();

    bool m_needsReason = false;
    QListWidget* m_list;
    QLabel* m_summary;
    QPlainTextEdit* m_reason;
    QPushButton* m_move;
};

} // namespace proxima
