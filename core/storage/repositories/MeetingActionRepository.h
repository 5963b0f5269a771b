#pragma once

#include "core/common/Result.h"

#include <QList>

namespace proxima {

class Workspace;

/// An action agreed at a meeting, with the agenda item it came from (0 = none).
struct AgreedAction
{
    qint64 meetingId = 0;
    qint64 actionId = 0;
    qint64 itemId = 0;
    bool operator==(const AgreedAction&) const = default;
};

/// Remembers which actions a CoPmittee meeting agreed (the actions themselves live in ActionRepository).
class MeetingActionRepository
{
public:
    explicit MeetingActionRepository(Workspace& ws) : m_ws(ws) {}

    /// The actions agreed at one meeting, in the order they were agreed.
    Result<QList<AgreedAction>> listForMeeting(qint64 meetingId) const;
    /// Every link of the workspace.
    Result<QList<AgreedAction>> listAll() const;
    /// Records that a meeting agreed an action (replacing an earlier link of the same pair).
    Status link(const AgreedAction& agreed);
    /// Forgets the link (the action stays).
    Status unlink(qint64 meetingId, qint64 actionId);

private:
    Result<QList<AgreedAction>> select(const QString& where, const QVariantList& bindings) const;

    Workspace& m_ws;
};

} // namespace proxima
