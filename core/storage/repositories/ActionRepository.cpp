#include "core/storage/repositories/ActionRepository.h"

#include "core/storage/SqlSupport.h"
#include "core/storage/Workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace proxima {
namespace {

const QString SelectActions = QStringLiteral(
    "SELECT a.id, a.case_id, a.title, a.rationale, a.triangle_side, a.chain_phase, a.lead_member_id, m.name, "
    "a.lead_organisation, a.start_on, a.due_on, a.status, a.police_hours, a.volunteer_hours, a.euros, "
    "a.success_measure, a.is_referral, a.referral_service, a.referred_on, a.referral_answer, a.position, "
    "a.updated_at, a.revision FROM actions a LEFT JOIN members m ON m.id = a.lead_member_id ");

ResponseAction readAction(const QSqlQuery& q)
{
    ResponseAction a;
    a.id = q.value(0).toLongLong();
    a.caseId = q.value(1).toLongLong();
    a.title = q.value(2).toString();
    a.rationale = q.value(3).toString();
    a.side = triangleSideFromKey(q.value(4).toString()).value_or(TriangleSide::None);
    a.phase = chainPhaseFromKey(q.value(5).toString()).value_or(ChainPhase::None);
    a.leadMemberId = q.value(6).toLongLong();
    a.leadName = q.value(7).toString();
    a.leadOrganisation = q.value(8).toString();
    a.startOn = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    a.dueOn = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    a.status = actionStatusFromKey(q.value(11).toString()).value_or(ActionStatus::Planned);
    a.policeHours = q.value(12).toDouble();
    a.volunteerHours = q.value(13).toDouble();
    a.euros = q.value(14).toDouble();
    a.successMeasure = q.value(15).toString();
    a.isReferral = q.value(16).toInt() != 0;
    a.referralService = q.value(17).toString();
    a.referredOn = QDate::fromString(q.value(18).toString(), Qt::ISODate);
    a.referralAnswer = q.value(19).toString();
    a.position = q.value(20).toInt();
    a.updatedAt = QDateTime::fromString(q.value(21).toString(), Qt::ISODateWithMs);
    a.revision = q.value(22).toInt();
    return a;
}

QString describe(const ResponseAction& a)
{
    return QCoreApplication::translate("ActionRepository", "action %1 \"%2\"").arg(a.id).arg(a.title);
}

QVariantList fields(const ResponseAction& a, const QString& now)
{
    return {a.title.trimmed(), a.rationale, triangleSideKey(a.side), chainPhaseKey(a.phase),
            sql::nullable(a.leadMemberId), a.leadOrganisation, sql::nullable(a.startOn), sql::nullable(a.dueOn),
            actionStatusKey(a.status), a.policeHours, a.volunteerHours, a.euros, a.successMeasure,
            a.isReferral ? 1 : 0, a.referralService, sql::nullable(a.referredOn), a.referralAnswer, a.position, now};
}

} // namespace

Status ActionRepository::validate(const ResponseAction& a)
{
    auto invalid = [](const char* message, const char* field) {
        return Error{QCoreApplication::translate("ActionRepository", message), {}, 0, QString::fromLatin1(field)};
    };
    if (a.title.trimmed().isEmpty())
        return invalid("an action needs a title", "title");
    if (a.caseId <= 0)
        return invalid("an action belongs to a case", "case");
    if (a.startOn.isValid() && a.dueOn.isValid() && a.dueOn < a.startOn)
        return invalid("the due date is before the start date", "due");
    if (a.policeHours < 0 || a.volunteerHours < 0 || a.euros < 0)
        return invalid("hours and euros cannot be negative", "resources");
    for (const ActionPartner& p : a.partners) {
        if (p.organisation.trimmed().isEmpty())
            return invalid("every partner needs an organisation", "partners");
    }
    return {};
}

Result<QList<ResponseAction>> ActionRepository::select(const QString& where, const QVariantList& bindings) const
{
    QSqlQuery q(m_ws.database());
    q.setForwardOnly(true);
    if (Status s = sql::exec(q, SelectActions + where, bindings); !s)
        return s.error();
    QList<ResponseAction> actions;
    QHash<qint64, int> rowOfId;
    while (q.next()) {
        rowOfId.insert(q.value(0).toLongLong(), int(actions.size()));
        actions.append(readAction(q));
    }
    if (actions.isEmpty())
        return actions;
    QSqlQuery p(m_ws.database());
    p.setForwardOnly(true);
    if (Status s = sql::exec(p, QStringLiteral("SELECT action_id, organisation, role, member_id FROM action_partners "
                                               "ORDER BY action_id, position, id"));
        !s)
        return s.error();
    while (p.next()) {
        const auto it = rowOfId.constFind(p.value(0).toLongLong());
        if (it != rowOfId.constEnd())
            actions[*it].partners.append({p.value(1).toString(), p.value(2).toString(), p.value(3).toLongLong()});
    }
    return actions;
}

