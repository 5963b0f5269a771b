#include "ui/assess/AssessTab.h"

#include "ui/app/WorkspaceSession.h"
#include "ui/assess/AssessmentTexts.h"
#include "ui/assess/BeforeAfterChart.h"
#include "ui/assess/MeasureDialog.h"
#include "ui/assess/MeasureTableModel.h"
#include "ui/commands/AssessmentTraits.h"
#include "ui/commands/MeasureTraits.h"
#include "ui/commands/RecordCommands.h"
#include "core/storage/repositories/ActionRepository.h"
#include "core/storage/repositories/AreaRepository.h"
#include "core/storage/repositories/CaseRepository.h"
#include "core/storage/repositories/MeasureValues.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace proxima {
namespace {

QLabel* richLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}

QString describeAssessment(const CaseAssessment& a)
{
    return QCoreApplication::translate("AssessTab", "outcome: %1\nlesson: %2\nprocess notes: %3")
        .arg(a.outcome ? sara::outcomeLabel(*a.outcome) : QCoreApplication::translate("AssessTab", "not judged"),
             a.lesson, a.processNotes);
}

QString describeMeasure(const CaseMeasure& m)
{
    return QCoreApplication::translate("AssessTab", "%1\nbefore: %2, %n follow-up(s)", nullptr,
                                       int(m.followUps.size()))
        .arg(m.what, m.baselineValue ? formatMeasureNumber(*m.baselineValue) : QString());
}

} // namespace

AssessTab::AssessTab(WorkspaceSession& session, QWidget* parent) : CaseTab(parent), m_session(session)
{
    setObjectName(QStringLiteral("assessTab"));
    m_model = new MeasureTableModel(this);
    m_chart = new BeforeAfterChart(this);
    m_process = richLabel(this, QStringLiteral("processEvaluation"));

    auto* top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(buildMeasures());
    top->addWidget(m_chart);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 1);
    top->setSizes({500, 500});
    m_chart->setMinimumWidth(380);

    auto* processBox = new QGroupBox(tr("Process evaluation"), this);
    auto* processLayout = new QVBoxLayout(processBox);
    processLayout->addWidget(m_process);
    processLayout->addStretch(1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(processBox, 2);
    bottom->addWidget(buildOutcome(), 3);

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(top, 3);
    contentLayout->addLayout(bottom, 2);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(&session, &WorkspaceSession::changed, this, [this](ChangeKind kind) {
        if (kind == ChangeKind::Measure || kind == ChangeKind::Action ||
            kind == ChangeKind::Case)
            reload(false);
        else if (kind == ChangeKind::Assessment)
            reload(true);
    });
    m_conflictResolver = [this](const QString& what, const QString& theirs, const QString& mine) {
        return ConflictDialog::ask(this, what, theirs, mine);
    };
    showCase(0);
}

