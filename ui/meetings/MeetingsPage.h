#pragma once

#include "core/common/Result.h"
#include "core/model/Meeting.h"
#include "core/model/ResponseAction.h"
#include "core/reports/ReportDocument.h"

#include <QWidget>

class QAction;
class QPrinter;
class QTableView;

namespace proxima {

class MeetingEditor;
class MeetingListModel;
class WorkspaceSession;

/// CoPmittee meetings: the list, the editor of the selected meeting, the actions agreed, and the agenda and
/// minutes as documents (print preview or PDF). Every save goes through the undo stack.
class MeetingsPage : public QWidget
{
    Q_OBJECT
public:
    enum class Document { Agenda, Minutes };

    explicit MeetingsPage(WorkspaceSession& session, QWidget* parent = nullptr);

    MeetingListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    MeetingEditor* editor() const { return m_editor; }

    /// Adds a meeting through the undo stack and selects it; returns its id (0 on failure).
    qint64 addMeeting(const Meeting& meeting);
    /// Selects a meeting in the list.
    void selectMeeting(qint64 id);
    /// The id of the meeting in the editor (0 = none).
    qint64 shownMeetingId() const { return m_loaded.id; }
    /// Saves the editor's changes (one undoable edit); true when there was nothing to save or it was saved.
    bool saveEdits();
    bool hasUnsavedEdits() const;
    /// Before the workspace closes: asks whether to save unsaved edits (Save, Discard, Cancel); false on Cancel or
    /// when saving fails.
    bool settleUnsavedEdits();
    /// Saves pending edits, then creates an action on the case of agenda item itemIndex, recorded as agreed at
    /// this meeting (undoable). Returns the action's id, 0 when refused (no case, failed save).
    qint64 createActionFromItem(int itemIndex, ResponseAction action);
    /// The agenda or minutes of the shown meeting (with unsaved edits).
    reports::ReportDocument document(Document which) const;
    /// Writes the document as PDF (no dialog).
    Status exportDocument(Document which, const QString& path);

private:
    void onCurrentChanged();
    void reloadShown();
    void deleteSelected();
    void agreeFromEditor();
    void printDocument(Document which);
    void exportWithDialog(Document which);
    qint64 selectedId() const;

    WorkspaceSession& m_session;
    MeetingListModel* m_model;
    QTableView* m_view;
    MeetingEditor* m_editor;
    QAction* m_save;
    Meeting m_loaded;
    bool m_dirty = false;
    bool m_switching = false;
};

} // namespace proxima