Result<QList<ResponseAction>> ActionRepository::listForCase(qint64 caseId) const
{
    return select(QStringLiteral("WHERE a.case_id = ? ORDER BY a.position, a.id"), {caseId});
}

Result<QList<ResponseAction>> ActionRepository::listAll() const
{
    return select(QStringLiteral("ORDER BY a.case_id, a.position, a.id"), {});
}

Result<ResponseAction> ActionRepository::find(qint64 id) const
{
    auto found = select(QStringLiteral("WHERE a.id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return sql::notFound(QCoreApplication::translate("ActionRepository", "action %1").arg(id));
    return found->first();
}

Status ActionRepository::writePartners(const ResponseAction& a)
{
    QSqlQuery clear(m_ws.database());
    if (Status s = sql::exec(clear, QStringLiteral("DELETE FROM action_partners WHERE action_id = ?"), {a.id}); !s)
        return s;
    int position = 0;
    for (const ActionPartner& partner : a.partners) {
        QSqlQuery q(m_ws.database());
        if (Status s = sql::exec(q,
                                 QStringLiteral("INSERT INTO action_partners (action_id, organisation, role, member_id, "
                                                "position) VALUES (?, ?, ?, ?, ?)"),
                                 {a.id, partner.organisation.trimmed(), partner.role, sql::nullable(partner.memberId),
                                  position++});
            !s)
            return s;
    }
    return {};
}

Result<ResponseAction> ActionRepository::add(const ResponseAction& action)
{
    if (Status s = validate(action); !s)
        return s.error();
    ResponseAction stored = action;
    const Status written = m_ws.write([&]() -> Status {
        QSqlQuery q(m_ws.database());
        QVariantList bindings{sql::nullable(action.id), action.caseId};
        bindings << fields(action, m_ws.clock().now().toString(Qt::ISODateWithMs)) << qMax(1, action.revision);
        Status s = sql::exec(q,
                             QStringLiteral("INSERT INTO actions (id, case_id, title, rationale, triangle_side, "
                                            "chain_phase, lead_member_id, lead_organisation, start_on, due_on, status, "
                                            "police_hours, volunteer_hours, euros, success_measure, is_referral, "
                                            "referral_service, referred_on, referral_answer, position, updated_at, "
                                            "revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                            "?, ?, ?)"),
                             bindings);
        if (!s)
            return s;
        stored.id = q.lastInsertId().toLongLong();
        if (Status p = writePartners(stored); !p)
            return p;
        return m_ws.logChange(QStringLiteral("action"), stored.id, QStringLiteral("create"), action.title);
    });
    if (!written)
        return written.error();
    return find(stored.id);
}

Result<ResponseAction> ActionRepository::update(const ResponseAction& action, OnConflict policy)
{
    if (Status s = validate(action); !s)
        return s.error();
    const Status written = m_ws.write([&]() -> Status {
        Result<ResponseAction> stored = find(action.id);
        if (!stored)
            return stored.error();
        if (stored->revision != action.revision && policy == OnConflict::Report)
            return sql::conflict(describe(*stored), stored->revision);
        QSqlQuery q(m_ws.database());
        QVariantList bindings = fields(action, m_ws.clock().now().toString(Qt::ISODateWithMs));
        bindings << action.caseId << action.id;
        Status s = sql::exec(q,
                             QStringLiteral("UPDATE actions SET title = ?, rationale = ?, triangle_side = ?, "
                                            "chain_phase = ?, lead_member_id = ?, lead_organisation = ?, start_on = ?, "
                                            "due_on = ?, status = ?, police_hours = ?, volunteer_hours = ?, euros = ?, "
                                            "success_measure = ?, is_referral = ?, referral_service = ?, "
                                            "referred_on = ?, referral_answer = ?, position = ?, updated_at = ?, "
                                            "case_id = ?, revision = revision + 1 WHERE id = ?"),
                             bindings);
        if (!s)
            return s;
        if (Status p = writePartners(action); !p)
            return p;
        return m_ws.logChange(QStringLiteral("action"), action.id, QStringLiteral("update"), action.title);
    });
    if (!written)
        return written.error();
    return find(action.id);
}

Status ActionRepository::remove(qint64 id, int expectedRevision)
{
    return m_ws.write([&]() -> Status {
        Result<ResponseAction> stored = find(id);
        if (!stored)
            return stored.error();
        if (stored->revision != expectedRevision)
            return sql::conflict(describe(*stored), stored->revision);
        QSqlQuery q(m_ws.database());
        if (Status s = sql::exec(q, QStringLiteral("DELETE FROM actions WHERE id = ?"), {id}); !s)
            return s;
        return m_ws.logChange(QStringLiteral("action"), id, QStringLiteral("delete"), stored->title);
    });
}

} // namespace proxima
