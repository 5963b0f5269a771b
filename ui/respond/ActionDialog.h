#pragma once

#include "core/model/Member.h"
#include "core/model/ResponseAction.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace proxima {

/// Edits every field of one action: what, why, triangle side, chain phase, lead, dates, status, resources,
/// success measure, partners with their role, and the referral to a non-police service.
class ActionDialog : public QDialog
{
    Q_OBJECT
public:
    /// members: the roster, offered as lead and as partners' representatives.
    ActionDialog(const ResponseAction& action, const QList<Member>& members, QWidget* parent = nullptr);

    /// The action as edited (id, case, position and revision kept from the one given).
    ResponseAction action() const;
    /// Appends a partner row (also used by the "Add partner" button with an empty partner).
    void addPartnerRow(const ActionPartner& partner);
    /// Removes the selected partner row.
    void removeSelectedPartner();
    QTableWidget* partnersTable() const { return m_partners; }

    void accept() override;

private:
    QWidget* buildPlanFields();
    QWidget* buildPartnersAndReferral();
    QDateEdit* dateEdit(const QDate& date, const QString& name);
    QComboBox* memberCombo(qint64 selected) const;

    ResponseAction m_original;
    QList<Member> m_members;
    QLineEdit* m_title;
    QPlainTextEdit* m_rationale;
    QComboBox* m_side;
    QComboBox* m_phase;
    QComboBox* m_leadMember;
    QLineEdit* m_leadOrganisation;
    QDateEdit* m_start;
    QDateEdit* m_due;
    QComboBox* m_status;
    QDoubleSpinBox* m_policeHours;
    QDoubleSpinBox* m_volunteerHours;
    QDoubleSpinBox* m_euros;
    QLineEdit* m_successMeasure;
    QTableWidget* m_partners;
    QGroupBox* m_referral;
    QLineEdit* m_referralService;
    QDateEdit* m_referredOn;
    QPlainTextEdit* m_referralAnswer;
    QLabel* m_error;
};

} // namespace proxima
