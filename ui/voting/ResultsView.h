#pragma once

#include "core/common/Result.h"
#include "core/model/VotingSession.h"
#include "core/services/VotingCountService.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTabWidget;
class QTableWidget;
class QTextBrowser;

namespace proxima {

class WorkspaceSession;

/// The result of a session: the ranking with scores, the working (pairwise matrix and strongest paths, IRV rounds,
/// Copeland duels, subtotals per channel), the tie-breaks, the method explained, and exports for the minutes.
class ResultsView : public QWidget
{
    Q_OBJECT
public:
    explicit ResultsView(WorkspaceSession& session, QWidget* parent = nullptr);

    /// Shows a session's count (none: not saved yet, or the count failed because of problem); hidden = the session
    /// keeps its results hidden until it closes (the turnout is still shown).
    void setCount(const VotingSession& voting, const std::optional<VotingCount>& count, bool hidden,
                  const QString& problem = {});
    /// The summary line above the ranking (turnout, method, provisional or final).
    QString summary() const;

    /// Writes the results as CSV.
    Status exportCsv(const QString& path) const;
    /// Writes the one-page results sheet as PDF.
    Status exportPdf(const QString& path) const;

    QTableWidget* rankingTable() const { return m_ranking; }
    QTabWidget* workingTabs() const { return m_working; }
    QLabel* tieBreakLabel() const { return m_tieBreak; }
    QTextBrowser* conventions() const { return m_conventions; }

private:
    void chooseExport(bool pdf);
    QTableWidget* matrixTable(const std::vector<std::vector<qint64>>& m);

    WorkspaceSession& m_session;
    VotingSession m_voting;
    std::optional<VotingCount> m_count; ///< what is shown: none while hidden
    QLabel* m_summary;
    QTableWidget* m_ranking;
    QLabel* m_tieBreak;
    QTabWidget* m_working;
    QTextBrowser* m_conventions;
    QWidget* m_exports;
};

} // namespace proxima
