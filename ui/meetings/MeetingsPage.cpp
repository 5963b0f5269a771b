#include "ui/meetings/MeetingsPage.h"

#include "ui/app/WorkspaceSession.h"
#include "ui/commands/MeetingCommands.h"
#include "ui/commands/MeetingTraits.h"
#include "ui/commands/RecordCommands.h"
#include "documents/ReportRenderer.h"
#include "ui/meetings/MeetingEditor.h"
#include "ui/meetings/MeetingListModel.h"
#include "core/reports/DocumentBuilder.h"
#include "core/reports/WorkspaceData.h"
#include "core/storage/repositories/ActionRepository.h"
#include "core/storage/repositories/CaseRepository.h"
#include "core/storage/repositories/MemberRepository.h"

#include <QAction>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace proxima {

MeetingsPage::MeetingsPage(WorkspaceSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    m_model = new MeetingListModel(session, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("meetingList"));
    m_view->setAccessibleName(tr("Meetings"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_editor = new MeetingEditor(this);

    auto* add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&New Meeting"), this);
    auto* remove = new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Delete Meeting"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        Meeting meeting;
        meeting.title = tr("CoPmittee meeting");
        meeting.heldOn = m_session.workspace().clock().today();
        addMeeting(meeting);
    });
    connect(remove, &QPushButton::clicked, this, &MeetingsPage::deleteSelected);
    m_save = new QAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save Meeting"), this);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_save->setEnabled(false);
    addAction(m_save);
    connect(m_save, &QAction::triggered, this, &MeetingsPage::saveEdits);
    auto* save = new QToolButton(this);
    save->setDefaultAction(m_save);
    save->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto* documents = new QToolButton(this);
    documents->setObjectName(QStringLiteral("meetingDocuments"));
    documents->setText(tr("&Documents"));
    documents->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(documents);
    menu->addAction(tr("Print &Agenda..."), this, [this] { printDocument(Document::Agenda); });
    menu->addAction(tr("Print &Minutes..."), this, [this] { printDocument(Document::Minutes); });
    menu->addSeparator();
    menu->addAction(tr("Agenda as PDF..."), this, [this] { exportWithDialog(Document::Agenda); });
    menu->addAction(tr("Minutes as PDF..."), this, [this] { exportWithDialog(Document::Minutes); });
    documents->setMenu(menu);

    auto* left = new QWidget(this);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(remove);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addLayout(listButtons);
    auto* right = new QWidget(this);
    auto* editorButtons = new QHBoxLayout;
    editorButtons->addStretch(1);
    editorButtons->addWidget(documents);
    editorButtons->addWidget(save);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_editor, 1);
    rightLayout->addLayout(editorButtons);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_editor, &MeetingEditor::edited, this, [this] {
        m_dirty = true;
        m_save->setEnabled(true);
    });
    connect(m_editor->agreeButton(), &QPushButton::clicked, this, &MeetingsPage::agreeFromEditor);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MeetingsPage::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_loaded.id)
            selectMeeting(m_loaded.id);
    });
    connect(&m_session, &WorkspaceSession::changed, this, [this](ChangeKind kind) {
        if (kind == ChangeKind::Meeting || kind == ChangeKind::Action || kind == ChangeKind::Member
            || kind == ChangeKind::Case)
            reloadShown();
    });
    connect(&m_session, &WorkspaceSession::manyChanged, this, &MeetingsPage::reloadShown);
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    else
        reloadShown();
}

qint64 MeetingsPage::selectedId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_model->recordAt(current.row()).id : 0;
}

void MeetingsPage::selectMeeting(qint64 id)
{
    const int row = m_model->rowForId(id);
    if (row >= 0 && selectedId() != id)
        m_view->selectRow(row);
}

void MeetingsPage::onCurrentChanged()
{
    if (m_switching)
        return;
    const qint64 id = selectedId();
    if (id == m_loaded.id)
        return;
    // Leaving a meeting keeps its edits: they are saved (and can be undone) rather than lost.
    if (m_dirty) {
        m_switching = true;
        saveEdits();
        m_switching = false;
        selectMeeting(id);
    }
    m_loaded = Meeting{};
    m_loaded.id = id;
    m_dirty = false;
    reloadShown();
}

void MeetingsPage::reloadShown()
{
    if (m_dirty)
        return;  // never throw away what the user is typing; the next save reports a conflict if needed
    Result<reports::WorkspaceData> loaded = reports::WorkspaceData::load(m_session.workspace());
    if (!loaded) {
        m_session.reportError(loaded.error());
        return;
    }
    const reports::WorkspaceData& workspace = loaded.value();
    m_editor->setChoices(workspace.members, workspace.cases);
    const Meeting* meeting = m_loaded.id ? workspace.findMeeting(m_loaded.id) : nullptr;
    m_loaded = meeting ? *meeting : Meeting{};
    QMultiHash<qint64, QString> agreed;
    for (const AgreedAction& link : workspace.agreed) {
        const ResponseAction* action = workspace.findAction(link.actionId);
        if (link.meetingId == m_loaded.id && action)
            agreed.insert(link.itemId, action->leadDisplay().isEmpty()
                                           ? action->title
                                           : tr("%1 (lead: %2)").arg(action->title, action->leadDisplay()));
    }
    m_editor->setMeeting(m_loaded, agreed);
    m_dirty = false;
    m_save->setEnabled(false);
}

