#include "ui/scan/ConcernsPage.h"

#include "ui/app/WorkspaceSession.h"
#include "ui/commands/ConcernCommands.h"
#include "ui/commands/ConcernTraits.h"
#include "ui/commands/RecordCommands.h"
#include "ui/models/ConcernFilterProxy.h"
#include "ui/models/ConcernTableModel.h"
#include "ui/scan/ConcernDialog.h"
#include "core/storage/repositories/CaseRepository.h"
#include "core/storage/repositories/ConcernRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace proxima {

ConcernsPage::ConcernsPage(WorkspaceSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    m_model = new ConcernTableModel(session, this);
    m_proxy = new ConcernFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    auto* bar = new QWidget(this);
    buildFilters(bar);

    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Concerns"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ConcernTableModel::RaisedOn, Qt::DescendingOrder);
    m_view->verticalHeader()->hide();
    m_view->setColumnWidth(ConcernTableModel::Text, 360);
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_view, &QTableView::doubleClicked, this, &ConcernsPage::editSelected);

    auto* add = new QPushButton(tr("&New Concern…"), this);
    auto* edit = new QPushButton(tr("&Edit…"), this);
    auto* remove = new QPushButton(tr("&Delete"), this);
    m_moveTarget = new QComboBox(this);
    m_moveTarget->setAccessibleName(tr("Case to move to"));
    auto* move = new QPushButton(tr("&Move to Case"), this);
    auto* split = new QPushButton(tr("&Split into New Case…"), this);
    split->setToolTip(tr("Creates a new case holding the selected concerns"));
    connect(add, &QPushButton::clicked, this, [this] { openEditor(Concern{}); });
    connect(edit, &QPushButton::clicked, this, &ConcernsPage::editSelected);
    connect(remove, &QPushButton::clicked, this, &ConcernsPage::deleteSelected);
    connect(move, &QPushButton::clicked, this,
            [this] { moveConcerns(selectedIds(), m_moveTarget->currentData().toLongLong()); });
    connect(split, &QPushButton::clicked, this, &ConcernsPage::splitSelected);
    auto* buttons = new QHBoxLayout;
    for (QWidget* w : std::initializer_list<QWidget*>{add, edit, remove})
        buttons->addWidget(w);
    buttons->addStretch();
    buttons->addWidget(new QLabel(tr("Selected:"), this));
    buttons->addWidget(m_moveTarget);
    buttons->addWidget(move);
    buttons->addWidget(split);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(&session, &WorkspaceSession::changed, this, [this](ChangeKind kind) {
        if (kind == ChangeKind::Concern || kind == ChangeKind::Case)
            refreshChoices();
    });
    connect(&session, &WorkspaceSession::manyChanged, this, &ConcernsPage::refreshChoices);
    refreshChoices();
}

void ConcernsPage::buildFilters(QWidget* bar)
{
    m_caseFilter = new QComboBox(bar);
    m_caseFilter->setAccessibleName(tr("Filter by case"));
    m_sourceFilter = new QComboBox(bar);
    m_sourceFilter->setAccessibleName(tr("Filter by source"));
    m_sourceFilter->addItem(tr("All sources"), -1);
    for (ConcernSource s : allConcernSources())
        m_sourceFilter->addItem(concernSourceLabel(s), int(s));
    m_categoryFilter = new QComboBox(bar);
    m_categoryFilter->setAccessibleName(tr("Filter by category"));
    m_severityFilter = new QComboBox(bar);
    m_severityFilter->setAccessibleName(tr("Filter by severity"));
    m_severityFilter->addItem(tr("Any severity"), 0);
    for (int s = 2; s <= 5; ++s)
        m_severityFilter->addItem(tr("%1 or more").arg(s), s);
    m_search = new QLineEdit(bar);
    m_search->setPlaceholderText(tr("Search concerns…"));
    m_search->setAccessibleName(tr("Search concerns"));
    m_search->setClearButtonEnabled(true);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* w : std::initializer_list<QWidget*>{m_caseFilter, m_sourceFilter, m_categoryFilter, m_severityFilter})
        layout->addWidget(w);
    layout->addWidget(m_search, 1);
    for (QComboBox* combo : {m_caseFilter, m_sourceFilter, m_categoryFilter, m_severityFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &ConcernsPage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, &ConcernsPage::applyFilters);
}

