#include "ui/analyse/StageStepper.h"

#include <QPainter>
#include <QPainterPath>

namespace proxima {
namespace {

const QColor DoneColour(0x2e, 0x7d, 0x32);
const QColor CurrentColour(0x15, 0x65, 0xc0);
const QColor LaterColour(0xb0, 0xb0, 0xb0);

int detailLines(const QList<QStringList>& details)
{
    int lines = 0;
    for (const QStringList& d : details)
        lines = qMax(lines, int(d.size()));
    return lines;
}

} // namespace

StageStepper::StageStepper(QWidget* parent) : QWidget(parent)
{
    setAccessibleName(tr("SARA progress"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    describe();
}

void StageStepper::setCurrent(SaraStage stage)
{
    m_current = stage;
    describe();
    update();
}

void StageStepper::setDetails(const QList<QStringList>& details)
{
    m_details = details;
    describe();
    updateGeometry();
    update();
}

void StageStepper::describe()
{
    QStringList parts;
    for (SaraStage stage : allStages()) {
        const QString state = stage < m_current ? tr("done") : stage == m_current ? tr("current") : tr("to come");
        QString text = QStringLiteral("%1 (%2)").arg(stageLabel(stage), state);
        const QStringList lines = m_details.value(int(stage));
        if (!lines.isEmpty())
            text += QStringLiteral(": ") + lines.join(QStringLiteral(", "));
        parts << text;
    }
    setAccessibleDescription(parts.join(QStringLiteral("; ")));
}

QSize StageStepper::sizeHint() const
{
    const int line = fontMetrics().height();
    return {700, 40 + line * 2 + line * detailLines(m_details) + 12};
}

QSize StageStepper::minimumSizeHint() const
{
    return {420, sizeHint().height()};
}

void StageStepper::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QList<SaraStage> stages = allStages();
    const double column = width() / double(stages.size());
    const double radius = 16;
    const double cy = 8 + radius;
    const QFontMetricsF metrics(font());
    QFont bold = font();
    bold.setBold(true);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    const QFontMetricsF smallMetrics(small);

    for (int i = 0; i + 1 < stages.size(); ++i) {
        const double x1 = column * (i + 0.5) + radius + 4;
        const double x2 = column * (i + 1.5) - radius - 4;
        p.setPen(QPen(stages.at(i + 1) <= m_current ? DoneColour : LaterColour, 3));
        p.drawLine(QPointF(x1, cy), QPointF(x2, cy));
    }
    for (int i = 0; i < stages.size(); ++i) {
        const SaraStage stage = stages.at(i);
        const QPointF centre(column * (i + 0.5), cy);
        const bool done = stage < m_current || (stage == m_current && stage == SaraStage::Closed);
        const bool current = stage == m_current;
        const QColor colour = done ? DoneColour : current ? CurrentColour : LaterColour;
        if (current) {
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(colour.red(), colour.green(), colour.blue(), 50));
            p.drawEllipse(centre, radius + 6, radius + 6);
        }
        p.setPen(QPen(colour, 2));
        p.setBrush(done || current ? colour : QBrush(Qt::white));
        p.drawEllipse(centre, radius, radius);
        p.setFont(bold);
        p.setPen(done || current ? Qt::white : LaterColour.darker(130));
        p.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius), Qt::AlignCenter,
                   done ? QStringLiteral("\u2713") : QString::number(i + 1));

        double y = cy + radius + 8;
        p.setFont(current ? bold : font());
        p.setPen(current ? CurrentColour : palette().color(QPalette::Text));
        p.drawText(QRectF(column * i, y, column, metrics.height()), Qt::AlignHCenter | Qt::AlignTop,
                   stageLabel(stage));
        y += metrics.height() + 2;
        p.setFont(small);
        p.setPen(stage <= m_current ? palette().color(QPalette::Text) : palette().color(QPalette::Mid));
        for (const QString& line : m_details.value(i)) {
            p.drawText(QRectF(column * i + 2, y, column - 4, smallMetrics.height()), Qt::AlignHCenter | Qt::AlignTop,
                       smallMetrics.elidedText(line, Qt::ElideRight, column - 4));
            y += smallMetrics.height();
        }
    }
}

} // namespace proxima
