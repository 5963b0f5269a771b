#pragma once

#include "core/model/VotingSession.h"
#include "core/services/VotingCountService.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace proxima {

class LaptopVotingPanel;
class PaperEntryPanel;
class ProjectorWindow;
class ResultsView;
class SessionEditor;
class VotingSessionModel;
class WorkspaceSession;

/// The Voting page: sessions, their settings, ballot entry (laptop, paper/stickers, import), results, and the
/// controls of the projector view.
class VotingPage : public QWidget
{
    Q_OBJECT
public:
    explicit VotingPage(WorkspaceSession& session, QWidget* parent = nullptr);
    ~VotingPage() override;

    /// Shows a session in the editor, ballot panels and results.
    void selectSession(qint64 id);
    qint64 currentSessionId() const { return m_current.id; }
    /// Starts a new session in the editor (not saved yet).
    void newSession();
    /// Draft -> open.
    bool openCurrent();
    /// Counts, closes and writes the ranking back as priorities.
    bool closeCurrent();
    /// Deletes the session shown, with its ballots.
    void deleteCurrent();
    /// Reloads everything shown (after a change here or in another instance).
    void refresh();

    VotingSessionModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    SessionEditor* editor() const { return m_editor; }
    LaptopVotingPanel* laptopPanel() const { return m_laptop; }
    PaperEntryPanel* paperPanel() const { return m_paper; }
    ResultsView* resultsView() const { return m_results; }
    QTabWidget* tabs() const { return m_tabs; }
    /// The projector window (created on first use).
    ProjectorWindow* projector();

    QComboBox* projectorModeCombo() const { return m_mode; }
    QSpinBox* revealTopNBox() const { return m_topN; }
    QCheckBox* freezeBox() const { return m_freeze; }

private:
    QWidget* buildProjectorControls();
    void updateProjector();
    void updateButtons();
    void nextAgendaItem();

    WorkspaceSession& m_session;
    VotingSession m_current;
    std::optional<VotingCount> m_count; ///< the service's count of m_current, as every view shows it
    VotingSessionModel* m_model;
    QTableView* m_view;
    QTabWidget* m_tabs;
    SessionEditor* m_editor;
    LaptopVotingPanel* m_laptop;
    PaperEntryPanel* m_paper;
    ResultsView* m_results;
    QPushButton* m_open;
    QPushButton* m_close;
    QPushButton* m_delete;
    ProjectorWindow* m_projector = nullptr;
    QComboBox* m_screen = nullptr;
    QComboBox* m_mode = nullptr;
    QSpinBox* m_topN = nullptr;
    QCheckBox* m_freeze = nullptr;
    QLineEdit* m_agenda = nullptr;
    int m_agendaIndex = -1;
};

} // namespace proxima
