#include "ui/respond/RespondTab.h"

#include "ui/app/WorkspaceSession.h"
#include "ui/commands/ActionTraits.h"
#include "ui/commands/RecordCommands.h"
#include "ui/commands/ReorderActionsCommand.h"
#include "ui/respond/ActionDialog.h"
#include "ui/respond/ActionTableModel.h"
#include "ui/respond/ActionTimeline.h"
#include "core/storage/repositories/MemberRepository.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace proxima {

RespondTab::RespondTab(WorkspaceSession& session, QWidget* parent) : CaseTab(parent), m_session(session)
{
    setObjectName(QStringLiteral("respondTab"));
    m_model = new ActionTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ActionTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("actionTable"));
    m_view->setAccessibleName(tr("Actions of the case"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ActionTableModel::Order, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(false);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("respondHeading"));
    m_heading->setWordWrap(true);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("actionTotals"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_add = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add Action..."), this);
    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Insert));
    m_edit = new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit Action..."), this);
    m_delete = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete Action"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_up = new QAction(QIcon::fromTheme(QStringLiteral("go-up")), tr("Move &Up"), this);
    m_up->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_up->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_down = new QAction(QIcon::fromTheme(QStringLiteral("go-down")), tr("Move Do&wn"), this);
    m_down->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    m_down->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    for (QAction* a : {m_delete, m_up, m_down})
        m_view->addAction(a);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_heading, 1);
    for (QAction* a : {m_add, m_edit, m_delete, m_up, m_down}) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(a);
        button->setToolButtonStyle(a == m_add ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly);
        if (button->icon().isNull())
            button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        bar->addWidget(button);
    }

    m_timeline = new ActionTimeline(this);
    auto* timelineScroll = new QScrollArea(this);
    timelineScroll->setWidget(m_timeline);
    timelineScroll->setWidgetResizable(true);
    timelineScroll->setFrameShape(QFrame::NoFrame);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(bar);
    topLayout->addWidget(m_view, 1);
    topLayout->addWidget(m_totals);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(timelineScroll);
    // The plan of a case has a handful of actions: give the timeline the room it needs to show them all.
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    timelineScroll->setMinimumHeight(160);
    splitter->setSizes({260, 400});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_add, &QAction::triggered, this, [this] {
        ResponseAction fresh;
        fresh.caseId = m_caseId;
        fresh.startOn = m_session.workspace().clock().today();
        auto members = MemberRepository(m_session.workspace()).list();
        ActionDialog dialog(fresh, members ? members.value() : QList<Member>{}, this);
        if (dialog.exec() == QDialog::Accepted)
            addAction(dialog.action());
    });
    connect(m_edit, &QAction::triggered, this, &RespondTab::editSelected);
    connect(m_view, &QTableView::doubleClicked, this, &RespondTab::editSelected);
    connect(m_delete, &QAction::triggered, this, &RespondTab::deleteSelected);
    connect(m_up, &QAction::triggered, this, [this] { moveAction(selectedActionId(), -1); });
    connect(m_down, &QAction::triggered, this, [this] { moveAction(selectedActionId(), +1); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RespondTab::updateActions);
    connect(m_timeline, &ActionTimeline::actionClicked, this, [this](qint64 id) {
        const QModelIndex source = m_model->index(m_model->rowForId(id), ActionTableModel::Title);
        const QModelIndex shown = m_proxy->mapFromSource(source);
        if (shown.isValid())
            m_view->selectionModel()->setCurrentIndex(shown, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
    });
    connect(&session, &WorkspaceSession::changed, this, [this](ChangeKind kind) {
        if (kind == ChangeKind::Action || kind == ChangeKind::Member ||
            kind == ChangeKind::Case)
            reload();
    });
    m_conflictResolver = [this](const ResponseAction& theirs) {
        return ConflictDialog::ask(this, tr("the action \"%1\"").arg(theirs.title), summarise(theirs),
                                   summarise(m_pendingSave));
    };
    updateActions();
}

void RespondTab::showCase(qint64 caseId)
{
    m_caseId = caseId;
    reload();
}

void RespondTab::reload()
{
    QList<ResponseAction> actions;
    if (m_caseId > 0) {
        auto loaded = ActionRepository(m_session.workspace()).listForCase(m_caseId);
        if (!loaded)
            m_session.reportError(loaded.error());
        else
            actions = loaded.value();
    }
    const qint64 selected = selectedActionId();
    m_model->setActions(actions);
    m_timeline->setActions(actions, m_session.workspace().clock().today());
    m_view->resizeColumnsToContents();
    m_view->setColumnWidth(ActionTableModel::Title, qMin(m_view->columnWidth(ActionTableModel::Title), 240));
    m_view->setColumnWidth(ActionTableModel::Lead, qMin(m_view->columnWidth(ActionTableModel::Lead), 170));
    if (selected > 0 && m_model->rowForId(selected) >= 0) {
        const QModelIndex shown = m_proxy->mapFromSource(m_model->index(m_model->rowForId(selected), 0));
        m_view->selectionModel()->setCurrentIndex(shown, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
    }

    const ActionTableModel::Totals t = m_model->totals();
    const QLocale locale;
    int referrals = 0;
    int done = 0;
    for (const ResponseAction& a : actions) {
        referrals += a.isReferral ? 1 : 0;
        done += a.status == ActionStatus::Done ? 1 : 0;
    }
    m_totals->setText(tr("Totals (without dropped actions): %1 police hours, %2 volunteer hours, %3")
                          .arg(locale.toString(t.policeHours, 'f', 0), locale.toString(t.volunteerHours, 'f', 0),
                               locale.toCurrencyString(t.euros, QStringLiteral("€"), 0)));
    if (m_caseId <= 0)
        m_heading->setText(tr("Select a case to see its action plan."));
    else
        m_heading->setText(tr("%n action(s), %1 done, %2 referred to other services", nullptr, int(actions.size()))
                               .arg(done)
                               .arg(referrals));
    updateActions();
}

void RespondTab::updateActions()
{
    const qint64 id = selectedActionId();
    const int row = m_model->rowForId(id);
    m_add->setEnabled(m_caseId > 0);
    m_edit->setEnabled(row >= 0);
    m_delete->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_model->rowCount());
}

qint64 RespondTab::selectedActionId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(ActionTableModel::IdRole).toLongLong() : 0;
}

