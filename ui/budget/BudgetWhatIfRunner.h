#pragma once

#include "ui/budget/BudgetOutcome.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace proxima {

/// Runs every budgeting rule on a what-if instance on a worker thread it owns, so that the page stays responsive
/// while the exact rule searches. Instances scheduled in quick succession (a slider being dragged) are debounced;
/// one scheduled while a run is under way cancels that run (it stops between two rules) and runs when it ends.
/// Only the outcomes of the latest instance are delivered.
class BudgetWhatIfRunner : public QObject
{
    Q_OBJECT
public:
    explicit BudgetWhatIfRunner(QObject* parent = nullptr);
    /// Cancels a run under way and waits for its thread.
    ~BudgetWhatIfRunner() override;

    /// Runs the rules on this instance after the debounce interval.
    void schedule(budgeting::BudgetInstance instance);
    /// Drops the scheduled instance and stops a run under way; nothing is delivered for either.
    void cancel();
    /// True while a run is scheduled or under way.
    bool isComputing() const;
    /// The outcomes delivered last.
    const BudgetOutcomes& outcomes() const { return m_outcomes; }

signals:
    /// A run started on the worker thread.
    void started();
    /// A run finished and outcomes() holds its outcomes.
    void outcomesReady();

private:
    void start();
    void finished();
    void stopThread();

    QTimer m_debounce;
    std::optional<budgeting::BudgetInstance> m_next;
    QThread* m_thread = nullptr;
    // Shared with the worker: it may outlive neither, but the lambda must not reach into the runner.
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<BudgetOutcomes> m_running;
    BudgetOutcomes m_outcomes;
};

} // namespace proxima
