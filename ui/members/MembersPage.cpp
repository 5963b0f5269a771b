#include "ui/members/MembersPage.h"

#include "ui/app/WorkspaceSession.h"
#include "ui/commands/MemberTraits.h"
#include "ui/commands/RecordCommands.h"
#include "ui/members/MemberDialog.h"
#include "ui/models/MemberTableModel.h"
#include "ui/widgets/ConflictDialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace proxima {

MembersPage::MembersPage(WorkspaceSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    m_model = new MemberTableModel(session, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("memberTable"));
    m_view->setAccessibleName(tr("CoPmittee members"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(MemberTableModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->resizeColumnsToContents();

    m_add = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add Member..."), this);
    m_edit = new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit Member..."), this);
    m_remove = new QAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Remove Member"), this);
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_remove);

    auto* intro = new QLabel(tr("The CoPmittee brings together the police, residents, youth workers, religious "
                                "communities, people with a migration background, schools, shops and the "
                                "municipality."),
                             this);
    intro->setWordWrap(true);
    auto* bar = new QHBoxLayout;
    bar->addWidget(intro, 1);
    for (QAction* action : {m_add, m_edit, m_remove}) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        bar->addWidget(button);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_add, &QAction::triggered, this, [this] {
        MemberDialog dialog(Member{}, this);
        if (dialog.exec() == QDialog::Accepted)
            addMember(dialog.member());
    });
    connect(m_edit, &QAction::triggered, this, &MembersPage::editSelected);
    connect(m_remove, &QAction::triggered, this, &MembersPage::removeSelected);
    connect(m_view, &QTableView::doubleClicked, this, &MembersPage::editSelected);
}

int MembersPage::selectedRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

qint64 MembersPage::addMember(const Member& member)
{
    auto* command = new AddRecordCommand<MemberTraits>(m_session, member);
    return m_session.push(command) ? command->recordId() : 0;
}

bool MembersPage::saveMember(const Member& before, const Member& after)
{
    auto stored = MemberRepository(m_session.workspace()).find(before.id);
    if (!stored) {
        m_session.reportError(stored.error());
        return false;
    }
    Member base = before;
    Member target = after;
    if (stored->revision != before.revision) {
        const ConflictChoice choice =
            ConflictDialog::ask(this, tr("the member \"%1\"").arg(stored->name),
                                QStringLiteral("%1, %2").arg(stored->name, stored->organisation),
                                QStringLiteral("%1, %2").arg(after.name, after.organisation));
        if (choice != ConflictChoice::KeepMine)
            return choice == ConflictChoice::TakeTheirs;
        base = stored.value();
        target.revision = stored->revision;
    }
    m_session.push(new EditRecordCommand<MemberTraits>(m_session, base, target));
    return true;
}

void MembersPage::editSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const Member before = m_model->recordAt(row);
    MemberDialog dialog(before, this);
    if (dialog.exec() == QDialog::Accepted)
        saveMember(before, dialog.member());
}

void MembersPage::removeSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const Member m = m_model->recordAt(row);
    if (QMessageBox::question(this, tr("Remove member"),
                              tr("Remove %1 from the roster? Cases they lead will have no lead officer. You can undo "
                                 "this.")
                                  .arg(m.name)) != QMessageBox::Yes)
        return;
    m_session.push(new RemoveRecordCommand<MemberTraits>(m_session, m));
}

} // namespace proxima
