#include "ui/scan/IncidentsPage.h"

#include "ui/app/WorkspaceSession.h"
#include "ui/commands/IncidentCommands.h"
#include "ui/models/IncidentTableModel.h"
#include "core/storage/repositories/AreaRepository.h"
#include "core/storage/repositories/CaseRepository.h"
#include "core/storage/repositories/IncidentQueries.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace proxima {
namespace {

// Date edits show "any" at their minimum: no bound.
const QDate NoDate(1900, 1, 1);

QDateEdit* makeDateEdit(QWidget* parent, const QString& name)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(NoDate);
    edit->setSpecialValueText(IncidentsPage::tr("any"));
    edit->setDate(NoDate);
    edit->setAccessibleName(name);
    return edit;
}

} // namespace

IncidentsPage::IncidentsPage(WorkspaceSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    m_model = new IncidentTableModel(session, this);
    m_category = new QComboBox(this);
    m_category->setAccessibleName(tr("Type"));
    m_area = new QComboBox(this);
    m_area->setAccessibleName(tr("Area"));
    m_from = makeDateEdit(this, tr("From"));
    m_to = makeDateEdit(this, tr("To"));
    m_text = new QLineEdit(this);
    m_text->setPlaceholderText(tr("Search address, reference, description…"));
    m_text->setAccessibleName(tr("Search"));
    m_text->setClearButtonEnabled(true);
    auto* importButton = new QPushButton(tr("&Import CSV…"), this);
    connect(importButton, &QPushButton::clicked, this, &IncidentsPage::importRequested);

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Type:"), this));
    filters->addWidget(m_category);
    filters->addWidget(new QLabel(tr("Area:"), this));
    filters->addWidget(m_area);
    filters->addWidget(new QLabel(tr("From:"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("To:"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_text, 1);
    filters->addWidget(importButton);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Incidents"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(IncidentTableModel::Date, Qt::AscendingOrder);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(IncidentTableModel::Address, 220);

    m_count = new QLabel(this);
    m_case = new QComboBox(this);
    m_case->setAccessibleName(tr("Case to pick for"));
    auto* pick = new QPushButton(tr("&Pick for Case"), this);
    pick->setToolTip(tr("Adds the selected incidents to the case's incident selection by hand"));
    connect(pick, &QPushButton::clicked, this, [this] { pickSelectedForCase(m_case->currentData().toLongLong()); });
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_case);
    bottom->addWidget(pick);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    auto* typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(300);
    connect(typing, &QTimer::timeout, this, &IncidentsPage::applyFilter);
    connect(m_text, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    for (QComboBox* combo : {m_category, m_area})
        connect(combo, &QComboBox::currentIndexChanged, this, &IncidentsPage::applyFilter);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &IncidentsPage::applyFilter);
    connect(m_model, &QAbstractItemModel::modelReset, this, &IncidentsPage::updateCount);
    connect(&session, &WorkspaceSession::changed, this, [this](ChangeKind kind) {
        if (kind == ChangeKind::Incident || kind == ChangeKind::Case)
            refreshChoices();
    });
    connect(&session, &WorkspaceSession::manyChanged, this, &IncidentsPage::refreshChoices);
    refreshChoices();
    updateCount();
}

void IncidentsPage::refreshChoices()
{
    const QString category = m_category->currentData().toString();
    const qint64 area = m_area->currentData().toLongLong();
    const qint64 caseId = m_case->currentData().toLongLong();
    const QSignalBlocker blockCategory(m_category);
    const QSignalBlocker blockArea(m_area);
    m_category->clear();
    m_category->addItem(tr("All"), QString());
    if (auto categories = IncidentQueries(m_session.workspace()).categories()) {
        for (const QString& c : categories.value())
            m_category->addItem(c, c);
    }
    m_category->setCurrentIndex(qMax(0, m_category->findData(category)));
    m_area->clear();
    m_area->addItem(tr("All"), qint64(0));
    if (auto areas = AreaRepository(m_session.workspace()).list()) {
        for (const Area& a : areas.value())
            m_area->addItem(a.name, a.id);
    }
    m_area->setCurrentIndex(qMax(0, m_area->findData(area)));
    m_case->clear();
    if (auto cases = CaseRepository(m_session.workspace()).list()) {
        for (const ProblemCase& c : cases.value())
            m_case->addItem(QStringLiteral("%1 — %2").arg(c.id).arg(c.title), c.id);
    }
    m_case->setCurrentIndex(qMax(0, m_case->findData(caseId)));
}

void IncidentsPage::applyFilter()
{
    IncidentFilter filter;
    filter.category = m_category->currentData().toString();
    filter.areaId = m_area->currentData().toLongLong();
    if (m_from->date() != NoDate)
        filter.from = m_from->date();
    if (m_to->date() != NoDate)
        filter.to = m_to->date();
    filter.text = m_text->text().trimmed();
    m_model->setFilter(filter);
}

void IncidentsPage::updateCount()
{
    m_count->setText(tr("%L1 incident(s)", nullptr, m_model->rowCount()).arg(m_model->rowCount()));
}

int IncidentsPage::pickSelectedForCase(qint64 caseId)
{
    if (caseId <= 0)
        return 0;
    QList<qint64> ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        ids << m_model->data(index, IncidentTableModel::IdRole).toLongLong();
    if (ids.isEmpty())
        return 0;
    m_session.push(new PickIncidentsCommand(m_session, caseId, ids, true));
    return int(ids.size());
}

} // namespace proxima
