#include "ui/voting/ProjectorWindow.h"

#include <QEasingCurve>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScreen>
#include <QVariantAnimation>
#include <QWindow>

namespace proxima {
namespace {

const QColor Background(0, 0, 0);
const QColor Text(255, 255, 255);
const QColor Muted(200, 200, 200);
const QColor Bar(255, 196, 0);      // amber on black: high contrast, readable for colour-blind viewers
const QColor Winner(120, 230, 120);

} // namespace

ProjectorWindow::ProjectorWindow(QWidget* parent) : QWidget(parent, Qt::Window)
{
    setWindowTitle(tr("Proxima — projector"));
    setAccessibleName(tr("Projector view"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    resize(1280, 720);
    m_animation = new QVariantAnimation(this);
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    m_animation->setDuration(600);
    m_animation->setEasingCurve(QEasingCurve::OutCubic);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant& v) {
        m_progress = v.toDouble();
        update();
    });
}

namespace {
bool sameContent(const ProjectorContent& a, const ProjectorContent& b)
{
    if (a.question != b.question || a.voted != b.voted || a.eligible != b.eligible || a.turnout != b.turnout ||
        a.bars.size() != b.bars.size())
        return false;
    for (int i = 0; i < a.bars.size(); ++i) {
        const ProjectorBar& x = a.bars.at(i);
        const ProjectorBar& y = b.bars.at(i);
        if (x.label != y.label || x.value != y.value || x.valueText != y.valueText || x.place != y.place)
            return false;
    }
    return true;
}
} // namespace

void ProjectorWindow::setContent(const ProjectorContent& content)
{
    if (sameContent(content, m_frozen && m_hasPending ? m_pending : m_shown))
        return;
    if (m_frozen) {
        m_pending = content;
        m_hasPending = true;
        return;
    }
    // Remember where every bar is drawn now, so it glides from there to its new place and length.
    QHash<QString, QPointF> from;
    const double max = [&] {
        double m = 0;
        for (const ProjectorBar& b : m_shown.bars)
            m = std::max(m, b.value);
        return m;
    }();
    for (int i = 0; i < m_shown.bars.size(); ++i) {
        const ProjectorBar& b = m_shown.bars.at(i);
        QPointF start(i, max > 0 ? b.value / max : 0);
        if (m_progress < 1.0 && m_from.contains(b.label)) {
            const QPointF old = m_from.value(b.label);
            start = old + (start - old) * m_progress;
        }
        from.insert(b.label, start);
    }
    m_from = from;
    m_shown = content;
    m_animation->stop();
    m_progress = 0.0;
    m_animation->start();
    update();
}

void ProjectorWindow::setMode(Mode mode)
{
    m_mode = mode;
    update();
}

void ProjectorWindow::setRevealTopN(int n)
{
    m_topN = std::max(0, n);
    update();
}

void ProjectorWindow::setFrozen(bool frozen)
{
    m_frozen = frozen;
    if (!frozen && m_hasPending) {
        m_hasPending = false;
        setContent(m_pending);
    }
    update();
}

void ProjectorWindow::setAgendaText(const QString& text)
{
    m_agenda = text;
    update();
}

void ProjectorWindow::showOnScreen(QScreen* screen)
{
    if (!screen) {
        showNormal();
        return;
    }
    if (!windowHandle())
        create();
    windowHandle()->setScreen(screen);
    setGeometry(screen->geometry());
    showFullScreen();
}

QList<ProjectorBar> ProjectorWindow::visibleBars() const
{
    QList<ProjectorBar> bars;
    for (const ProjectorBar& b : m_shown.bars) {
        if (m_topN == 0 || b.place <= m_topN)
            bars << b;
    }
    return bars;
}

bool ProjectorWindow::isAnimating() const
{
    return m_animation->state() == QAbstractAnimation::Running;
}

void ProjectorWindow::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && isFullScreen()) {
        showNormal();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ProjectorWindow::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), Background);
    const double unit = std::max(12.0, height() / 22.0); // type size follows the screen, not the desktop's DPI
    const QRectF page = QRectF(rect()).adjusted(unit * 1.2, unit, -unit * 1.2, -unit);

    if (m_mode == Mode::Agenda) {
        paintCentered(p, page, m_agenda.isEmpty() ? tr("Next item") : m_agenda, QString());
        return;
    }
    QFont title = font();
    title.setPixelSize(int(unit * 1.5));
    title.setBold(true);
    p.setFont(title);
    p.setPen(Text);
    QRectF titleRect(page.left(), page.top(), page.width(), unit * 4);
    QRectF used = p.boundingRect(titleRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_shown.question);
    p.drawText(titleRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_shown.question);
    QFont sub = font();
    sub.setPixelSize(int(unit * 1.0));
    p.setFont(sub);
    p.setPen(Muted);
    const double turnoutTop = std::min(used.bottom(), titleRect.bottom()) + unit * 0.4;
    const QString turnout = !m_shown.turnout.isEmpty()
                                ? m_shown.turnout
                                : tr("%1 of %2 have voted").arg(m_shown.voted).arg(m_shown.eligible);
    p.drawText(QRectF(page.left(), turnoutTop, page.width(), unit * 1.4), Qt::AlignLeft | Qt::AlignVCenter, turnout);
    const QRectF body(page.left(), turnoutTop + unit * 2.0, page.width(), page.bottom() - turnoutTop - unit * 2.0);

    if (m_mode == Mode::Hidden) {
        paintCentered(p, body, tr("Results after the vote closes"), QString());
        return;
    }
    if (m_mode == Mode::Winner) {
        QStringList winners;
        for (const ProjectorBar& b : m_shown.bars) {
            if (b.place == 1)
                winners << b.label;
        }
        paintCentered(p, body, winners.isEmpty() ? tr("No ballots yet") : winners.join(QStringLiteral("\n")),
                      winners.size() > 1 ? tr("Tied first place") : tr("First place"));
        return;
    }
    paintResults(p, body);
}

