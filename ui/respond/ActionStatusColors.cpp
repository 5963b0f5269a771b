#include "ui/respond/ActionStatusColors.h"

namespace proxima {

QColor actionStatusColor(ActionStatus status)
{
    // Distinguishable for the common colour-vision deficiencies (blue / orange / green differ in lightness too).
    switch (status) {
    case ActionStatus::Planned: return QColor(0x9e, 0xc5, 0xe8);
    case ActionStatus::InProgress: return QColor(0xe6, 0x9f, 0x00);
    case ActionStatus::Done: return QColor(0x2e, 0x8b, 0x57);
    case ActionStatus::Dropped: return QColor(0xa0, 0xa0, 0xa0);
    }
    return Qt::gray;
}

} // namespace proxima
