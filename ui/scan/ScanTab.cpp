#include "ui/scan/ScanTab.h"

#include "ui/app/WorkspaceSession.h"
#include "ui/commands/ConcernCommands.h"
#include "ui/commands/ConcernTraits.h"
#include "ui/commands/IncidentCommands.h"
#include "ui/commands/RecordCommands.h"
#include "ui/models/ConcernTableModel.h"
#include "ui/scan/ConcernDialog.h"
#include "core/storage/repositories/AreaRepository.h"
#include "core/storage/repositories/CaseRepository.h"
#include "core/storage/repositories/IncidentCaseRules.h"
#include "core/storage/repositories/IncidentQueries.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace proxima {
namespace {

const QDate NoDate(1900, 1, 1);

QDateEdit* makeDateEdit(QWidget* parent, const QString& name)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(NoDate);
    edit->setSpecialValueText(ScanTab::tr("any"));
    edit->setDate(NoDate);
    edit->setAccessibleName(name);
    return edit;
}

} // namespace

ScanTab::ScanTab(WorkspaceSession& session, QWidget* parent) : CaseTab(parent), m_session(session)
{
    m_concerns = new ConcernTableModel(session, this);
    m_concerns->setCaseScope(0);
    auto* concernsBox = new QGroupBox(tr("Concerns grouped in this case"), this);
    m_view = new QTableView(concernsBox);
    m_view->setModel(m_concerns);
    m_view->setAccessibleName(tr("Concerns of the case"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->hideColumn(ConcernTableModel::Case);
    m_view->setColumnWidth(ConcernTableModel::Text, 300);
    auto* add = new QPushButton(tr("&Add Concern…"), concernsBox);
    auto* edit = new QPushButton(tr("&Edit…"), concernsBox);
    m_moveTarget = new QComboBox(concernsBox);
    m_moveTarget->setAccessibleName(tr("Move the selected concerns to"));
    auto* move = new QPushButton(tr("&Move"), concernsBox);
    connect(add, &QPushButton::clicked, this, [this] {
        Concern k;
        k.caseId = m_caseId;
        auto* dialog = new ConcernDialog(m_session, k, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            m_session.push(new AddRecordCommand<ConcernTraits>(m_session, dialog->concern()));
        });
        dialog->open();
    });
    connect(edit, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (!current.isValid())
            return;
        const Concern before = m_concerns->recordAt(current.row());
        auto* dialog = new ConcernDialog(m_session, before, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, before] {
            const Concern after = dialog->concern();
            if (!after.sameContent(before))
                m_session.push(new EditRecordCommand<ConcernTraits>(m_session, before, after));
        });
        dialog->open();
    });
    connect(move, &QPushButton::clicked, this, [this] { moveSelected(m_moveTarget->currentData().toLongLong()); });
    auto* concernButtons = new QHBoxLayout;
    concernButtons->addWidget(add);
    concernButtons->addWidget(edit);
    concernButtons->addStretch();
    concernButtons->addWidget(new QLabel(tr("Move selected to:"), concernsBox));
    concernButtons->addWidget(m_moveTarget);
    concernButtons->addWidget(move);
    auto* concernsLayout = new QVBoxLayout(concernsBox);
    concernsLayout->addWidget(m_view, 1);
    concernsLayout->addLayout(concernButtons);

    auto* incidentsBox = new QGroupBox(tr("Incidents this case looks at"), this);
    m_area = new QComboBox(incidentsBox);
    m_area->setAccessibleName(tr("Area"));
    m_categories = new QListWidget(incidentsBox);
    m_categories->setAccessibleName(tr("Types"));
    m_categories->setMaximumHeight(120);
    m_from = makeDateEdit(incidentsBox, tr("From"));
    m_to = makeDateEdit(incidentsBox, tr("To"));
    m_count = new QLabel(incidentsBox);
    auto* save = new QPushButton(tr("Apply &Selection"), incidentsBox);
    connect(save, &QPushButton::clicked, this, &ScanTab::saveRule);
    auto* form = new QFormLayout(incidentsBox);
    form->addRow(tr("Area:"), m_area);
    form->addRow(tr("Types (none ticked = all):"), m_categories);
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("To:"), m_to);
    form->addRow(m_count, save);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(concernsBox, 3);
    layout->addWidget(incidentsBox, 2);

    connect(&session, &WorkspaceSession::changed, this, [this](ChangeKind kind) {
        if (kind == ChangeKind::CaseIncidents || kind == ChangeKind::Incident ||
            kind == ChangeKind::Case)
            refresh();
    });
    connect(&session, &WorkspaceSession::manyChanged, this, &ScanTab::refresh);
    setEnabled(false);
}

