#include "ui/cases/CasesPage.h"

#include "ui/analyse/StageMover.h"
#include "ui/app/WorkspaceSession.h"
#include "ui/cases/CaseEditor.h"
#include "ui/cases/CaseTab.h"
#include "ui/commands/CaseTraits.h"
#include "ui/commands/RecordCommands.h"
#include "ui/models/CaseFilterProxy.h"
#include "ui/models/CaseTableModel.h"
#include "core/storage/repositories/AreaRepository.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSet>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace proxima {
namespace {

QString summarise(const ProblemCase& c)
{
    return QCoreApplication::translate("CasesPage", "%1\nstage: %2, priority: %3, category: %4\n%5")
        .arg(c.title, stageLabel(c.stage))
        .arg(c.priority)
        .arg(c.category, c.description);
}

} // namespace

CasesPage::CasesPage(WorkspaceSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    m_model = new CaseTableModel(session, this);
    m_proxy = new CaseFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("caseTable"));
    m_view->setAccessibleName(tr("Problem cases"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CaseTableModel::Priority, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setWordWrap(false);
    m_view->setColumnHidden(CaseTableModel::Updated, true);
    m_view->resizeColumnsToContents();
    m_view->setColumnWidth(CaseTableModel::Title, 320);

    m_caseTabs = new QTabWidget(this);
    m_caseTabs->setObjectName(QStringLiteral("caseTabs"));
    m_editor = new CaseEditor(session, m_caseTabs);
    m_caseTabs->addTab(m_editor, tr("Overview"));

    m_newCase = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&New Case..."), this);
    m_newCase->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newCase->setToolTip(tr("Add a new problem case"));
    m_deleteCase = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete Case"), this);
    m_deleteCase->setShortcut(QKeySequence::Delete);
    m_deleteCase->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteCase->setEnabled(false);
    m_view->addAction(m_deleteCase);

    auto* bar = new QWidget(this);
    buildFilterBar(bar);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_caseTabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({720, 440});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CasesPage::onCurrentChanged);
    connect(m_editor, &CaseEditor::saveRequested, this, &CasesPage::saveEdits);
    connect(m_editor, &CaseEditor::dirtyChanged, this, &CasesPage::dirtyChanged);
    connect(m_newCase, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString title = QInputDialog::getText(this, tr("New case"), tr("What is the problem?"),
                                                    QLineEdit::Normal, {}, &ok);
        if (ok && !title.trimmed().isEmpty())
            addCase(title.trimmed());
    });
    connect(m_deleteCase, &QAction::triggered, this, &CasesPage::deleteSelected);
    connect(&session, &WorkspaceSession::manyChanged, this, &CasesPage::refreshAfterChange);
    connect(&session, &WorkspaceSession::changed, this, [this](ChangeKind kind) {
        if (kind == ChangeKind::Case)
            refreshAfterChange();
    });
    m_conflictResolver = [this](const ProblemCase& theirs) {
        return ConflictDialog::ask(this, tr("the case \"%1\"").arg(theirs.title), summarise(theirs),
                                   summarise(m_editor->edited()));
    };
    m_stageGateResolver = [this](const StageGateRequest& request) { return StageGateDialog::ask(this, request); };
    if (m_proxy->rowCount() > 0)
        m_view->selectRow(0);
}

