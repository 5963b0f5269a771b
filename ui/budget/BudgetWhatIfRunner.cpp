#include "ui/budget/BudgetWhatIfRunner.h"

#include <QThread>

namespace proxima {

BudgetWhatIfRunner::BudgetWhatIfRunner(QObject* parent) : QObject(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &BudgetWhatIfRunner::start);
}

BudgetWhatIfRunner::~BudgetWhatIfRunner() { stopThread(); }

void BudgetWhatIfRunner::schedule(budgeting::BudgetInstance instance)
{
    m_next = std::move(instance);
    m_debounce.start();
}

void BudgetWhatIfRunner::cancel()
{
    m_debounce.stop();
    m_next.reset();
    if (m_cancel)
        m_cancel->store(true);
}

bool BudgetWhatIfRunner::isComputing() const { return m_debounce.isActive() || m_thread != nullptr || m_next; }

void BudgetWhatIfRunner::start()
{
    if (!m_next)
        return;
    if (m_thread) {
        // The run under way computes a stale instance: stop it; finished() starts the newer one.
        m_cancel->store(true);
        return;
    }
    auto cancel = std::make_shared<std::atomic_bool>(false);
    auto output = std::make_shared<BudgetOutcomes>();
    m_cancel = cancel;
    m_running = output;
    m_thread = QThread::create([output, cancel, instance = std::move(*m_next)]() mutable {
        *output = BudgetOutcomes::compute(std::move(instance), cancel.get());
    });
    m_next.reset();
    connect(m_thread, &QThread::finished, this, &BudgetWhatIfRunner::finished);
    m_thread->start();
    emit started();
}

void BudgetWhatIfRunner::finished()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const bool cancelled = m_cancel->load();
    std::shared_ptr<BudgetOutcomes> output = std::move(m_running);
    m_cancel.reset();
    if (m_next) {
        if (!m_debounce.isActive())
            start();
        return;
    }
    if (cancelled)
        return;
    m_outcomes = std::move(*output);
    emit outcomesReady();
}

void BudgetWhatIfRunner::stopThread()
{
    if (!m_thread)
        return;
    m_thread->disconnect(this);
    m_cancel->store(true);
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

} // namespace proxima
