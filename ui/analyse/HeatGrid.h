#pragma once

#include "core/sara/Patterns.h"

#include <QWidget>

namespace proxima {

/// When incidents happen: a 7 x 24 grid of weekdays (Monday first) by hour of day, darker for more incidents,
/// with the count in each cell and the total per day at the right.
class HeatGrid : public QWidget
{
    Q_OBJECT
public:
    explicit HeatGrid(QWidget* parent = nullptr);

    void setCounts(const sara::WeekHourCounts& counts);
    const sara::WeekHourCounts& counts() const { return m_counts; }
    /// The cell (day, hour) under a point; false when outside the grid.
    bool cellAt(const QPointF& point, int& day, int& hour) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRectF gridRect() const;

    sara::WeekHourCounts m_counts;
    int m_max = 0;
};

} // namespace proxima