void CasesPage::buildFilterBar(QWidget* bar)
{
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("caseSearch"));
    m_search->setPlaceholderText(tr("Search cases..."));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search cases"));
    m_stageFilter = new QComboBox(bar);
    m_stageFilter->setObjectName(QStringLiteral("stageFilter"));
    m_stageFilter->setAccessibleName(tr("Filter by stage"));
    m_stageFilter->addItem(tr("All stages"), -1);
    for (SaraStage stage : allStages())
        m_stageFilter->addItem(stageLabel(stage), int(stage));
    m_categoryFilter = new QComboBox(bar);
    m_categoryFilter->setObjectName(QStringLiteral("categoryFilter"));
    m_categoryFilter->setAccessibleName(tr("Filter by category"));
    m_areaFilter = new QComboBox(bar);
    m_areaFilter->setObjectName(QStringLiteral("areaFilter"));
    m_areaFilter->setAccessibleName(tr("Filter by area"));
    refreshFilterChoices();

    auto* add = new QToolButton(bar);
    add->setDefaultAction(m_newCase);
    add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto* remove = new QToolButton(bar);
    remove->setDefaultAction(m_deleteCase);
    remove->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 2);
    layout->addWidget(new QLabel(tr("Stage:"), bar));
    layout->addWidget(m_stageFilter);
    layout->addWidget(new QLabel(tr("Category:"), bar));
    layout->addWidget(m_categoryFilter);
    layout->addWidget(new QLabel(tr("Area:"), bar));
    layout->addWidget(m_areaFilter);
    layout->addStretch(1);
    layout->addWidget(add);
    layout->addWidget(remove);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &CaseFilterProxy::setText);
    connect(m_stageFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int stage = m_stageFilter->currentData().toInt();
        m_proxy->setStage(stage < 0 ? std::nullopt : std::optional<SaraStage>(SaraStage(stage)));
    });
    connect(m_categoryFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setCategory(m_categoryFilter->currentData().toString()); });
    connect(m_areaFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setAreaId(m_areaFilter->currentData().toLongLong()); });
}

void CasesPage::refreshFilterChoices()
{
    const QString category = m_categoryFilter->currentData().toString();
    const qint64 area = m_areaFilter->currentData().toLongLong();
    QSignalBlocker blockCategory(m_categoryFilter);
    QSignalBlocker blockArea(m_areaFilter);
    m_categoryFilter->clear();
    m_categoryFilter->addItem(tr("All categories"), QString());
    QSet<QString> categories;
    for (const ProblemCase& c : m_model->records())
        if (!c.category.isEmpty())
            categories.insert(c.category);
    QStringList sorted(categories.begin(), categories.end());
    sorted.sort(Qt::CaseInsensitive);
    for (const QString& c : sorted)
        m_categoryFilter->addItem(c, c);
    m_categoryFilter->setCurrentIndex(qMax(0, m_categoryFilter->findData(category)));

    m_areaFilter->clear();
    m_areaFilter->addItem(tr("All areas"), qint64(0));
    if (auto areas = AreaRepository(m_session.workspace()).list())
        for (const Area& a : areas.value())
            m_areaFilter->addItem(a.name, a.id);
    m_areaFilter->setCurrentIndex(qMax(0, m_areaFilter->findData(area)));
}

qint64 CasesPage::selectedId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(CaseTableModel::IdRole).toLongLong() : 0;
}

void CasesPage::selectCase(qint64 id)
{
    const int sourceRow = m_model->rowForId(id);
    if (sourceRow < 0)
        return;
    const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(sourceRow, CaseTableModel::Title));
    if (!proxyIndex.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(proxyIndex,
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(proxyIndex);
}

void CasesPage::onCurrentChanged()
{
    if (m_reselecting)
        return;
    const qint64 id = selectedId();
    m_deleteCase->setEnabled(id > 0);
    if (id == m_shownId)
        return;
    if (!settleUnsavedEdits()) {
        m_reselecting = true;
        selectCase(m_shownId);
        m_reselecting = false;
        return;
    }
    m_shownId = id;
    const int row = m_model->rowForId(id);
    m_editor->setCase(row >= 0 ? m_model->recordAt(row) : ProblemCase{});
    for (CaseTab* tab : m_extraTabs)
        tab->showCase(id);
}

void CasesPage::addCaseTab(CaseTab* tab, const QString& title, int index)
{
    m_extraTabs.append(tab);
    m_caseTabs->insertTab(index, tab, title);
    tab->showCase(m_shownId);
}

void CasesPage::refreshAfterChange()
{
    refreshFilterChoices();
    m_editor->refreshChoices();
    for (CaseTab* tab : m_extraTabs) {
        if (!tab->hasUnsavedEdits())
            tab->showCase(m_model->rowForId(m_shownId) >= 0 ? m_shownId : 0);
    }
    const int row = m_model->rowForId(m_shownId);
    if (row < 0) {
        m_shownId = 0;
        if (!m_editor->isDirty())
            m_editor->setCase(ProblemCase{});
        if (m_proxy->rowCount() > 0 && selectedId() == 0)
            m_view->selectRow(0);
        return;
    }
    // Unsaved edits stay in the form; saving them will report the conflict.
    if (!m_editor->isDirty() && m_model->recordAt(row).revision != m_editor->loaded().revision)
        m_editor->setCase(m_model->recordAt(row));
}

bool CasesPage::hasUnsavedEdits() const
{
    return m_editor->isDirty();
}

bool CasesPage::settleUnsavedEdits()
{
    for (CaseTab* tab : m_extraTabs) {
        if (tab->hasUnsavedEdits()) {
            const auto answer = QMessageBox::question(
                this, tr("Unsaved changes"),
                tr("The %1 page has changes that are not saved. Leave it anyway?").arg(m_caseTabs->tabText(
                    m_caseTabs->indexOf(tab))),
                QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer == QMessageBox::Cancel)
                return false;
        }
    }
    if (!m_editor->isDirty())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"), tr("Save your changes to \"%1\"?").arg(m_editor->loaded().title),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return saveEdits();
    m_editor->setCase(m_editor->loaded());
    return true;
}

