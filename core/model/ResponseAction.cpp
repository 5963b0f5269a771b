#include "core/model/ResponseAction.h"

namespace proxima {

QString ResponseAction::leadDisplay() const
{
    if (leadName.isEmpty())
        return leadOrganisation;
    if (leadOrganisation.isEmpty())
        return leadName;
    return QStringLiteral("%1 (%2)").arg(leadName, leadOrganisation);
}

} // namespace proxima
