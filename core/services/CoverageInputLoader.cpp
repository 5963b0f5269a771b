#include "core/services/CoverageInputLoader.h"

#include "core/storage/repositories/CaseRepository.h"
#include "core/storage/repositories/GroupRepository.h"
#include "core/storage/repositories/MemberRepository.h"
#include "core/storage/repositories/OutreachRepository.h"

namespace proxima {

Result<CoverageInput> loadCoverageInput(Workspace& ws, const QDate& today, int months)
{
    CoverageInput input;
    input.today = today;
    input.notReachedMonths = months;
    auto groups = GroupRepository(ws).list();
    if (!groups)
        return groups.error();
    input.groups = std::move(groups).value();
    auto members = MemberRepository(ws).list();
    if (!members)
        return members.error();
    input.members = std::move(members).value();
    auto cases = CaseRepository(ws).list();
    if (!cases)
        return cases.error();
    input.cases = std::move(cases).value();
    auto activities = OutreachRepository(ws).list();
    if (!activities)
        return activities.error();
    input.activities = std::move(activities).value();
    return input;
}

} // namespace proxima
