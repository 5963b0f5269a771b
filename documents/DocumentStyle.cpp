#include "documents/DocumentStyle.h"

namespace proxima::documents {

QFont DocumentStyle::font(qreal pointSize, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    // No ligatures: "fi" must stay two letters so that text copied or searched in the PDF reads as typed.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

QColor DocumentStyle::shade(int level)
{
    switch (level) {
    case 1: return QColor(244, 244, 244);
    case 2: return QColor(224, 224, 224);
    case 3: return QColor(196, 196, 196);
    default: return QColor(Qt::white);
    }
}

QColor DocumentStyle::statusColor(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Planned: return QColor(158, 202, 238);
    case ActionStatus::InProgress: return QColor(246, 190, 70);
    case ActionStatus::Done: return QColor(56, 130, 70);
    case ActionStatus::Dropped: return QColor(215, 215, 215);
    }
    return QColor(Qt::gray);
}

Qt::BrushStyle DocumentStyle::statusPattern(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Planned: return Qt::BDiagPattern;
    case ActionStatus::InProgress: return Qt::Dense6Pattern;
    case ActionStatus::Done: return Qt::NoBrush;
    case ActionStatus::Dropped: return Qt::HorPattern;
    }
    return Qt::NoBrush;
}

} // namespace proxima::documents
