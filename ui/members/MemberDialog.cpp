#include "ui/members/MemberDialog.h"

#include "core/storage/repositories/MemberRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QVBoxLayout>

namespace proxima {

MemberDialog::MemberDialog(const Member& member, QWidget* parent) : QDialog(parent), m_member(member)
{
    setWindowTitle(member.id > 0 ? tr("Edit member") : tr("New member"));
    m_name = new QLineEdit(member.name, this);
    m_name->setAccessibleName(tr("Name"));
    m_organisation = new QLineEdit(member.organisation, this);
    m_organisation->setAccessibleName(tr("Organisation"));
    m_sector = new QComboBox(this);
    m_sector->setAccessibleName(tr("Sector"));
    for (Sector s : allSectors())
        m_sector->addItem(sectorLabel(s), int(s));
    m_sector->setCurrentIndex(m_sector->findData(int(member.sector)));
    m_role = new QComboBox(this);
    m_role->setAccessibleName(tr("Role"));
    for (MemberRole r : allRoles())
        m_role->addItem(roleLabel(r), int(r));
    m_role->setCurrentIndex(m_role->findData(int(member.role)));
    m_contact = new QLineEdit(member.contact, this);
    m_contact->setAccessibleName(tr("Contact"));
    m_contact->setPlaceholderText(tr("One e-mail address or phone number (optional)"));
    m_from = new QDateEdit(member.activeFrom.isValid() ? member.activeFrom : QDate::currentDate(), this);
    m_from->setCalendarPopup(true);
    m_from->setAccessibleName(tr("Active from"));
    m_ended = new QCheckBox(tr("Left the committee on"), this);
    m_ended->setChecked(member.activeTo.isValid());
    m_to = new QDateEdit(member.activeTo.isValid() ? member.activeTo : QDate::currentDate(), this);
    m_to->setCalendarPopup(true);
    m_to->setEnabled(m_ended->isChecked());
    m_to->setAccessibleName(tr("Active until"));
    connect(m_ended, &QCheckBox::toggled, m_to, &QWidget::setEnabled);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("&Sector:"), m_sector);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Contact:"), m_contact);
    form->addRow(tr("Active &from:"), m_from);
    form->addRow(m_ended, m_to);
    auto* note = new QLabel(tr("Keep personal data minimal: record only what the committee needs to work "
                               "together."),
                            this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

Member MemberDialog::member() const
{
    Member m = m_member;
    m.name = m_name->text().trimmed();
    m.organisation = m_organisation->text().trimmed();
    m.sector = Sector(m_sector->currentData().toInt());
    m.role = MemberRole(m_role->currentData().toInt());
    m.contact = m_contact->text().trimmed();
    m.activeFrom = m_from->date();
    m.activeTo = m_ended->isChecked() ? m_to->date() : QDate();
    return m;
}

void MemberDialog::accept()
{
    if (Status valid = MemberRepository::validate(member()); !valid) {
        QMessageBox::warning(this, tr("Cannot save"), valid.error().toString());
        return;
    }
    QDialog::accept();
}

} // namespace proxima