void ConcernsPage::refreshChoices()
{
    const QVariant caseChoice = m_caseFilter->currentData();
    const QString category = m_categoryFilter->currentData().toString();
    const qint64 target = m_moveTarget->currentData().toLongLong();
    const QSignalBlocker b1(m_caseFilter);
    const QSignalBlocker b2(m_categoryFilter);
    m_caseFilter->clear();
    m_caseFilter->addItem(tr("All cases"), qint64(-1));
    m_caseFilter->addItem(tr("Not in a case"), qint64(0));
    m_moveTarget->clear();
    m_moveTarget->addItem(tr("(out of its case)"), qint64(0));
    if (auto cases = CaseRepository(m_session.workspace()).list()) {
        for (const ProblemCase& c : cases.value()) {
            const QString label = QStringLiteral("%1 — %2").arg(c.id).arg(c.title);
            m_caseFilter->addItem(label, c.id);
            m_moveTarget->addItem(label, c.id);
        }
    }
    m_caseFilter->setCurrentIndex(qMax(0, m_caseFilter->findData(caseChoice)));
    m_moveTarget->setCurrentIndex(qMax(0, m_moveTarget->findData(target)));
    QSet<QString> categories;
    for (const Concern& k : m_model->records()) {
        if (!k.category.isEmpty())
            categories.insert(k.category);
    }
    QStringList sorted(categories.begin(), categories.end());
    sorted.sort(Qt::CaseInsensitive);
    m_categoryFilter->clear();
    m_categoryFilter->addItem(tr("All categories"), QString());
    for (const QString& c : std::as_const(sorted))
        m_categoryFilter->addItem(c, c);
    m_categoryFilter->setCurrentIndex(qMax(0, m_categoryFilter->findData(category)));
    applyFilters();
}

void ConcernsPage::applyFilters()
{
    const qint64 caseId = m_caseFilter->currentData().toLongLong();
    m_proxy->setCaseId(caseId < 0 ? std::nullopt : std::optional<qint64>(caseId));
    const int source = m_sourceFilter->currentData().toInt();
    m_proxy->setSource(source < 0 ? std::nullopt : std::optional<ConcernSource>(ConcernSource(source)));
    m_proxy->setCategory(m_categoryFilter->currentData().toString());
    m_proxy->setMinimumSeverity(m_severityFilter->currentData().toInt());
    m_proxy->setText(m_search->text());
}

QList<qint64> ConcernsPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        ids << index.data(ConcernTableModel::IdRole).toLongLong();
    return ids;
}

void ConcernsPage::selectConcern(qint64 id)
{
    const int row = m_model->rowForId(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

qint64 ConcernsPage::addConcern(const Concern& concern)
{
    auto* command = new AddRecordCommand<ConcernTraits>(m_session, concern);
    return m_session.push(command) ? command->recordId() : 0;
}

bool ConcernsPage::saveConcern(const Concern& concern)
{
    auto stored = ConcernRepository(m_session.workspace()).find(concern.id);
    if (!stored) {
        m_session.reportError(stored.error());
        return false;
    }
    if (stored->sameContent(concern))
        return true;
    return m_session.push(new EditRecordCommand<ConcernTraits>(m_session, stored.value(), concern));
}

void ConcernsPage::moveConcerns(const QList<qint64>& ids, qint64 caseId)
{
    if (!ids.isEmpty())
        m_session.push(new MoveConcernsCommand(m_session, ids, caseId));
}

qint64 ConcernsPage::splitIntoNewCase(const QList<qint64>& ids, const QString& title)
{
    if (ids.isEmpty() || title.trimmed().isEmpty())
        return 0;
    ProblemCase c;
    c.title = title.trimmed();
    // The new case takes its category and area from the first concern.
    if (auto first = ConcernRepository(m_session.workspace()).find(ids.first())) {
        c.category = first->category;
        c.areaId = first->areaId;
        c.location = first->place;
    }
    auto* command = new SplitCaseCommand(m_session, c, ids);
    return m_session.push(command) ? command->newCaseId() : 0;
}

void ConcernsPage::openEditor(const Concern& concern)
{
    auto* dialog = new ConcernDialog(m_session, concern, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Concern edited = dialog->concern();
        if (edited.id > 0)
            saveConcern(edited);
        else
            selectConcern(addConcern(edited));
    });
    dialog->open();
}

void ConcernsPage::editSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    if (auto stored = ConcernRepository(m_session.workspace()).find(ids.first()))
        openEditor(stored.value());
}

void ConcernsPage::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    m_session.beginMacro(tr("Delete %n concern(s)", nullptr, int(ids.size())));
    for (qint64 id : ids) {
        if (auto stored = ConcernRepository(m_session.workspace()).find(id))
            m_session.push(new RemoveRecordCommand<ConcernTraits>(m_session, stored.value()));
    }
    m_session.endMacro();
}

void ConcernsPage::splitSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    auto* ask = new QInputDialog(this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Split into New Case"));
    ask->setLabelText(tr("Title of the new case for the %n selected concern(s):", nullptr, int(ids.size())));
    connect(ask, &QInputDialog::textValueSelected, this,
            [this, ids](const QString& title) { splitIntoNewCase(ids, title); });
    ask->open();
}

} // namespace proxima