QWidget* AssessTab::buildMeasures()
{
    auto* box = new QWidget(this);
    m_heading = new QLabel(box);
    m_heading->setObjectName(QStringLiteral("assessHeading"));
    m_heading->setWordWrap(true);
    m_view = new QTableView(box);
    m_view->setObjectName(QStringLiteral("measureTable"));
    m_view->setAccessibleName(tr("Measures of the case"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(MeasureTableModel::What, QHeaderView::Stretch);
    m_view->setMinimumHeight(90);
    m_view->setMaximumHeight(150);
    m_addMeasure = new QPushButton(tr("&Add Measure..."), box);
    m_addMeasure->setObjectName(QStringLiteral("addMeasure"));
    m_editMeasure = new QPushButton(tr("&Edit..."), box);
    m_editMeasure->setObjectName(QStringLiteral("editMeasure"));
    m_removeMeasure = new QPushButton(tr("&Delete"), box);
    m_removeMeasure->setObjectName(QStringLiteral("removeMeasure"));
    m_figures = richLabel(box, QStringLiteral("measureFigures"));
    m_displacement = richLabel(box, QStringLiteral("displacementCheck"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_heading, 1);
    buttons->addWidget(m_addMeasure);
    buttons->addWidget(m_editMeasure);
    buttons->addWidget(m_removeMeasure);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view);
    layout->addWidget(m_figures);
    layout->addWidget(m_displacement);
    layout->addStretch(1);

    connect(m_addMeasure, &QPushButton::clicked, this, [this] {
        CaseMeasure fresh;
        fresh.caseId = m_caseId;
        if (auto c = CaseRepository(m_session.workspace()).find(m_caseId))
            fresh.areaId = c->areaId;
        auto areas = AreaRepository(m_session.workspace()).list();
        MeasureDialog dialog(fresh, areas ? areas.value() : QList<Area>{}, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        // The dialog accepts only a measure that reads; checked again so that a change there cannot throw here.
        if (auto edited = dialog.edited())
            addMeasure(edited.value());
        else
            m_session.reportError(edited.error());
    });
    connect(m_editMeasure, &QPushButton::clicked, this, &AssessTab::editSelected);
    connect(m_view, &QTableView::doubleClicked, this, &AssessTab::editSelected);
    connect(m_removeMeasure, &QPushButton::clicked, this, [this] {
        const CaseMeasure* m = storedMeasure(selectedMeasureId());
        if (m && QMessageBox::question(this, tr("Delete measure"),
                                       tr("Delete the measure \"%1\"? You can undo this.").arg(m->what)) ==
                     QMessageBox::Yes)
            removeMeasure(m->id);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AssessTab::showSelectedMeasure);
    return box;
}

QWidget* AssessTab::buildOutcome()
{
    auto* box = new QGroupBox(tr("Outcome"), this);
    m_outcome = new QComboBox(box);
    m_outcome->setObjectName(QStringLiteral("outcomeCombo"));
    m_outcome->setAccessibleName(tr("Outcome of the response"));
    m_outcome->addItem(tr("(not judged yet)"), QString());
    for (int i = 0; i <= int(sara::Outcome::GotWorse); ++i)
        m_outcome->addItem(sara::outcomeLabel(sara::Outcome(i)), sara::outcomeKey(sara::Outcome(i)));
    m_lesson = new QPlainTextEdit(box);
    m_lesson->setObjectName(QStringLiteral("lessonLearned"));
    m_lesson->setAccessibleName(tr("Lesson learned"));
    m_lesson->setTabChangesFocus(true);
    m_lesson->setPlaceholderText(tr("What would the committee do again, or differently?"));
    m_processNotes = new QPlainTextEdit(box);
    m_processNotes->setObjectName(QStringLiteral("processNotes"));
    m_processNotes->setAccessibleName(tr("Notes on how the plan was carried out"));
    m_processNotes->setTabChangesFocus(true);
    m_noMeasureReason = new QLineEdit(box);
    m_noMeasureReason->setObjectName(QStringLiteral("noMeasureReason"));
    m_noMeasureReason->setAccessibleName(tr("Why nothing was measured"));
    m_noMeasureReason->setPlaceholderText(tr("only when nothing could be measured"));
    for (QPlainTextEdit* edit : {m_lesson, m_processNotes})
        edit->setMaximumHeight(80);
    m_save = new QPushButton(tr("&Save Outcome"), box);
    m_save->setObjectName(QStringLiteral("saveAssessment"));
    m_revert = new QPushButton(tr("&Revert"), box);
    m_revert->setObjectName(QStringLiteral("revertAssessment"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto* form = new QFormLayout(box);
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("&Lesson learned:"), m_lesson);
    form->addRow(tr("&Process notes:"), m_processNotes);
    form->addRow(tr("No &measure because:"), m_noMeasureReason);
    form->addRow(buttons);

    connect(m_outcome, &QComboBox::currentIndexChanged, this, &AssessTab::updateDirty);
    connect(m_lesson, &QPlainTextEdit::textChanged, this, &AssessTab::updateDirty);
    connect(m_processNotes, &QPlainTextEdit::textChanged, this, &AssessTab::updateDirty);
    connect(m_noMeasureReason, &QLineEdit::textChanged, this, &AssessTab::updateDirty);
    connect(m_save, &QPushButton::clicked, this, &AssessTab::saveAssessment);
    connect(m_revert, &QPushButton::clicked, this, [this] { loadForm(m_loaded); });
    return box;
}

void AssessTab::showCase(qint64 caseId)
{
    const bool otherCase = caseId != m_caseId;
    m_caseId = caseId;
    reload(true);
    if (otherCase && m_model->rowCount() > 0)
        m_view->selectRow(0);
}

bool AssessTab::hasUnsavedEdits() const
{
    return m_caseId > 0 && !(editedAssessment() == m_loaded);
}

void AssessTab::reload(bool includingForm)
{
    Workspace& ws = m_session.workspace();
    const qint64 selected = selectedMeasureId();
    m_stored.clear();
    QList<CaseMeasure> resolved;
    if (m_caseId > 0) {
        auto measures = MeasureRepository(ws).listForCase(m_caseId);
        if (!measures)
            m_session.reportError(measures.error());
        else
            m_stored = measures.value();
        for (const CaseMeasure& m : std::as_const(m_stored)) {
            auto values = MeasureValues::resolve(ws, m);
            resolved.append(values ? values.value() : m);
        }
    }
    m_model->setMeasures(resolved);
    m_heading->setText(m_caseId > 0 ? tr("%n measure(s)", nullptr, int(resolved.size()))
                                    : tr("Select a case to assess it."));
    for (QWidget* w : std::initializer_list<QWidget*>{m_addMeasure, m_outcome, m_lesson, m_processNotes,
                                                      m_noMeasureReason})
        w->setEnabled(m_caseId > 0);
    if (selected > 0 && m_model->rowForId(selected) >= 0)
        selectMeasure(selected);
    else if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    showSelectedMeasure();
    showProcess();
    if (includingForm || !hasUnsavedEdits()) {
        CaseAssessment a;
        a.caseId = m_caseId;
        if (m_caseId > 0) {
            auto found = AssessmentRepository(ws).find(m_caseId);
            if (found)
                a = found.value();
        }
        loadForm(a);
    }
}

void AssessTab::loadForm(const CaseAssessment& a)
{
    m_loading = true;
    m_loaded = a;
    m_outcome->setCurrentIndex(qMax(0, m_outcome->findData(a.outcome ? sara::outcomeKey(*a.outcome) : QString())));
    m_lesson->setPlainText(a.lesson);
    m_processNotes->setPlainText(a.processNotes);
    m_noMeasureReason->setText(a.noMeasureReason);
    m_loading = false;
    updateDirty();
}

void AssessTab::updateDirty()
{
    if (m_loading)
        return;
    const bool dirty = hasUnsavedEdits();
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty);
}

CaseAssessment AssessTab::editedAssessment() const
{
    CaseAssessment a = m_loaded;
    a.caseId = m_caseId;
    a.outcome = sara::outcomeFromKey(m_outcome->currentData().toString());
    a.lesson = m_lesson->toPlainText().trimmed();
    a.processNotes = m_processNotes->toPlainText().trimmed();
    a.noMeasureReason = m_noMeasureReason->text().trimmed();
    return a;
}

bool AssessTab::saveAssessment()
{
    if (!hasUnsavedEdits())
        return true;
    CaseAssessment base = m_loaded;
    CaseAssessment target = editedAssessment();
    auto stored = AssessmentRepository(m_session.workspace()).find(m_caseId);
    if (!stored) {
        m_session.reportError(stored.error());
        return false;
    }
    if (stored->revision != base.revision) {
        switch (m_conflictResolver(tr("the outcome of this case"), describeAssessment(stored.value()),
                                   describeAssessment(target))) {
        case ConflictChoice::Cancel: return false;
        case ConflictChoice::TakeTheirs: loadForm(stored.value()); return true;
        case ConflictChoice::KeepMine:
            base = stored.value();
            target.revision = stored->revision;
            break;
        }
    }
    auto* command = new EditRecordCommand<AssessmentTraits>(m_session, base, target);
    return m_session.push(command);
}

const CaseMeasure* AssessTab::storedMeasure(qint64 id) const
{
    for (const CaseMeasure& m : m_stored) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

qint64 AssessTab::selectedMeasureId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(MeasureTableModel::IdRole).toLongLong() : 0;
}

void AssessTab::selectMeasure(qint64 measureId)
{
    const int row = m_model->rowForId(measureId);
    if (row >= 0)
        m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect |
                                                                              QItemSelectionModel::Rows);
}

void AssessTab::showSelectedMeasure()
{
    const int row = m_model->rowForId(selectedMeasureId());
    const CaseMeasure shown = row >= 0 ? m_model->recordAt(row) : CaseMeasure{};
    m_chart->setMeasure(shown);
    m_figures->setText(m_caseId > 0 && m_model->rowCount() == 0
                           ? tr("No measure yet: add what you count before and after the response.")
                           : measureFiguresHtml(shown));
    m_displacement->setText(displacementHtml(shown));
    m_editMeasure->setEnabled(row >= 0);
    m_removeMeasure->setEnabled(row >= 0);
}

void AssessTab::showProcess()
{
    if (m_caseId <= 0) {
        m_process->clear();
        return;
    }
    auto actions = ActionRepository(m_session.workspace()).listForCase(m_caseId);
    QList<sara::ActionProgress> progress;
    if (actions) {
        for (const ResponseAction& a : actions.value())
            progress.append({a.status, a.dueOn.isValid() ? std::optional<QDate>(a.dueOn) : std::nullopt});
    }
    m_process->setText(processHtml(sara::evaluateProcess(progress, m_session.workspace().clock().today())));
}

qint64 AssessTab::addMeasure(CaseMeasure measure)
{
    if (m_caseId <= 0)
        return 0;
    measure.caseId = m_caseId;
    auto* command = new AddRecordCommand<MeasureTraits>(m_session, measure);
    if (!m_session.push(command))
        return 0;
    selectMeasure(command->recordId());
    return command->recordId();
}

bool AssessTab::saveMeasure(const CaseMeasure& before, const CaseMeasure& after)
{
    if (Status valid = MeasureRepository::validate(after); !valid) {
        m_session.reportError(valid.error());
        return false;
    }
    auto stored = MeasureRepository(m_session.workspace()).find(before.id);
    if (!stored) {
        m_session.reportError(stored.error());
        return false;
    }
    CaseMeasure base = before;
    CaseMeasure target = after;
    if (stored->revision != before.revision) {
        const ConflictChoice choice = m_conflictResolver(tr("the measure \"%1\"").arg(stored->what),
                                                         describeMeasure(stored.value()), describeMeasure(after));
        if (choice != ConflictChoice::KeepMine) {
            reload(false);
            return false;
        }
        base = stored.value();
        target.revision = stored->revision;
    }
    auto* command = new EditRecordCommand<MeasureTraits>(m_session, base, target);
    return m_session.push(command);
}

bool AssessTab::removeMeasure(qint64 measureId)
{
    const CaseMeasure* m = storedMeasure(measureId);
    if (!m)
        return false;
    auto* command = new RemoveRecordCommand<MeasureTraits>(m_session, *m);
    return m_session.push(command);
}

void AssessTab::editSelected()
{
    const CaseMeasure* m = storedMeasure(selectedMeasureId());
    if (!m)
        return;
    const CaseMeasure before = *m;
    auto areas = AreaRepository(m_session.workspace()).list();
    MeasureDialog dialog(before, areas ? areas.value() : QList<Area>{}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto edited = dialog.edited())
        saveMeasure(before, edited.value());
    else
        m_session.reportError(edited.error());
}

void AssessTab::setConflictResolver(
    std::function<ConflictChoice(const QString&, const QString&, const QString&)> resolver)
{
    m_conflictResolver = std::move(resolver);
}

} // namespace proxima
