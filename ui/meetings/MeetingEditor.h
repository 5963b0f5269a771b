#pragma once

#include "core/model/Meeting.h"
#include "core/model/Member.h"
#include "core/model/ProblemCase.h"

#include <QMultiHash>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimeEdit;

namespace proxima {

/// The form of one meeting: facts, attendees from the roster, agenda items (reorderable, each with its case,
/// notes and decision, and the actions agreed under it) and the minutes. Edits a working copy; the page saves it.
class MeetingEditor : public QWidget
{
    Q_OBJECT
public:
    explicit MeetingEditor(QWidget* parent = nullptr);

    /// The roster for the attendee checklist and the cases an item can be about.
    void setChoices(const QList<Member>& members, const QList<ProblemCase>& cases);
    /// Shows a meeting (as stored) and the actions agreed under its items (item id → line of text).
    void setMeeting(const Meeting& meeting, const QMultiHash<qint64, QString>& agreed);
    /// The meeting with the edits made so far.
    const Meeting& meeting() const { return m_meeting; }

    /// Index of the selected agenda item, -1 for none.
    int currentItem() const;
    void setCurrentItem(int index);
    /// Appends an item and selects it.
    void addItem(const QString& title);
    void removeItem(int index);
    /// Moves an item one place up (-1) or down (+1).
    void moveItem(int index, int step);

    QPushButton* agreeButton() const { return m_agree; }

signals:
    /// The working copy changed.
    void edited();

private:
    void fillItems();
    void showItem(int index);
    void itemFieldChanged();
    void readFacts();
    QString itemText(const MeetingItem& item, int index) const;

    Meeting m_meeting;
    QList<Member> m_members;
    QList<ProblemCase> m_cases;
    QMultiHash<qint64, QString> m_agreed;
    bool m_loading = false;
    QLineEdit* m_title;
    QDateEdit* m_date;
    QTimeEdit* m_time;
    QLineEdit* m_place;
    QListWidget* m_attendees;
    QListWidget* m_items;
    QLineEdit* m_itemTitle;
    QComboBox* m_itemCase;
    QPlainTextEdit* m_itemNotes;
    QPlainTextEdit* m_itemDecision;
    QListWidget* m_itemActions;
    QPushButton* m_agree;
    QPlainTextEdit* m_minutes;
};

} // namespace proxima
