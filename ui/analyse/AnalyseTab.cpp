#include "ui/analyse/AnalyseTab.h"

#include "ui/analyse/AffectedGroupTableModel.h"
#include "ui/analyse/HypothesisTableModel.h"
#include "ui/analyse/TriangleDiagram.h"
#include "ui/app/WorkspaceSession.h"
#include "ui/commands/AnalysisTraits.h"
#include "ui/commands/RecordCommands.h"
#include "core/storage/repositories/CaseRepository.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace proxima {
namespace {

/// Edits a hypothesis status with a list of the three statuses.
class StatusDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* combo = new QComboBox(parent);
        combo->setAccessibleName(QCoreApplication::translate("AnalyseTab", "Hypothesis status"));
        for (HypothesisStatus status : hypothesisStatuses())
            combo->addItem(hypothesisStatusLabel(status), hypothesisStatusKey(status));
        return combo;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* combo = static_cast<QComboBox*>(editor);
        combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::EditRole))));
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        model->setData(index, static_cast<QComboBox*>(editor)->currentData(), Qt::EditRole);
    }
};

QTableView* makeTable(QAbstractItemModel* model, const QString& name, const QString& accessible, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessible);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::AnyKeyPressed);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(true);
    view->setMinimumHeight(140);
    return view;
}

} // namespace

AnalyseTab::AnalyseTab(WorkspaceSession& session, QWidget* parent) : CaseTab(parent), m_session(session)
{
    m_hypotheses = new HypothesisTableModel(session, this);
    m_groups = new AffectedGroupTableModel(session, this);

    auto* content = new QWidget;
    m_caption = new QLabel(content);
    m_caption->setWordWrap(true);
    auto* lists = new QHBoxLayout;
    lists->addWidget(buildHypothesisBox(), 3);
    lists->addWidget(buildGroupBox(), 2);
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(m_caption);
    layout->addWidget(buildTriangleBox());
    layout->addLayout(lists, 1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(&session, &WorkspaceSession::changed, this, [this](ChangeKind kind) {
        if (kind == AnalysisTraits::kind)
            reloadIfClean();
    });
    connect(&session, &WorkspaceSession::manyChanged, this, &AnalyseTab::reloadIfClean);
    showCase(0);
}

QWidget* AnalyseTab::buildTriangleBox()
{
    auto* box = new QGroupBox(tr("Problem analysis triangle"));
    m_diagram = new TriangleDiagram(box);
    m_diagram->setObjectName(QStringLiteral("triangleDiagram"));

    auto* grid = new QGridLayout;
    const QList<TriangleSide> inner{TriangleSide::Offender, TriangleSide::Victim, TriangleSide::Place};
    const QList<TriangleSide> outer{TriangleSide::Handler, TriangleSide::Guardian, TriangleSide::Manager};
    const QStringList hints{tr("Who causes the problem?"), tr("Who or what is harmed or targeted?"),
                            tr("Where does it happen?"), tr("Who has influence over the offender?"),
                            tr("Who could protect the victim or target?"), tr("Who is responsible for the place?")};
    for (int i = 0; i < 6; ++i) {
        const TriangleSide side = i < 3 ? inner.at(i) : outer.at(i - 3);
        auto* edit = new QPlainTextEdit(box);
        edit->setObjectName(QStringLiteral("side_%1").arg(triangleSideKey(side)));
        edit->setAccessibleName(triangleSideLabel(side));
        edit->setPlaceholderText(hints.at(i));
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().height() * 3 + 12);
        auto* label = new QLabel(QStringLiteral("&%1:").arg(triangleSideLabel(side)), box);
        label->setBuddy(edit);
        const int row = (i % 3) * 2;
        const int column = i < 3 ? 0 : 1;
        grid->addWidget(label, row, column);
        grid->addWidget(edit, row + 1, column);
        m_sideEdits.insert(side, edit);
        connect(edit, &QPlainTextEdit::textChanged, this, &AnalyseTab::markDirty);
    }
    m_notes = new QPlainTextEdit(box);
    m_notes->setObjectName(QStringLiteral("analysisNotes"));
    m_notes->setAccessibleName(tr("Analysis notes"));
    m_notes->setPlaceholderText(tr("What the data and the people say; what is still unknown"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().height() * 4 + 12);
    auto* notesLabel = new QLabel(tr("N&otes:"), box);
    notesLabel->setBuddy(m_notes);
    grid->addWidget(notesLabel, 6, 0, 1, 2);
    grid->addWidget(m_notes, 7, 0, 1, 2);

    m_save = new QPushButton(tr("&Save analysis"), box);
    m_save->setObjectName(QStringLiteral("analysisSave"));
    m_revert = new QPushButton(tr("Re&vert"), box);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_diagram);
    layout->addLayout(grid);
    layout->addLayout(buttons);

    connect(m_notes, &QPlainTextEdit::textChanged, this, &AnalyseTab::markDirty);
    connect(m_save, &QPushButton::clicked, this, &AnalyseTab::saveAnalysis);
    connect(m_revert, &QPushButton::clicked, this, [this] { load(m_loaded); });
    connect(m_diagram, &TriangleDiagram::sideActivated, this, [this](TriangleSide side) {
        if (QPlainTextEdit* edit = m_sideEdits.value(side))
            edit->setFocus(Qt::OtherFocusReason);
    });
    for (auto it = m_sideEdits.cbegin(); it != m_sideEdits.cend(); ++it) {
        const TriangleSide side = it.key();
        connect(it.value(), &QPlainTextEdit::cursorPositionChanged, this, [this, side] {
            if (!m_filling)
                m_diagram->setCurrentSide(side);
        });
    }
    return box;
}