void ScanTab::showCase(qint64 caseId)
{
    m_caseId = caseId;
    m_concerns->setCaseScope(caseId > 0 ? caseId : -2); // -2: a scope no concern has, so the table is empty
    setEnabled(caseId > 0);
    refresh();
}

void ScanTab::refresh()
{
    m_concerns->reload();
    const qint64 target = m_moveTarget->currentData().toLongLong();
    m_moveTarget->clear();
    m_moveTarget->addItem(tr("(out of this case)"), qint64(0));
    if (auto cases = CaseRepository(m_session.workspace()).list()) {
        for (const ProblemCase& c : cases.value()) {
            if (c.id != m_caseId)
                m_moveTarget->addItem(QStringLiteral("%1 — %2").arg(c.id).arg(c.title), c.id);
        }
    }
    m_moveTarget->setCurrentIndex(qMax(0, m_moveTarget->findData(target)));
    m_area->clear();
    m_area->addItem(tr("All areas"), qint64(0));
    if (auto areas = AreaRepository(m_session.workspace()).list()) {
        for (const Area& a : areas.value())
            m_area->addItem(a.name, a.id);
    }
    m_categories->clear();
    if (auto categories = IncidentQueries(m_session.workspace()).categories()) {
        for (const QString& c : categories.value()) {
            auto* item = new QListWidgetItem(c, m_categories);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    refreshIncidents();
}

void ScanTab::refreshIncidents()
{
    IncidentCaseRules rules(m_session.workspace());
    m_loadedRule = CaseIncidentRule{};
    m_loadedRule.caseId = m_caseId;
    m_incidentCount = 0;
    if (m_caseId > 0) {
        if (auto rule = rules.rule(m_caseId))
            m_loadedRule = rule.value();
        if (auto count = IncidentQueries(m_session.workspace()).countForCase(m_caseId))
            m_incidentCount = count.value();
    }
    setRuleOnScreen(m_loadedRule);
    qint64 picked = 0;
    if (m_caseId > 0) {
        if (auto ids = rules.handPicked(m_caseId))
            picked = ids->size();
    }
    m_count->setText(m_loadedRule.revision == 0
                         ? tr("No selection yet: %L1 incident(s) picked by hand.").arg(picked)
                         : tr("%L1 incident(s), of which %L2 picked by hand.").arg(m_incidentCount).arg(picked));
}

void ScanTab::setRuleOnScreen(const CaseIncidentRule& rule)
{
    m_area->setCurrentIndex(qMax(0, m_area->findData(rule.areaId)));
    for (int i = 0; i < m_categories->count(); ++i) {
        QListWidgetItem* item = m_categories->item(i);
        item->setCheckState(rule.categories.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
    m_from->setDate(rule.from.isValid() ? rule.from : NoDate);
    m_to->setDate(rule.to.isValid() ? rule.to : NoDate);
}

CaseIncidentRule ScanTab::ruleOnScreen() const
{
    CaseIncidentRule rule;
    rule.caseId = m_caseId;
    rule.areaId = m_area->currentData().toLongLong();
    for (int i = 0; i < m_categories->count(); ++i) {
        if (m_categories->item(i)->checkState() == Qt::Checked)
            rule.categories << m_categories->item(i)->text();
    }
    if (m_from->date() != NoDate)
        rule.from = m_from->date();
    if (m_to->date() != NoDate)
        rule.to = m_to->date();
    rule.revision = m_loadedRule.revision;
    return rule;
}

void ScanTab::saveRule()
{
    if (m_caseId <= 0)
        return;
    const CaseIncidentRule after = ruleOnScreen();
    if (after == m_loadedRule)
        return;
    m_session.push(new SetIncidentRuleCommand(m_session, m_loadedRule, after));
}

QList<qint64> ScanTab::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        ids << m_concerns->recordAt(index.row()).id;
    return ids;
}

void ScanTab::moveSelected(qint64 caseId)
{
    const QList<qint64> ids = selectedIds();
    if (!ids.isEmpty() && caseId != m_caseId)
        m_session.push(new MoveConcernsCommand(m_session, ids, caseId));
}

} // namespace proxima