QString RespondTab::summarise(const ResponseAction& a) const
{
    return tr("%1\nstatus: %2, lead: %3, %4 – %5\n%6")
        .arg(a.title, actionStatusLabel(a.status), a.leadDisplay(), a.startOn.toString(Qt::ISODate),
             a.dueOn.toString(Qt::ISODate), a.rationale);
}

qint64 RespondTab::addAction(ResponseAction action)
{
    if (m_caseId <= 0)
        return 0;
    action.caseId = m_caseId;
    int position = 0;
    for (const ResponseAction& a : m_model->records())
        position = qMax(position, a.position + 1);
    action.position = position;
    auto* command = new AddRecordCommand<ActionTraits>(m_session, action);
    return m_session.push(command) ? command->recordId() : 0;
}

bool RespondTab::saveAction(const ResponseAction& before, const ResponseAction& after)
{
    if (Status valid = ActionRepository::validate(after); !valid) {
        m_session.reportError(valid.error());
        return false;
    }
    auto stored = ActionRepository(m_session.workspace()).find(before.id);
    if (!stored) {
        m_session.reportError(stored.error());
        return false;
    }
    ResponseAction base = before;
    ResponseAction target = after;
    if (stored->revision != before.revision) {
        m_pendingSave = after;
        const ConflictChoice choice = m_conflictResolver(stored.value());
        if (choice != ConflictChoice::KeepMine) {
            reload();
            return false;
        }
        base = stored.value();
        target.revision = stored->revision;
    }
    auto* command = new EditRecordCommand<ActionTraits>(m_session, base, target);
    return m_session.push(command);
}

bool RespondTab::removeAction(qint64 actionId)
{
    const int row = m_model->rowForId(actionId);
    if (row < 0)
        return false;
    auto* command = new RemoveRecordCommand<ActionTraits>(m_session, m_model->recordAt(row));
    return m_session.push(command);
}

bool RespondTab::moveAction(qint64 actionId, int delta)
{
    const int row = m_model->rowForId(actionId);
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_model->rowCount())
        return false;
    QList<qint64> order;
    for (const ResponseAction& a : m_model->records())
        order.append(a.id);
    order.move(row, target);
    auto* command = new ReorderActionsCommand(m_session, m_model->records(), order);
    return m_session.push(command);
}

void RespondTab::editSelected()
{
    const int row = m_model->rowForId(selectedActionId());
    if (row < 0)
        return;
    const ResponseAction before = m_model->recordAt(row);
    auto members = MemberRepository(m_session.workspace()).list();
    ActionDialog dialog(before, members ? members.value() : QList<Member>{}, this);
    if (dialog.exec() == QDialog::Accepted)
        saveAction(before, dialog.action());
}

void RespondTab::deleteSelected()
{
    const int row = m_model->rowForId(selectedActionId());
    if (row < 0)
        return;
    const ResponseAction a = m_model->recordAt(row);
    if (QMessageBox::question(this, tr("Delete action"), tr("Delete the action \"%1\"? You can undo this.")
                                                              .arg(a.title)) == QMessageBox::Yes)
        removeAction(a.id);
}

void RespondTab::setConflictResolver(std::function<ConflictChoice(const ResponseAction&)> resolver)
{
    m_conflictResolver = std::move(resolver);
}

} // namespace proxima
