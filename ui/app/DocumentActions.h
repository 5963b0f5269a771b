#pragma once

#include "core/common/Result.h"
#include "core/reports/ReportDocument.h"

#include <QList>
#include <QObject>

class QAction;
class QWidget;

namespace proxima {

class CasesPage;
class WorkspaceSession;

/// The printed documents the File > Export menu offers beside the pages' own: the SARA report of the case shown
/// on the Cases page (print preview or PDF) and the handover pack of an area with its map.
class DocumentActions : public QObject
{
    Q_OBJECT
public:
    DocumentActions(WorkspaceSession& session, CasesPage* cases, QWidget* dialogParent);

    QAction* printCaseReportAction() const { return m_printCase; }
    QAction* saveCaseReportAction() const { return m_saveCase; }
    QAction* handoverAction() const { return m_handover; }
    QList<QAction*> actions() const { return {m_printCase, m_saveCase, m_handover}; }

    /// The case report of a case, with the before/after chart of every measure.
    Result<reports::ReportDocument> caseReport(qint64 caseId) const;
    /// Writes the case report as an upright A4 PDF.
    Status saveCaseReport(qint64 caseId, const QString& path) const;
    /// Writes the handover pack of an area (empty = every area) with the map of the open cases, as a PDF.
    Status saveHandover(const QString& area, const QString& path) const;

private:
    void printCaseReport();
    void chooseCaseReportFile();
    void chooseHandover();
    qint64 shownCase() const;

    WorkspaceSession& m_session;
    CasesPage* m_cases;
    QWidget* m_parent;
    QAction* m_printCase;
    QAction* m_saveCase;
    QAction* m_handover;
};

} // namespace proxima
