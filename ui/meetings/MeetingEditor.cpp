#include "ui/meetings/MeetingEditor.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace proxima {

namespace {
const QTime NoTime(0, 0);   // the time edit's minimum, shown as "not set"
}

MeetingEditor::MeetingEditor(QWidget* parent) : QWidget(parent)
{
    auto named = [](QWidget* widget, const char* object, const QString& accessible) {
        widget->setObjectName(QString::fromLatin1(object));
        widget->setAccessibleName(accessible);
    };
    m_title = new QLineEdit(this);
    named(m_title, "meetingTitle", tr("Meeting title"));
    m_date = new QDateEdit(this);
    m_date->setCalendarPopup(true);
    named(m_date, "meetingDate", tr("Date"));
    m_time = new QTimeEdit(this);
    m_time->setMinimumTime(NoTime);
    m_time->setSpecialValueText(tr("not set"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    named(m_time, "meetingTime", tr("Time"));
    m_place = new QLineEdit(this);
    named(m_place, "meetingPlace", tr("Place"));
    m_attendees = new QListWidget(this);
    named(m_attendees, "meetingAttendees", tr("Attendees"));
    m_minutes = new QPlainTextEdit(this);
    named(m_minutes, "meetingMinutes", tr("Minutes"));
    m_minutes->setPlaceholderText(tr("General notes of the meeting; a blank line starts a new paragraph."));

    auto* details = new QWidget(this);
    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("T&ime:"), m_time);
    form->addRow(tr("&Place:"), m_place);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->addLayout(form);
    detailsLayout->addWidget(new QLabel(tr("Attendees (tick who was present):"), details));
    detailsLayout->addWidget(m_attendees, 1);

    m_items = new QListWidget(this);
    named(m_items, "meetingItems", tr("Agenda items"));
    auto* add = new QPushButton(tr("&Add Item"), this);
    auto* remove = new QPushButton(tr("&Remove"), this);
    auto* up = new QPushButton(tr("Move &Up"), this);
    auto* down = new QPushButton(tr("Move &Down"), this);
    connect(add, &QPushButton::clicked, this, [this] { addItem(tr("New item")); });
    connect(remove, &QPushButton::clicked, this, [this] { removeItem(currentItem()); });
    connect(up, &QPushButton::clicked, this, [this] { moveItem(currentItem(), -1); });
    connect(down, &QPushButton::clicked, this, [this] { moveItem(currentItem(), 1); });
    m_itemTitle = new QLineEdit(this);
    named(m_itemTitle, "itemTitle", tr("Item title"));
    m_itemCase = new QComboBox(this);
    named(m_itemCase, "itemCase", tr("Case discussed"));
    m_itemNotes = new QPlainTextEdit(this);
    named(m_itemNotes, "itemNotes", tr("Notes"));
    m_itemDecision = new QPlainTextEdit(this);
    named(m_itemDecision, "itemDecision", tr("Decision"));
    m_itemActions = new QListWidget(this);
    named(m_itemActions, "itemActions", tr("Actions agreed under this item"));
    m_itemActions->setMaximumHeight(90);
    m_agree = new QPushButton(tr("New &Action from Item..."), this);
    m_agree->setObjectName(QStringLiteral("agreeAction"));
    m_agree->setToolTip(tr("Creates an action on the item's case and records it as agreed at this meeting"));

    auto* agenda = new QWidget(this);
    auto* itemButtons = new QHBoxLayout;
    for (QPushButton* button : {add, remove, up, down})
        itemButtons->addWidget(button);
    auto* itemForm = new QFormLayout;
    itemForm->addRow(tr("Ti&tle:"), m_itemTitle);
    itemForm->addRow(tr("&Case:"), m_itemCase);
    itemForm->addRow(tr("&Notes:"), m_itemNotes);
    itemForm->addRow(tr("D&ecision:"), m_itemDecision);
    itemForm->addRow(tr("Actions agreed:"), m_itemActions);
    itemForm->addRow(QString(), m_agree);
    auto* agendaLayout = new QVBoxLayout(agenda);
    agendaLayout->addWidget(m_items, 1);
    agendaLayout->addLayout(itemButtons);
    agendaLayout->addLayout(itemForm, 2);

    auto* tabs = new QTabWidget(this);
    tabs->addTab(details, tr("Meeting"));
    tabs->addTab(agenda, tr("Agenda and Decisions"));
    tabs->addTab(m_minutes, tr("Minutes"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs);

    connect(m_title, &QLineEdit::textEdited, this, &MeetingEditor::readFacts);
    connect(m_place, &QLineEdit::textEdited, this, &MeetingEditor::readFacts);
    connect(m_date, &QDateEdit::dateChanged, this, &MeetingEditor::readFacts);
    connect(m_time, &QTimeEdit::timeChanged, this, &MeetingEditor::readFacts);
    connect(m_minutes, &QPlainTextEdit::textChanged, this, &MeetingEditor::readFacts);
    connect(m_attendees, &QListWidget::itemChanged, this, &MeetingEditor::readFacts);
    connect(m_items, &QListWidget::currentRowChanged, this, &MeetingEditor::showItem);
    connect(m_itemTitle, &QLineEdit::textEdited, this, &MeetingEditor::itemFieldChanged);
    connect(m_itemCase, &QComboBox::currentIndexChanged, this, &MeetingEditor::itemFieldChanged);
    connect(m_itemNotes, &QPlainTextEdit::textChanged, this, &MeetingEditor::itemFieldChanged);
    connect(m_itemDecision, &QPlainTextEdit::textChanged, this, &MeetingEditor::itemFieldChanged);
    setEnabled(false);
}

void MeetingEditor::setChoices(const QList<Member>& members, const QList<ProblemCase>& cases)
{
    m_members = members;
    m_cases = cases;
    m_loading = true;
    m_itemCase->clear();
    m_itemCase->addItem(tr("(no case)"), qint64(0));
    for (const ProblemCase& c : cases)
        m_itemCase->addItem(c.priority > 0 ? tr("%1. %2").arg(c.priority).arg(c.title) : c.title, c.id);
    m_loading = false;
}

void MeetingEditor::setMeeting(const Meeting& meeting, const QMultiHash<qint64, QString>& agreed)
{
    const int item = currentItem();
    const bool same = meeting.id == m_meeting.id;
    m_meeting = meeting;
    m_agreed = agreed;
    m_loading = true;
    setEnabled(meeting.id != 0);
    m_title->setText(meeting.title);
    m_date->setDate(meeting.heldOn.isValid() ? meeting.heldOn : QDate::currentDate());
    m_time->setTime(meeting.startsAt.isValid() ? meeting.startsAt : NoTime);
    m_place->setText(meeting.place);
    m_minutes->setPlainText(meeting.minutes);
    m_attendees->clear();
    for (const Member& member : m_members) {
        auto* entry = new QListWidgetItem(member.organisation.isEmpty()
                                              ? member.name
                                              : tr("%1 (%2)").arg(member.name, member.organisation),
                                          m_attendees);
        entry->setData(Qt::UserRole, member.id);
        entry->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        entry->setCheckState(meeting.attendeeIds.contains(member.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_loading = false;
    fillItems();
    setCurrentItem(same ? qMin(item, int(m_meeting.items.size()) - 1) : (m_meeting.items.isEmpty() ? -1 : 0));
    showItem(currentItem());
}

QString MeetingEditor::itemText(const MeetingItem& item, int index) const
{
    return tr("%1. %2").arg(index + 1).arg(item.title);
}

void MeetingEditor::fillItems()
{
    m_loading = true;
    const int current = m_items->currentRow();
    m_items->clear();
    for (int i = 0; i < m_meeting.items.size(); ++i)
        m_items->addItem(itemText(m_meeting.items[i], i));
    m_items->setCurrentRow(qMin(current, int(m_items->count()) - 1));
    m_loading = false;
}

int MeetingEditor::currentItem() const
{
    return m_items->currentRow();
}

void MeetingEditor::setCurrentItem(int index)
{
    m_items->setCurrentRow(index);
}

void MeetingEditor::showItem(int index)
{
    const bool valid = index >= 0 && index < m_meeting.items.size();
    m_loading = true;
    const MeetingItem item = valid ? m_meeting.items[index] : MeetingItem{};
    m_itemTitle->setText(item.title);
    m_itemCase->setCurrentIndex(qMax(0, m_itemCase->findData(item.caseId)));
    m_itemNotes->setPlainText(item.notes);
    m_itemDecision->setPlainText(item.decision);
    m_itemActions->clear();
    if (valid && item.id != 0)
        m_itemActions->addItems(m_agreed.values(item.id));
    for (QWidget* widget : std::initializer_list<QWidget*>{m_itemTitle, m_itemCase, m_itemNotes, m_itemDecision})
        widget->setEnabled(valid);
    m_agree->setEnabled(valid && item.caseId != 0);
    m_loading = false;
}

void MeetingEditor::itemFieldChanged()
{
    const int index = currentItem();
    if (m_loading || index < 0 || index >= m_meeting.items.size())
        return;
    MeetingItem& item = m_meeting.items[index];
    item.title = m_itemTitle->text();
    item.caseId = m_itemCase->currentData().toLongLong();
    item.notes = m_itemNotes->toPlainText();
    item.decision = m_itemDecision->toPlainText();
    m_items->item(index)->setText(itemText(item, index));
    m_agree->setEnabled(item.caseId != 0);
    emit edited();
}

void MeetingEditor::readFacts()
{
    if (m_loading)
        return;
    m_meeting.title = m_title->text();
    m_meeting.heldOn = m_date->date();
    m_meeting.startsAt = m_time->time() == NoTime ? QTime() : m_time->time();
    m_meeting.place = m_place->text();
    m_meeting.minutes = m_minutes->toPlainText();
    m_meeting.attendeeIds.clear();
    for (int row = 0; row < m_attendees->count(); ++row) {
        if (m_attendees->item(row)->checkState() == Qt::Checked)
            m_meeting.attendeeIds << m_attendees->item(row)->data(Qt::UserRole).toLongLong();
    }
    emit edited();
}

void MeetingEditor::addItem(const QString& title)
{
    m_meeting.items << MeetingItem{0, title, 0, {}, {}};
    fillItems();
    setCurrentItem(int(m_meeting.items.size()) - 1);
    emit edited();
}

void MeetingEditor::removeItem(int index)
{
    if (index < 0 || index >= m_meeting.items.size())
        return;
    m_meeting.items.removeAt(index);
    fillItems();
    setCurrentItem(qMin(index, int(m_meeting.items.size()) - 1));
    emit edited();
}

void MeetingEditor::moveItem(int index, int step)
{
    const int target = index + step;
    if (index < 0 || target < 0 || index >= m_meeting.items.size() || target >= m_meeting.items.size())
        return;
    m_meeting.items.move(index, target);
    fillItems();
    setCurrentItem(target);
    emit edited();
}

} // namespace proxima
