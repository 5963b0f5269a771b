#include "core/model/CaseAnalysis.h"

namespace proxima {

QString CaseAnalysis::side(TriangleSide which) const
{
    switch (which) {
    case TriangleSide::Offender: return offender;
    case TriangleSide::Victim: return victim;
    case TriangleSide::Place: return place;
    case TriangleSide::Handler: return handler;
    case TriangleSide::Guardian: return guardian;
    case TriangleSide::Manager: return manager;
    case TriangleSide::None: break;
    }
    return {};
}

void CaseAnalysis::setSide(TriangleSide which, const QString& text)
{
    switch (which) {
    case TriangleSide::Offender: offender = text; break;
    case TriangleSide::Victim: victim = text; break;
    case TriangleSide::Place: place = text; break;
    case TriangleSide::Handler: handler = text; break;
    case TriangleSide::Guardian: guardian = text; break;
    case TriangleSide::Manager: manager = text; break;
    case TriangleSide::None: break;
    }
}

int CaseAnalysis::sidesDescribed() const
{
    int count = 0;
    for (TriangleSide s : triangleSides())
        count += side(s).trimmed().isEmpty() ? 0 : 1;
    return count;
}

bool CaseAnalysis::sameContent(const CaseAnalysis& other) const
{
    return offender == other.offender && victim == other.victim && place == other.place &&
           handler == other.handler && guardian == other.guardian && manager == other.manager &&
           notes == other.notes;
}

} // namespace proxima