void CasesPage::setConflictResolver(std::function<ConflictChoice(const ProblemCase&)> resolver)
{
    m_conflictResolver = std::move(resolver);
}

void CasesPage::setStageGateResolver(StageGateResolver resolver)
{
    m_stageGateResolver = std::move(resolver);
}

bool CasesPage::saveEdits()
{
    if (!m_editor->isDirty())
        return true;
    ProblemCase before = m_editor->loaded();
    ProblemCase after = m_editor->edited();
    if (Status valid = CaseRepository::validate(after); !valid) {
        QMessageBox::warning(this, tr("Cannot save"), valid.error().toString());
        return false;
    }
    auto stored = CaseRepository(m_session.workspace()).find(before.id);
    if (!stored) {
        QMessageBox::warning(this, tr("Cannot save"), stored.error().toString());
        return false;
    }
    if (stored->revision != before.revision) {
        switch (m_conflictResolver(stored.value())) {
        case ConflictChoice::Cancel: return false;
        case ConflictChoice::TakeTheirs: m_editor->setCase(stored.value()); return true;
        case ConflictChoice::KeepMine:
            before = stored.value();
            after.revision = stored->revision;
            break;
        }
    }
    if (after.stage != before.stage) {
        // A stage change goes through the gate: forward moves show the checklist and may need a reason.
        if (!moveCaseStage(m_session, before, after, m_stageGateResolver))
            return false;
    } else {
        m_session.push(new EditRecordCommand<CaseTraits>(m_session, before, after));
    }
    auto saved = CaseRepository(m_session.workspace()).find(before.id);
    if (saved && saved->revision != stored->revision) {
        m_editor->setCase(saved.value());
        return true;
    }
    return false;
}

qint64 CasesPage::addCase(const QString& title)
{
    if (!settleUnsavedEdits())
        return 0;
    ProblemCase c;
    c.title = title;
    c.openedOn = m_session.workspace().clock().today();
    auto* command = new AddRecordCommand<CaseTraits>(m_session, c);
    const qint64 id = m_session.push(command) ? command->recordId() : 0;
    if (id > 0) {
        m_proxy->setText({});
        m_search->clear();
        selectCase(id);
    }
    return id;
}

void CasesPage::deleteSelected()
{
    const qint64 id = selectedId();
    const int row = m_model->rowForId(id);
    if (row < 0)
        return;
    const ProblemCase c = m_model->recordAt(row);
    const auto answer = QMessageBox::question(this, tr("Delete case"),
                                              tr("Delete the case \"%1\"? You can undo this.").arg(c.title));
    if (answer != QMessageBox::Yes)
        return;
    m_editor->setCase(ProblemCase{});
    m_shownId = 0;
    m_session.push(new RemoveRecordCommand<CaseTraits>(m_session, c));
}

} // namespace proxima
