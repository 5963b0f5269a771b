#include "ui/cases/CaseEditor.h"

#include "ui/app/WorkspaceSession.h"
#include "core/storage/repositories/AreaRepository.h"
#include "core/storage/repositories/CaseRepository.h"
#include "core/storage/repositories/MemberRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QVBoxLayout>

namespace proxima {

CaseEditor::CaseEditor(WorkspaceSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    m_title = new QLineEdit(this);
    m_title->setAccessibleName(tr("Problem title"));
    m_title->setObjectName(QStringLiteral("caseTitle"));
    m_stage = new QComboBox(this);
    m_stage->setAccessibleName(tr("SARA stage"));
    m_stage->setObjectName(QStringLiteral("caseStage"));
    for (SaraStage stage : allStages())
        m_stage->addItem(stageLabel(stage), int(stage));
    m_priority = new QSpinBox(this);
    m_priority->setRange(0, 999);
    m_priority->setSpecialValueText(tr("not ranked"));
    m_priority->setAccessibleName(tr("Priority"));
    m_priority->setObjectName(QStringLiteral("casePriority"));
    m_category = new QComboBox(this);
    m_category->setEditable(true);
    m_category->setAccessibleName(tr("Category"));
    m_category->setObjectName(QStringLiteral("caseCategory"));
    m_area = new QComboBox(this);
    m_area->setAccessibleName(tr("Area"));
    m_area->setObjectName(QStringLiteral("caseArea"));
    m_location = new QLineEdit(this);
    m_location->setPlaceholderText(tr("Street, square, landmark"));
    m_location->setAccessibleName(tr("Location"));
    m_lead = new QComboBox(this);
    m_lead->setAccessibleName(tr("Lead officer"));
    m_opened = new QDateEdit(this);
    m_opened->setCalendarPopup(true);
    m_opened->setAccessibleName(tr("Opened on"));
    m_description = new QPlainTextEdit(this);
    m_description->setAccessibleName(tr("Description"));
    m_description->setObjectName(QStringLiteral("caseDescription"));
    m_description->setTabChangesFocus(true);
    m_updated = new QLabel(this);
    m_updated->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->addRow(tr("&Problem:"), m_title);
    form->addRow(tr("S&tage:"), m_stage);
    form->addRow(tr("P&riority:"), m_priority);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Area:"), m_area);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("Lead &officer:"), m_lead);
    form->addRow(tr("Opened o&n:"), m_opened);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Last saved:"), m_updated);

    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("caseSave"));
    m_save->setToolTip(tr("Save the changes to this case (Ctrl+S)"));
    m_revert = new QPushButton(tr("Re&vert"), this);
    m_revert->setToolTip(tr("Discard the changes made in this form"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(m_title, &QLineEdit::textEdited, this, &CaseEditor::markDirty);
    connect(m_location, &QLineEdit::textEdited, this, &CaseEditor::markDirty);
    connect(m_description, &QPlainTextEdit::textChanged, this, &CaseEditor::markDirty);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &CaseEditor::markDirty);
    connect(m_area, &QComboBox::currentIndexChanged, this, &CaseEditor::markDirty);
    connect(m_lead, &QComboBox::currentIndexChanged, this, &CaseEditor::markDirty);
    connect(m_category, &QComboBox::currentTextChanged, this, &CaseEditor::markDirty);
    connect(m_priority, &QSpinBox::valueChanged, this, &CaseEditor::markDirty);
    connect(m_opened, &QDateEdit::dateChanged, this, &CaseEditor::markDirty);
    connect(m_save, &QPushButton::clicked, this, &CaseEditor::saveRequested);
    connect(m_revert, &QPushButton::clicked, this, [this] { setCase(m_loaded); });

    refreshChoices();
    setCase(ProblemCase{});
}

void CaseEditor::refreshChoices()
{
    const bool wasFilling = m_filling;
    m_filling = true;
    const qint64 area = m_area->currentData().toLongLong();
    const qint64 lead = m_lead->currentData().toLongLong();
    const QString category = m_category->currentText();

    m_area->clear();
    m_area->addItem(tr("(no area)"), qint64(0));
    if (auto areas = AreaRepository(m_session.workspace()).list())
        for (const Area& a : areas.value())
            m_area->addItem(a.name, a.id);
    m_lead->clear();
    m_lead->addItem(tr("(nobody yet)"), qint64(0));
    if (auto members = MemberRepository(m_session.workspace()).list())
        for (const Member& m : members.value())
            m_lead->addItem(QStringLiteral("%1 — %2").arg(m.name, sectorLabel(m.sector)), m.id);
    QSet<QString> categories;
    if (auto cases = CaseRepository(m_session.workspace()).list())
        for (const ProblemCase& c : cases.value())
            if (!c.category.isEmpty())
                categories.insert(c.category);
    QStringList sorted(categories.begin(), categories.end());
    sorted.sort(Qt::CaseInsensitive);
    m_category->clear();
    m_category->addItems(sorted);

    m_area->setCurrentIndex(qMax(0, m_area->findData(area)));
    m_lead->setCurrentIndex(qMax(0, m_lead->findData(lead)));
    m_category->setCurrentText(category);
    m_filling = wasFilling;
}

void CaseEditor::setCase(const ProblemCase& problem)
{
    m_filling = true;
    m_loaded = problem;
    const bool hasCase = problem.id > 0;
    m_title->setText(problem.title);
    m_stage->setCurrentIndex(m_stage->findData(int(problem.stage)));
    m_priority->setValue(problem.priority);
    m_category->setCurrentText(problem.category);
    m_area->setCurrentIndex(qMax(0, m_area->findData(problem.areaId)));
    m_location->setText(problem.location);
    m_lead->setCurrentIndex(qMax(0, m_lead->findData(problem.leadMemberId)));
    m_opened->setDate(problem.openedOn.isValid() ? problem.openedOn : QDate::currentDate());
    m_description->setPlainText(problem.description);
    m_updated->setText(hasCase ? tr("%1 (revision %2)")
                                     .arg(QLocale().toString(problem.updatedAt.toLocalTime(), QLocale::ShortFormat))
                                     .arg(problem.revision)
                               : QString());
    setEnabled(hasCase);
    m_filling = false;
    setDirty(false);
}

ProblemCase CaseEditor::edited() const
{
    ProblemCase c = m_loaded;
    c.title = m_title->text().trimmed();
    c.stage = SaraStage(m_stage->currentData().toInt());
    c.priority = m_priority->value();
    c.category = m_category->currentText().trimmed();
    c.areaId = m_area->currentData().toLongLong();
    c.location = m_location->text().trimmed();
    c.leadMemberId = m_lead->currentData().toLongLong();
    c.openedOn = m_opened->date();
    c.description = m_description->toPlainText();
    return c;
}

void CaseEditor::markDirty()
{
    if (m_filling)
        return;
    setDirty(!edited().sameContent(m_loaded));
}

void CaseEditor::setDirty(bool dirty)
{
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty);
    if (dirty == m_dirty)
        return;
    m_dirty = dirty;
    emit dirtyChanged(dirty);
}

} // namespace proxima
