#pragma once

#include "core/model/ResponseAction.h"

#include <QDate>
#include <QList>
#include <QRectF>
#include <QWidget>

class QPainter;

namespace proxima {

/// A Gantt-style view of a case's plan: one band per action from its start to its due date over a month grid,
/// coloured by status, with a line at today. Actions with only one date show as a diamond.
class ActionTimeline : public QWidget
{
    Q_OBJECT
public:
    explicit ActionTimeline(QWidget* parent = nullptr);

    /// Shows these actions (in plan order) as of the given day.
    void setActions(const QList<ResponseAction>& actions, const QDate& today);
    /// First and last day of the month grid (both null without dated actions).
    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_last; }
    /// Where the band of the action in this row is drawn (empty when it has no dates); for tests and tool tips.
    QRectF bandRect(int row) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /// The user clicked the band or label of an action.
    void actionClicked(qint64 actionId);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    void paintGrid(QPainter& painter) const;
    void paintLegend(QPainter& painter) const;
    int rowAt(const QPoint& point) const;
    double xOf(const QDate& day) const;
    int labelWidth() const;
    QRectF chartArea() const;

    QList<ResponseAction> m_actions;
    QDate m_today;
    QDate m_first;
    QDate m_last;
};

} // namespace proxima