void ProjectorWindow::paintCentered(QPainter& p, const QRectF& area, const QString& big, const QString& small)
{
    const double unit = std::max(12.0, height() / 22.0);
    QFont f = font();
    f.setPixelSize(int(unit * 2.4));
    f.setBold(true);
    if (!small.isEmpty()) {
        QFont s = font();
        s.setPixelSize(int(unit * 1.2));
        p.setFont(s);
        p.setPen(Muted);
        p.drawText(QRectF(area.left(), area.top(), area.width(), unit * 2), Qt::AlignCenter, small);
    }
    p.setFont(f);
    p.setPen(small.isEmpty() ? Text : Winner);
    p.drawText(area.adjusted(0, small.isEmpty() ? 0 : unit * 2, 0, 0), Qt::AlignCenter | Qt::TextWordWrap, big);
}

void ProjectorWindow::paintResults(QPainter& p, const QRectF& area)
{
    const QList<ProjectorBar> bars = visibleBars();
    if (bars.isEmpty()) {
        paintCentered(p, area, tr("No ballots yet"), QString());
        return;
    }
    double max = 0;
    for (const ProjectorBar& b : m_shown.bars)
        max = std::max(max, b.value);
    const int rows = std::max<int>(int(bars.size()), 5);
    const double rowHeight = std::min(area.height() / rows, area.height() / 5);
    const double unit = std::max(12.0, height() / 22.0);
    QFont label = font();
    label.setPixelSize(int(std::min(rowHeight * 0.3, unit * 1.1)));
    label.setBold(true);
    const QFontMetricsF metrics(label);
    double valueWidth = 0;
    for (const ProjectorBar& b : bars)
        valueWidth = std::max(valueWidth, metrics.horizontalAdvance(b.valueText));
    const double placeWidth = metrics.horizontalAdvance(QStringLiteral("00")) + unit * 0.6;
    const double labelWidth = area.width() * 0.42;
    const double barLeft = area.left() + placeWidth + labelWidth + unit * 0.5;
    const double barMax = std::max(unit, area.right() - barLeft - valueWidth - unit * 0.6);
    for (int i = 0; i < bars.size(); ++i) {
        const ProjectorBar& b = bars.at(i);
        const QPointF target(i, max > 0 ? b.value / max : 0);
        const QPointF start = m_from.value(b.label, QPointF(bars.size(), 0));
        const QPointF now = start + (target - start) * m_progress;
        const double top = area.top() + now.x() * rowHeight;
        const QRectF row(area.left(), top, area.width(), rowHeight);
        p.setFont(label);
        p.setPen(b.place == 1 ? Winner : Text);
        p.drawText(QRectF(row.left(), row.top(), placeWidth, row.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   QString::number(b.place));
        p.setPen(Text);
        // Two lines of the label fit a row; what does not fit is elided on the second line.
        const QRectF labelRect(row.left() + placeWidth, row.top(), labelWidth - unit * 0.3, row.height());
        const QRectF needed = metrics.boundingRect(labelRect, Qt::TextWordWrap, b.label);
        const bool fits = needed.height() <= labelRect.height() * 0.98 && needed.height() < metrics.height() * 2.5;
        p.drawText(labelRect, int(Qt::AlignLeft | Qt::AlignVCenter) | (fits ? int(Qt::TextWordWrap) : 0),
                   fits ? b.label : metrics.elidedText(b.label, Qt::ElideRight, labelRect.width()));
        const double length = std::max(2.0, barMax * now.y());
        const QRectF bar(barLeft, row.top() + row.height() * 0.18, length, row.height() * 0.64);
        QPainterPath path;
        path.addRoundedRect(bar, 4, 4);
        p.fillPath(path, b.place == 1 ? Winner : Bar);
        p.setPen(Text);
        p.drawText(QRectF(bar.right() + unit * 0.4, row.top(), valueWidth + unit, row.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, b.valueText);
    }
}

} // namespace proxima
