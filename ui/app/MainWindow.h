#pragma once

#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QStackedWidget;
class QTabWidget;

namespace proxima {

class CasesPage;
class DocumentActions;
class MapPage;
class ConcernsPage;
class IncidentImportDialog;
class IncidentsPage;
class MembersPage;
class WelcomePage;
class Workspace;
class WorkspaceSession;
struct Error;

/// What the user chose for a workspace of an older schema.
enum class UpgradeChoice { Upgrade, ReadOnly, Cancel };

/// Proxima's main window: one open workspace at a time, its pages as tabs, the standard menus.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a workspace file (closing the current one first); reports failures to the user. A file of an older
    /// schema is upgraded only when the user agrees; otherwise it opens read-only or not at all.
    bool openWorkspace(const QString& path);
    /// Replaces the question asked before upgrading a file (tests answer it without a dialog). The workspace given
    /// is the file opened read-only, to tell who last wrote it.
    void setUpgradeQuestion(std::function<UpgradeChoice(const Workspace&)> question)
    {
        m_upgradeQuestion = std::move(question);
    }
    /// Closes the current workspace, asking about unsaved edits; false when the user cancelled.
    bool closeWorkspace();

    WorkspaceSession* session() const { return m_session.get(); }
    CasesPage* casesPage() const { return m_casesPage; }
    /// The File > Export documents (case report, handover pack); null while no workspace is open.
    DocumentActions* documentActions() const { return m_documentActions; }
    MembersPage* membersPage() const { return m_membersPage; }
    MapPage* mapPage() const { return m_mapPage; }
    QTabWidget* tabs() const { return m_tabs; }
    ConcernsPage* concernsPage() const { return m_concernsPage; }
    IncidentsPage* incidentsPage() const { return m_incidentsPage; }
    /// Opens the incident import dialog (non-modal) on a CSV file; empty path: asks for one. Null without a workspace.
    IncidentImportDialog* importIncidents(const QString& path = {});

    /// The most recently opened workspaces, newest first.
    static QStringList recentFiles();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createPages();
    void newWorkspace();
    void openWorkspaceDialog();
    void openDemo();
    void rememberRecent(const QString& path);
    void updateRecentMenu();
    void updateTitle();
    void showError(const Error& error);
    void about();
    UpgradeChoice askUpgrade(const Workspace& older);

    std::unique_ptr<WorkspaceSession> m_session;
    std::function<UpgradeChoice(const Workspace&)> m_upgradeQuestion;
    QStackedWidget* m_stack;
    WelcomePage* m_welcome;
    QTabWidget* m_tabs;
    CasesPage* m_casesPage = nullptr;
    MembersPage* m_membersPage = nullptr;
    MapPage* m_mapPage = nullptr;
    ConcernsPage* m_concernsPage = nullptr;
    IncidentsPage* m_incidentsPage = nullptr;
    QAction* m_importIncidentsAction = nullptr;
    QMenu* m_exportMenu = nullptr;
    DocumentActions* m_documentActions = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
};

} // namespace proxima
