#pragma once

#include "core/model/NeighbourhoodMap.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace proxima {

/// Edits the control points of the map: pixel x/y (typed or picked by clicking on the map), latitude and
/// longitude typed. Shows each point's residual in metres, the RMS and warnings on degenerate input while the
/// user types. The caller saves the points (undoably) when the dialog is accepted.
class GeoreferenceDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { Label, X, Y, Latitude, Longitude, Residual, ColumnCount };

    explicit GeoreferenceDialog(const NeighbourhoodMap& map, QWidget* parent = nullptr);

    /// The complete rows as control points (rows with a missing or invalid number are left out).
    QList<MapControlPoint> points() const;
    void setPoints(const QList<MapControlPoint>& points);
    /// Appends a row; returns its index.
    int addPoint(const MapControlPoint& point = {});
    /// Sets the pixel of a row (after picking it on the map).
    void setPixel(int row, QPointF pixel);

    QTableWidget* table() const { return m_table; }
    /// "Affine fit, RMS 1.2 m" or why there is no fit.
    QString summaryText() const;
    /// The warnings shown (empty when none).
    QStringList warnings() const { return m_warnings; }

signals:
    /// The user wants to click on the map to set the pixel of this row.
    void pickRequested(int row);

private:
    void recompute();
    void onPick();

    QTableWidget* m_table;
    QLabel* m_summary;
    QLabel* m_warningLabel;
    QPushButton* m_pick;
    QStringList m_warnings;
    bool m_updating = false;
    double m_width;
    double m_height;
};

} // namespace proxima
