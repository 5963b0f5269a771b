#pragma once

#include "core/model/Member.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace proxima {

/// Edits one CoPmittee member. Asks only for what the committee needs.
class MemberDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MemberDialog(const Member& member, QWidget* parent = nullptr);
    /// The member with the dialog's values.
    Member member() const;

    void accept() override;

private:
    Member m_member;
    QLineEdit* m_name;
    QLineEdit* m_organisation;
    QComboBox* m_sector;
    QComboBox* m_role;
    QLineEdit* m_contact;
    QDateEdit* m_from;
    QCheckBox* m_ended;
    QDateEdit* m_to;
};

} // namespace proxima
