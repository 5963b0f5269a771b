#pragma once

#include "ui/map/HotspotRaster.h"
#include "ui/map/MapContent.h"
#include "ui/map/MapLayers.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace proxima {

class GeoreferenceDialog;
class MapLegend;
class MapScene;
class MapView;
class WorkspaceSession;

/// The neighbourhood map page: the plan with cases, concerns and incidents on it, a hotspot layer with its
/// legend, placing of unplaced records and georeferencing. Works offline: the plan is stored in the workspace.
class MapPage : public QWidget
{
    Q_OBJECT
public:
    explicit MapPage(WorkspaceSession& session, QWidget* parent = nullptr);
    ~MapPage() override;

    MapView* view() const { return m_view; }
    MapScene* mapScene() const { return m_scene; }
    MapLegend* legend() const { return m_legend; }
    QListWidget* unplacedList() const { return m_unplaced; }
    const MapContent& content() const { return m_content; }
    /// What the page says about the map (no map, not georeferenced, records that cannot be drawn).
    QString noticeText() const;

    MapLayers layers() const { return m_layers; }
    void setLayers(const MapLayers& layers);
    HotspotOptions hotspotOptions() const;
    void setHotspotOptions(const HotspotOptions& options);

    /// Re-reads the workspace and redraws.
    void reload();
    /// Stores a plan from a file (undoable); false with the error reported when the file is not a usable image.
    bool loadMapFile(const QString& path);
    /// Waits for a click on the map to place this case or concern there.
    void beginPlacing(PinKind kind, qint64 id);
    /// Places the record being placed at a plan position (what the click does); false when not placing.
    bool placeAt(QPointF planPosition);
    /// Opens the georeference dialog (not modal); it saves through the undo stack when accepted.
    GeoreferenceDialog* openGeoreferenceDialog();

signals:
    /// A case pin was clicked: the main window opens the case.
    void caseActivated(qint64 caseId);
    /// A concern pin was clicked.
    void concernActivated(qint64 concernId);

private:
    QWidget* buildSidePanel();
    QWidget* buildToolBar();
    void fillUnplaced();
    void fillCategories();
    void onPicked(QPointF position);
    void chooseMapFile();
    void placeSelected();
    void redraw();

    WorkspaceSession& m_session;
    MapContent m_content;
    MapLayers m_layers;
    HotspotRaster m_raster;
    MapScene* m_scene;
    MapView* m_view;
    MapLegend* m_legend;
    QLabel* m_notice;
    QListWidget* m_unplaced;
    QPushButton* m_placeButton;
    QCheckBox* m_showCases;
    QCheckBox* m_showConcerns;
    QCheckBox* m_showIncidents;
    QCheckBox* m_showHotspots;
    QComboBox* m_method;
    QDoubleSpinBox* m_cell;
    QDoubleSpinBox* m_bandwidth;
    QComboBox* m_sources;
    QComboBox* m_category;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QPushButton* m_georeference;
    QPushButton* m_loadMap;
    PinKind m_placingKind = PinKind::Case;
    qint64 m_placingId = 0;
    int m_pickRow = -1;
    QPointer<GeoreferenceDialog> m_dialog;
    qint64 m_shownMapId = -1;
    bool m_building = false;
};

} // namespace proxima
