#include "ui/models/MemberTableModel.h"

#include "ui/app/WorkspaceSession.h"
#include "core/storage/repositories/MemberRepository.h"

#include <QLocale>

namespace proxima {

MemberTableModel::MemberTableModel(WorkspaceSession& session, QObject* parent)
    : RecordListModel<Member>(parent), m_session(session)
{
    connect(&session, &WorkspaceSession::changed, this, [this](ChangeKind kind) {
        if (kind == ChangeKind::Member)
            reload();
    });
    connect(&session, &WorkspaceSession::manyChanged, this, &MemberTableModel::reload);
    reload();
}

void MemberTableModel::reload()
{
    auto members = MemberRepository(m_session.workspace()).list();
    if (!members) {
        m_session.reportError(members.error());
        return;
    }
    setRecords(members.value());
}

int MemberTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Member& m = recordAt(index.row());
    if (role == IdRole)
        return m.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Name: return m.name;
    case Organisation: return m.organisation;
    case Sector: return sectorLabel(m.sector);
    case Role: return roleLabel(m.role);
    case Contact: return m.contact;
    case ActiveFrom: return QLocale().toString(m.activeFrom, QLocale::ShortFormat);
    case ActiveTo: return m.activeTo.isValid() ? QLocale().toString(m.activeTo, QLocale::ShortFormat) : tr("active");
    case ColumnCount: break;
    }
    return {};
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name: return tr("Name");
    case Organisation: return tr("Organisation");
    case Sector: return tr("Sector");
    case Role: return tr("Role");
    case Contact: return tr("Contact");
    case ActiveFrom: return tr("Active from");
    case ActiveTo: return tr("Active until");
    case ColumnCount: break;
    }
    return {};
}

} // namespace proxima
