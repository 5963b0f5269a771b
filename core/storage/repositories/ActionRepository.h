#pragma once

#include "core/common/Result.h"
#include "core/model/ResponseAction.h"
#include "core/storage/repositories/CaseRepository.h"

#include <QList>

namespace proxima {

class Workspace;

/// Reads and writes the actions of the cases' response plans, with their partners.
class ActionRepository
{
public:
    explicit ActionRepository(Workspace& ws) : m_ws(ws) {}

    /// The actions of one case, in plan order.
    Result<QList<ResponseAction>> listForCase(qint64 caseId) const;
    /// Every action of the workspace, by case then plan order.
    Result<QList<ResponseAction>> listAll() const;
    /// One action; ErrorCode::NotFound when absent.
    Result<ResponseAction> find(qint64 id) const;
    /// Inserts an action (with its id when set, to restore a deleted one) and its partners.
    Result<ResponseAction> add(const ResponseAction& action);
    /// Saves an action loaded at action.revision (Conflict when changed meanwhile); partners are replaced.
    Result<ResponseAction> update(const ResponseAction& action, OnConflict policy = OnConflict::Report);
    /// Deletes an action loaded at expectedRevision.
    Status remove(qint64 id, int expectedRevision);

    /// Checks the editable fields; the error names the field.
    static Status validate(const ResponseAction& action);

private:
    Result<QList<ResponseAction>> select(const QString& where, const QVariantList& bindings) const;
    Status writePartners(const ResponseAction& action);

    Workspace& m_ws;
};

} // namespace proxima
