#include "ui/respond/ActionDialog.h"

#include "core/storage/repositories/ActionRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace proxima {
namespace {

// A date edit cannot be empty: its minimum stands for "no date" and shows as such.
const QDate NoDate(2000, 1, 1);

QDate dateOf(const QDateEdit* edit)
{
    return edit->date() == NoDate ? QDate() : edit->date();
}

enum PartnerColumn { Organisation, Role, Representative };

} // namespace

ActionDialog::ActionDialog(const ResponseAction& action, const QList<Member>& members, QWidget* parent)
    : QDialog(parent), m_original(action), m_members(members)
{
    setWindowTitle(action.id > 0 ? tr("Edit action") : tr("New action"));
    auto* tabs = new QTabWidget(this);
    tabs->addTab(buildPlanFields(), tr("&Plan"));
    tabs->addTab(buildPartnersAndReferral(), tr("Partners and &referral"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("actionError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ActionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ActionDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(620, 560);
}

QDateEdit* ActionDialog::dateEdit(const QDate& date, const QString& name)
{
    auto* edit = new QDateEdit(this);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(NoDate);
    edit->setSpecialValueText(tr("no date"));
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setDate(date.isValid() ? date : NoDate);
    return edit;
}

QComboBox* ActionDialog::memberCombo(qint64 selected) const
{
    auto* combo = new QComboBox;
    combo->addItem(tr("(none)"), qint64(0));
    for (const Member& m : m_members)
        combo->addItem(m.organisation.isEmpty() ? m.name : QStringLiteral("%1 — %2").arg(m.name, m.organisation),
                       m.id);
    combo->setCurrentIndex(qMax(0, combo->findData(selected)));
    return combo;
}

QWidget* ActionDialog::buildPlanFields()
{
    auto* page = new QWidget(this);
    const ResponseAction& a = m_original;
    m_title = new QLineEdit(a.title, page);
    m_title->setObjectName(QStringLiteral("actionTitle"));
    m_rationale = new QPlainTextEdit(a.rationale, page);
    m_rationale->setObjectName(QStringLiteral("actionRationale"));
    m_rationale->setTabChangesFocus(true);
    m_rationale->setMaximumHeight(70);
    m_side = new QComboBox(page);
    m_side->setObjectName(QStringLiteral("actionSide"));
    m_side->addItem(tr("(not set)"), int(TriangleSide::None));
    for (TriangleSide side : triangleSides())
        m_side->addItem(triangleSideLabel(side), int(side));
    m_side->setCurrentIndex(qMax(0, m_side->findData(int(a.side))));
    m_phase = new QComboBox(page);
    m_phase->setObjectName(QStringLiteral("actionPhase"));
    m_phase->addItem(tr("(not set)"), int(ChainPhase::None));
    for (ChainPhase phase : chainPhases())
        m_phase->addItem(chainPhaseLabel(phase), int(phase));
    m_phase->setCurrentIndex(qMax(0, m_phase->findData(int(a.phase))));
    m_leadMember = memberCombo(a.leadMemberId);
    m_leadMember->setParent(page);
    m_leadMember->setObjectName(QStringLiteral("actionLeadMember"));
    m_leadOrganisation = new QLineEdit(a.leadOrganisation, page);
    m_leadOrganisation->setObjectName(QStringLiteral("actionLeadOrganisation"));
    m_start = dateEdit(a.startOn, QStringLiteral("actionStart"));
    m_due = dateEdit(a.dueOn, QStringLiteral("actionDue"));
    m_status = new QComboBox(page);
    m_status->setObjectName(QStringLiteral("actionStatus"));
    for (ActionStatus status : allActionStatuses())
        m_status->addItem(actionStatusLabel(status), int(status));
    m_status->setCurrentIndex(qMax(0, m_status->findData(int(a.status))));
    auto spin = [page](double value, const QString& suffix, const QString& name, double maximum) {
        auto* box = new QDoubleSpinBox(page);
        box->setObjectName(name);
        box->setRange(0, maximum);
        box->setDecimals(suffix == QStringLiteral(" €") ? 0 : 1);
        box->setSuffix(suffix);
        box->setValue(value);
        return box;
    };
    m_policeHours = spin(a.policeHours, tr(" h"), QStringLiteral("actionPoliceHours"), 100000);
    m_volunteerHours = spin(a.volunteerHours, tr(" h"), QStringLiteral("actionVolunteerHours"), 100000);
    m_euros = spin(a.euros, QStringLiteral(" €"), QStringLiteral("actionEuros"), 100000000);
    m_successMeasure = new QLineEdit(a.successMeasure, page);
    m_successMeasure->setObjectName(QStringLiteral("actionSuccessMeasure"));

    auto* dates = new QHBoxLayout;
    dates->addWidget(m_start);
    dates->addWidget(new QLabel(tr("due"), page));
    dates->addWidget(m_due);
    auto* resources = new QHBoxLayout;
    resources->addWidget(new QLabel(tr("Police"), page));
    resources->addWidget(m_policeHours);
    resources->addWidget(new QLabel(tr("Volunteers"), page));
    resources->addWidget(m_volunteerHours);
    resources->addWidget(new QLabel(tr("Money"), page));
    resources->addWidget(m_euros);

    auto* form = new QFormLayout(page);
    form->addRow(tr("&What:"), m_title);
    form->addRow(tr("W&hy:"), m_rationale);
    form->addRow(tr("Triangle &side:"), m_side);
    form->addRow(tr("Chain p&hase:"), m_phase);
    form->addRow(tr("&Lead member:"), m_leadMember);
    form->addRow(tr("Lead &organisation:"), m_leadOrganisation);
    form->addRow(tr("S&tart:"), dates);
    form->addRow(tr("St&atus:"), m_status);
    form->addRow(tr("Resources:"), resources);
    form->addRow(tr("Su&ccess measure:"), m_successMeasure);
    m_title->setAccessibleName(tr("What is done"));
    m_rationale->setAccessibleName(tr("Why: what it changes in the problem"));
    m_start->setAccessibleName(tr("Start date"));
    m_due->setAccessibleName(tr("Due date"));
    m_policeHours->setAccessibleName(tr("Police hours"));
    m_volunteerHours->setAccessibleName(tr("Volunteer hours"));
    m_euros->setAccessibleName(tr("Euros"));
    return page;
}

QWidget* ActionDialog::buildPartnersAndReferral()
{
    auto* page = new QWidget(this);
    m_partners = new QTableWidget(0, 3, page);
    m_partners->setObjectName(QStringLiteral("actionPartners"));
    m_partners->setAccessibleName(tr("Partners of the action"));
    m_partners->setHorizontalHeaderLabels({tr("Organisation"), tr("Role"), tr("Represented by")});
    m_partners->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_partners->verticalHeader()->hide();
    m_partners->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (const ActionPartner& p : m_original.partners)
        addPartnerRow(p);
    auto* add = new QPushButton(tr("&Add partner"), page);
    add->setObjectName(QStringLiteral("addPartner"));
    auto* remove = new QPushButton(tr("Re&move partner"), page);
    remove->setObjectName(QStringLiteral("removePartner"));
    connect(add, &QPushButton::clicked, this, [this] {
        addPartnerRow({});
        m_partners->setCurrentCell(m_partners->rowCount() - 1, Organisation);
        m_partners->editItem(m_partners->item(m_partners->rowCount() - 1, Organisation));
    });
    connect(remove, &QPushButton::clicked, this, &ActionDialog::removeSelectedPartner);

    m_referral = new QGroupBox(tr("Referred to a non-police service"), page);
    m_referral->setObjectName(QStringLiteral("actionReferral"));
    m_referral->setCheckable(true);
    m_referral->setChecked(m_original.isReferral);
    m_referralService = new QLineEdit(m_original.referralService, m_referral);
    m_referralService->setObjectName(QStringLiteral("referralService"));
    m_referredOn = dateEdit(m_original.referredOn, QStringLiteral("referredOn"));
    m_referralAnswer = new QPlainTextEdit(m_original.referralAnswer, m_referral);
    m_referralAnswer->setObjectName(QStringLiteral("referralAnswer"));
    m_referralAnswer->setTabChangesFocus(true);
    m_referralAnswer->setMaximumHeight(70);
    auto* referralForm = new QFormLayout(m_referral);
    referralForm->addRow(tr("Se&rvice:"), m_referralService);
    referralForm->addRow(tr("Referred &on:"), m_referredOn);
    referralForm->addRow(tr("A&nswer:"), m_referralAnswer);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Who works on this action, and what they do:"), page));
    layout->addWidget(m_partners, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_referral);
    return page;
}

void ActionDialog::addPartnerRow(const ActionPartner& partner)
{
    const int row = m_partners->rowCount();
    m_partners->insertRow(row);
    m_partners->setItem(row, Organisation, new QTableWidgetItem(partner.organisation));
    m_partners->setItem(row, Role, new QTableWidgetItem(partner.role));
    QComboBox* member = memberCombo(partner.memberId);
    member->setAccessibleName(tr("Committee member representing the partner"));
    m_partners->setCellWidget(row, Representative, member);
}

void ActionDialog::removeSelectedPartner()
{
    const int row = m_partners->currentRow();
    if (row >= 0)
        m_partners->removeRow(row);
}

ResponseAction ActionDialog::action() const
{
    ResponseAction a = m_original;
    a.title = m_title->text().trimmed();
    a.rationale = m_rationale->toPlainText().trimmed();
    a.side = TriangleSide(m_side->currentData().toInt());
    a.phase = ChainPhase(m_phase->currentData().toInt());
    a.leadMemberId = m_leadMember->currentData().toLongLong();
    a.leadName = a.leadMemberId > 0 ? m_leadMember->currentText().section(QStringLiteral(" — "), 0, 0) : QString();
    a.leadOrganisation = m_leadOrganisation->text().trimmed();
    a.startOn = dateOf(m_start);
    a.dueOn = dateOf(m_due);
    a.status = ActionStatus(m_status->currentData().toInt());
    a.policeHours = m_policeHours->value();
    a.volunteerHours = m_volunteerHours->value();
    a.euros = m_euros->value();
    a.successMeasure = m_successMeasure->text().trimmed();
    a.isReferral = m_referral->isChecked();
    a.referralService = a.isReferral ? m_referralService->text().trimmed() : QString();
    a.referredOn = a.isReferral ? dateOf(m_referredOn) : QDate();
    a.referralAnswer = a.isReferral ? m_referralAnswer->toPlainText().trimmed() : QString();
    a.partners.clear();
    for (int row = 0; row < m_partners->rowCount(); ++row) {
        auto text = [&](int column) {
            const QTableWidgetItem* item = m_partners->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        const auto* member = qobject_cast<const QComboBox*>(m_partners->cellWidget(row, Representative));
        ActionPartner p{text(Organisation), text(Role), member ? member->currentData().toLongLong() : 0};
        if (!p.organisation.isEmpty() || !p.role.isEmpty() || p.memberId > 0)
            a.partners.append(p);
    }
    return a;
}

void ActionDialog::accept()
{
    const ResponseAction a = action();
    Status valid = ActionRepository::validate(a);
    if (valid && a.isReferral && a.referralService.isEmpty())
        valid = Error{tr("say which service the matter was referred to"), {}, 0, QStringLiteral("referral")};
    if (!valid) {
        m_error->setText(valid.error().toString());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace proxima
