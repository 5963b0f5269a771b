#pragma once

#include <QWidget>

class QAction;
class QSortFilterProxyModel;
class QTableView;

namespace proxima {

class MemberTableModel;
class WorkspaceSession;
struct Member;

/// The CoPmittee roster: who speaks for which part of the community.
class MembersPage : public QWidget
{
    Q_OBJECT
public:
    explicit MembersPage(WorkspaceSession& session, QWidget* parent = nullptr);

    MemberTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

    /// Adds a member through the undo stack; returns the new id (0 on failure).
    qint64 addMember(const Member& member);
    /// Saves an edited member through the undo stack, asking how to resolve a conflicting edit.
    bool saveMember(const Member& before, const Member& after);

private:
    void editSelected();
    void removeSelected();
    int selectedRow() const;

    WorkspaceSession& m_session;
    MemberTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QAction* m_add;
    QAction* m_edit;
    QAction* m_remove;
};

} // namespace proxima