QWidget* AnalyseTab::buildHypothesisBox()
{
    auto* box = new QGroupBox(tr("Hypotheses to check"));
    m_hypothesisView = makeTable(m_hypotheses, QStringLiteral("hypothesisTable"), tr("Hypotheses"), box);
    m_hypothesisView->setItemDelegateForColumn(HypothesisTableModel::Status, new StatusDelegate(m_hypothesisView));
    m_hypothesisView->setColumnWidth(HypothesisTableModel::Text, 260);
    m_hypothesisView->setColumnWidth(HypothesisTableModel::Status, 90);
    auto* add = new QPushButton(tr("Add h&ypothesis"), box);
    add->setObjectName(QStringLiteral("addHypothesis"));
    auto* remove = new QPushButton(tr("Remove"), box);
    remove->setObjectName(QStringLiteral("removeHypothesis"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_hypothesisView);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_hypotheses->addHypothesis(tr("New hypothesis"));
        if (row >= 0) {
            const QModelIndex index = m_hypotheses->index(row, HypothesisTableModel::Text);
            m_hypothesisView->setCurrentIndex(index);
            m_hypothesisView->edit(index);
        }
    });
    connect(remove, &QPushButton::clicked, this,
            [this] { m_hypotheses->removeRow(m_hypothesisView->currentIndex().row()); });
    return box;
}

QWidget* AnalyseTab::buildGroupBox()
{
    auto* box = new QGroupBox(tr("People and groups affected"));
    m_groupView = makeTable(m_groups, QStringLiteral("groupTable"), tr("People and groups affected"), box);
    m_groupView->setColumnWidth(AffectedGroupTableModel::Name, 180);
    auto* add = new QPushButton(tr("Add &group"), box);
    add->setObjectName(QStringLiteral("addGroup"));
    auto* remove = new QPushButton(tr("Remove"), box);
    remove->setObjectName(QStringLiteral("removeGroup"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_groupView);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_groups->addGroup(tr("New group"));
        if (row >= 0) {
            const QModelIndex index = m_groups->index(row, AffectedGroupTableModel::Name);
            m_groupView->setCurrentIndex(index);
            m_groupView->edit(index);
        }
    });
    connect(remove, &QPushButton::clicked, this, [this] { m_groups->removeRow(m_groupView->currentIndex().row()); });
    return box;
}

void AnalyseTab::showCase(qint64 caseId)
{
    m_caseId = caseId;
    m_hypotheses->setCaseId(caseId);
    m_groups->setCaseId(caseId);
    setEnabled(caseId > 0);
    CaseAnalysis analysis;
    analysis.caseId = caseId;
    if (caseId > 0) {
        if (auto problem = CaseRepository(m_session.workspace()).find(caseId))
            m_caption->setText(tr("<b>%1</b> — analysis").arg(problem->title.toHtmlEscaped()));
        auto found = AnalysisRepository(m_session.workspace()).find(caseId);
        if (found)
            analysis = found.value();
        else
            m_session.reportError(found.error());
    } else {
        m_caption->setText(tr("No case selected."));
    }
    load(analysis);
}

void AnalyseTab::load(const CaseAnalysis& analysis)
{
    m_loaded = analysis;
    m_filling = true;
    for (auto it = m_sideEdits.cbegin(); it != m_sideEdits.cend(); ++it) {
        if (it.value()->toPlainText() != analysis.side(it.key()))
            it.value()->setPlainText(analysis.side(it.key()));
    }
    if (m_notes->toPlainText() != analysis.notes)
        m_notes->setPlainText(analysis.notes);
    m_filling = false;
    m_diagram->setAnalysis(analysis);
    m_dirty = false;
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
}

CaseAnalysis AnalyseTab::edited() const
{
    CaseAnalysis a = m_loaded;
    for (auto it = m_sideEdits.cbegin(); it != m_sideEdits.cend(); ++it)
        a.setSide(it.key(), it.value()->toPlainText());
    a.notes = m_notes->toPlainText();
    return a;
}

void AnalyseTab::markDirty()
{
    if (m_filling)
        return;
    const CaseAnalysis current = edited();
    m_diagram->setAnalysis(current);
    m_dirty = m_caseId > 0 && !current.sameContent(m_loaded);
    m_save->setEnabled(m_dirty);
    m_revert->setEnabled(m_dirty);
}

bool AnalyseTab::saveAnalysis()
{
    if (!m_dirty || m_caseId <= 0)
        return false;
    const CaseAnalysis after = edited();
    m_session.push(new EditRecordCommand<AnalysisTraits>(m_session, m_loaded, after));
    auto stored = AnalysisRepository(m_session.workspace()).find(m_caseId);
    if (!stored || !stored->sameContent(after))
        return false;
    load(stored.value());
    return true;
}

void AnalyseTab::reloadIfClean()
{
    if (m_dirty)
        return;
    if (m_caseId > 0) {
        if (auto found = AnalysisRepository(m_session.workspace()).find(m_caseId))
            load(found.value());
    }
}

} // namespace proxima