qint64 MeetingsPage::addMeeting(const Meeting& meeting)
{
    if (m_dirty && !saveEdits())
        return 0;
    auto* command = new AddRecordCommand<MeetingTraits>(m_session, meeting);
    if (!m_session.push(command))
        return 0;
    selectMeeting(command->recordId());
    return command->recordId();
}

bool MeetingsPage::hasUnsavedEdits() const
{
    return m_dirty;
}

bool MeetingsPage::settleUnsavedEdits()
{
    if (!m_dirty)
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"), tr("Save your changes to the meeting \"%1\"?").arg(m_loaded.title),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return saveEdits();
    m_dirty = false;
    return true;
}

bool MeetingsPage::saveEdits()
{
    if (!m_dirty || m_loaded.id == 0)
        return true;
    Meeting edited = m_editor->meeting();
    if (Status s = MeetingRepository::validate(edited); !s) {
        m_session.reportError(s.error());
        return false;
    }
    edited.revision = m_loaded.revision;
    auto* command = new EditRecordCommand<MeetingTraits>(m_session, m_loaded, edited);
    m_dirty = false;
    if (!m_session.push(command))
        return false;
    reloadShown();
    return true;
}

qint64 MeetingsPage::createActionFromItem(int itemIndex, ResponseAction action)
{
    if (!saveEdits())
        return 0;
    if (itemIndex < 0 || itemIndex >= m_loaded.items.size())
        return 0;
    const MeetingItem& item = m_loaded.items[itemIndex];
    if (item.caseId == 0) {
        m_session.reportError(Error{tr("the item \"%1\" is not about a case; link a case first").arg(item.title), {},
                                    0, tr("case")});
        return 0;
    }
    action.caseId = item.caseId;
    if (auto existing = ActionRepository(m_session.workspace()).listForCase(item.caseId); existing)
        action.position = int(existing->size());
    auto* command = new AgreeActionCommand(m_session, m_loaded.id, item.id, action);
    return m_session.push(command) ? command->actionId() : 0;
}

void MeetingsPage::agreeFromEditor()
{
    const int index = m_editor->currentItem();
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("Action agreed"), tr("What will be done?"), QLineEdit::Normal,
                                                {}, &ok);
    if (!ok || title.trimmed().isEmpty())
        return;
    ResponseAction action;
    action.title = title.trimmed();
    createActionFromItem(index, action);
}

void MeetingsPage::deleteSelected()
{
    if (m_loaded.id == 0)
        return;
    m_dirty = false;
    const Meeting meeting = m_loaded;
    // The delete takes the links to the actions agreed at the meeting with it, and its undo puts them back.
    m_session.push(new RemoveRecordCommand<MeetingTraits>(m_session, meeting));
}

reports::ReportDocument MeetingsPage::document(Document which) const
{
    reports::WorkspaceData workspace;
    if (auto loaded = reports::WorkspaceData::load(m_session.workspace()); loaded)
        workspace = loaded.value();
    reports::DocumentOptions options;
    options.generatedOn = m_session.workspace().clock().today();
    const Meeting& meeting = m_editor->meeting();
    return which == Document::Agenda ? reports::DocumentBuilder::agenda(workspace, meeting, options)
                                     : reports::DocumentBuilder::minutes(workspace, meeting, options);
}

Status MeetingsPage::exportDocument(Document which, const QString& path)
{
    if (m_loaded.id == 0)
        return Error{tr("select a meeting first"), {}, 0, {}};
    documents::PageSetup setup;
    setup.landscape = false;  // flow documents read best upright
    const Result<int> pages = documents::ReportRenderer::writePdf(path, document(which), setup);
    return pages ? Status{} : Status{pages.error()};
}

void MeetingsPage::printDocument(Document which)
{
    if (m_loaded.id == 0)
        return;
    const reports::ReportDocument printed = document(which);
    QPrinter printer(QPrinter::HighResolution);
    documents::PageSetup setup;
    setup.landscape = false;
    printer.setPageLayout(setup.pageLayout());
    QPrintPreviewDialog dialog(&printer, this);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, &printed](QPrinter* target) {
        QPainter painter(target);
        if (Result<int> pages = documents::ReportRenderer::render(painter, target, printed); !pages)
            m_session.reportError(pages.error());
    });
    dialog.exec();
}

void MeetingsPage::exportWithDialog(Document which)
{
    const QString suggested = which == Document::Agenda ? tr("agenda.pdf") : tr("minutes.pdf");
    QString path = QFileDialog::getSaveFileName(this, tr("Save as PDF"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    if (Status s = exportDocument(which, path); !s)
        m_session.reportError(s.error());
}

} // namespace proxima
