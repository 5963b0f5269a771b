#include "core/model/ProblemCase.h"

namespace proxima {

bool ProblemCase::sameContent(const ProblemCase& other) const
{
    return title == other.title && description == other.description && category == other.category &&
           areaId == other.areaId && location == other.location && stage == other.stage &&
           priority == other.priority && leadMemberId == other.leadMemberId && openedOn == other.openedOn;
}

} // namespace proxima
