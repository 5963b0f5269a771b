#pragma once

#include "core/common/Result.h"
#include "core/model/VotingSession.h"
#include "core/voting/TallyResult.h"

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

    /// Shows a result; hidden = the session keeps its results hidden until it closes.
    void setResult(const VotingSession& voting, const std::optional<voting::TallyResult>& result, const VotingProgress& progress,
                   bool hidden);

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
    std::optional<voting::TallyResult> m_result;
    VotingProgress m_progress;
    QLabel* m_summary;
    QTableWidget* m_ranking;
    QLabel* m_tieBreak;
    QTabWidget* m_working;
    QTextBrowser* m_conventions;
    QWidget* m_exports;
};

} // namespace proxima
