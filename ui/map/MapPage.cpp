#include "ui/map/MapPage.h"

#include "ui/app/WorkspaceSession.h"
#include "ui/map/ControlPointsCommand.h"
#include "ui/map/GeoreferenceDialog.h"
#include "ui/map/LoadMapCommand.h"
#include "ui/map/MapLegend.h"
#include "ui/map/MapScene.h"
#include "ui/map/MapView.h"
#include "ui/map/PlacePinCommand.h"
#include "core/storage/repositories/MapRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace proxima {
namespace {

const QDate NoDate(1900, 1, 1);

QToolButton* toolButton(const QString& text, const QString& icon, const QString& tip, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setIcon(QIcon::fromTheme(icon));
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

} // namespace

MapPage::MapPage(WorkspaceSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("mapPage"));
    m_building = true;   // the controls are created before the widgets reload() updates
    m_scene = new MapScene(this);
    m_view = new MapView(this);
    m_view->setScene(m_scene);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(buildToolBar());
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(buildSidePanel());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    layout->addWidget(splitter, 1);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("mapNotice"));
    m_notice->setWordWrap(true);
    layout->addWidget(m_notice);

    connect(m_view, &MapView::pinActivated, this, [this](PinKind kind, qint64 id) {
        if (kind == PinKind::Case)
            emit caseActivated(id);
        else if (kind == PinKind::Concern)
            emit concernActivated(id);
    });
    connect(m_view, &MapView::picked, this, &MapPage::onPicked);
    connect(m_view, &MapView::pickingCancelled, this, [this] {
        m_placingId = 0;
        m_pickRow = -1;
        redraw();
    });
    connect(&m_session, &WorkspaceSession::changed, this, [this](ChangeKind kind) {
        if (kind == ChangeKind::Case || kind == ChangeKind::Concern || kind == ChangeKind::Map
            || kind == ChangeKind::Incident)
            reload();
    });
    connect(&m_session, &WorkspaceSession::manyChanged, this, &MapPage::reload);
    m_building = false;
    reload();
}

MapPage::~MapPage() = default;

QWidget* MapPage::buildToolBar()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_loadMap = new QPushButton(tr("&Load Map Image..."), bar);
    m_loadMap->setObjectName(QStringLiteral("loadMap"));
    m_loadMap->setToolTip(tr("Load a plan of the area (PNG, JPG or SVG), e.g. one exported from the municipality"));
    connect(m_loadMap, &QPushButton::clicked, this, &MapPage::chooseMapFile);
    m_georeference = new QPushButton(tr("&Georeference..."), bar);
    m_georeference->setObjectName(QStringLiteral("georeference"));
    connect(m_georeference, &QPushButton::clicked, this, &MapPage::openGeoreferenceDialog);
    row->addWidget(m_loadMap);
    row->addWidget(m_georeference);
    row->addSpacing(12);

    QToolButton* zoomIn = toolButton(tr("Zoom In"), QStringLiteral("zoom-in"), tr("Zoom in (+)"), bar);
    QToolButton* zoomOut = toolButton(tr("Zoom Out"), QStringLiteral("zoom-out"), tr("Zoom out (-)"), bar);
    QToolButton* fit = toolButton(tr("Fit"), QStringLiteral("zoom-fit-best"), tr("Show the whole map"), bar);
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(zoomIn, &QToolButton::clicked, m_view, &MapView::zoomIn);
    connect(zoomOut, &QToolButton::clicked, m_view, &MapView::zoomOut);
    connect(fit, &QToolButton::clicked, m_view, &MapView::fitPlan);
    row->addWidget(zoomIn);
    row->addWidget(zoomOut);
    row->addWidget(fit);
    row->addSpacing(12);

    auto layerBox = [&](const QString& text, const char* name, bool checked) {
        auto* box = new QCheckBox(text, bar);
        box->setObjectName(QString::fromLatin1(name));
        box->setChecked(checked);
        connect(box, &QCheckBox::toggled, this, [this] {
            if (m_building)
                return;
            m_layers.cases = m_showCases->isChecked();
            m_layers.concerns = m_showConcerns->isChecked();
            m_layers.incidents = m_showIncidents->isChecked();
            m_layers.hotspots = m_showHotspots->isChecked();
            redraw();
        });
        row->addWidget(box);
        return box;
    };
    m_showCases = layerBox(tr("&Cases"), "layerCases", m_layers.cases);
    m_showConcerns = layerBox(tr("C&oncerns"), "layerConcerns", m_layers.concerns);
    m_showIncidents = layerBox(tr("&Incidents"), "layerIncidents", m_layers.incidents);
    m_showHotspots = layerBox(tr("&Hotspots"), "layerHotspots", m_layers.hotspots);
    row->addStretch();
    return bar;
}

QWidget* MapPage::buildSidePanel()
{
    auto* panel = new QWidget(this);
    auto* column = new QVBoxLayout(panel);
    column->setContentsMargins(0, 0, 0, 0);

    auto* placing = new QGroupBox(tr("Unplaced"), panel);
    auto* placingLayout = new QVBoxLayout(placing);
    m_unplaced = new QListWidget(placing);
    m_unplaced->setObjectName(QStringLiteral("unplaced"));
    m_unplaced->setAccessibleName(tr("Cases and concerns not on the map"));
    m_unplaced->setMinimumHeight(70);
    m_unplaced->setMaximumHeight(220);
    placingLayout->addWidget(m_unplaced);
    m_placeButton = new QPushButton(tr("&Place on Map"), placing);
    m_placeButton->setObjectName(QStringLiteral("placeOnMap"));
    m_placeButton->setToolTip(tr("Then click on the map where it belongs (Escape cancels)"));
    m_placeButton->setEnabled(false);
    placingLayout->addWidget(m_placeButton);
    connect(m_unplaced, &QListWidget::currentRowChanged, this,
            [this](int row) { m_placeButton->setEnabled(row >= 0 && m_content.map.has_value()); });
    connect(m_placeButton, &QPushButton::clicked, this, &MapPage::placeSelected);
    connect(m_unplaced, &QListWidget::itemActivated, this, &MapPage::placeSelected);
    column->addWidget(placing);

    auto* hotspots = new QGroupBox(tr("Hotspots"), panel);
    auto* form = new QFormLayout(hotspots);
    m_method = new QComboBox(hotspots);
    m_method->setObjectName(QStringLiteral("hotspotMethod"));
    m_method->addItem(tr("Kernel density"), int(HotspotOptions::Method::KernelDensity));
    m_method->addItem(tr("Grid counts"), int(HotspotOptions::Method::GridCounts));
    form->addRow(tr("&Method:"), m_method);
    m_cell = new QDoubleSpinBox(hotspots);
    m_cell->setObjectName(QStringLiteral("hotspotCell"));
    m_cell->setRange(2, 1000);
    m_cell->setDecimals(0);
    m_cell->setSuffix(tr(" m"));
    form->addRow(tr("C&ell size:"), m_cell);
    m_bandwidth = new QDoubleSpinBox(hotspots);
    m_bandwidth->setObjectName(QStringLiteral("hotspotBandwidth"));
    m_bandwidth->setRange(10, 5000);
    m_bandwidth->setDecimals(0);
    m_bandwidth->setSuffix(tr(" m"));
    form->addRow(tr("&Bandwidth:"), m_bandwidth);
    m_sources = new QComboBox(hotspots);
    m_sources->setObjectName(QStringLiteral("hotspotSources"));
    m_sources->addItem(tr("Incidents and concerns"), 3);
    m_sources->addItem(tr("Incidents"), 1);
    m_sources->addItem(tr("Concerns"), 2);
    form->addRow(tr("&Of:"), m_sources);
    m_category = new QComboBox(hotspots);
    m_category->setObjectName(QStringLiteral("hotspotCategory"));
    form->addRow(tr("Incident &category:"), m_category);
    m_from = new QDateEdit(hotspots);
    m_to = new QDateEdit(hotspots);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setMinimumDate(NoDate);
        edit->setSpecialValueText(tr("any"));
        edit->setDate(NoDate);
    }
    m_from->setObjectName(QStringLiteral("hotspotFrom"));
    m_to->setObjectName(QStringLiteral("hotspotTo"));
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    setHotspotOptions(HotspotOptions{});
    auto changed = [this] {
        if (!m_building)
            reload();
    };
    connect(m_method, &QComboBox::currentIndexChanged, this, changed);
    connect(m_cell, &QDoubleSpinBox::editingFinished, this, changed);
    connect(m_bandwidth, &QDoubleSpinBox::editingFinished, this, changed);
    connect(m_sources, &QComboBox::currentIndexChanged, this, changed);
    connect(m_category, &QComboBox::currentIndexChanged, this, changed);
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_to, &QDateEdit::dateChanged, this, changed);
    column->addWidget(hotspots);

    auto* legendBox = new QGroupBox(tr("Legend"), panel);
    auto* legendLayout = new QVBoxLayout(legendBox);
    m_legend = new MapLegend(legendBox);
    legendLayout->addWidget(m_legend);
    column->addWidget(legendBox);
    column->addStretch();
    panel->setMinimumWidth(260);
    // Small windows scroll the panel instead of squeezing the legend.
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(panel->minimumSizeHint().width() + 16);
    return scroll;
}

HotspotOptions MapPage::hotspotOptions() const
{
    HotspotOptions options;
    options.method = HotspotOptions::Method(m_method->currentData().toInt());
    options.cellMetres = m_cell->value();
    options.bandwidthMetres = m_bandwidth->value();
    const int sources = m_sources->currentData().toInt();
    options.fromIncidents = (sources & 1) != 0;
    options.fromConcerns = (sources & 2) != 0;
    if (m_category->currentIndex() > 0)
        options.filter.categories = {m_category->currentText()};
    if (m_from->date() != NoDate)
        options.filter.from = m_from->date();
    if (m_to->date() != NoDate)
        options.filter.to = m_to->date();
    return options;
}

void MapPage::setHotspotOptions(const HotspotOptions& options)
{
    const bool wasBuilding = m_building;
    m_building = true;
    m_method->setCurrentIndex(m_method->findData(int(options.method)));
    m_cell->setValue(options.cellMetres);
    m_bandwidth->setValue(options.bandwidthMetres);
    m_sources->setCurrentIndex(m_sources->findData((options.fromIncidents ? 1 : 0) | (options.fromConcerns ? 2 : 0)));
    const int category = options.filter.categories.size() == 1 ? m_category->findText(options.filter.categories[0]) : 0;
    m_category->setCurrentIndex(qMax(0, category));
    m_from->setDate(options.filter.from.isValid() ? options.filter.from : NoDate);
    m_to->setDate(options.filter.to.isValid() ? options.filter.to : NoDate);
    m_bandwidth->setEnabled(options.method == HotspotOptions::Method::KernelDensity);
    m_building = wasBuilding;
    if (!m_building)
        reload();
}

void MapPage::setLayers(const MapLayers& layers)
{
    m_building = true;
    m_layers = layers;
    m_showCases->setChecked(layers.cases);
    m_showConcerns->setChecked(layers.concerns);
    m_showIncidents->setChecked(layers.incidents);
    m_showHotspots->setChecked(layers.hotspots);
    m_building = false;
    redraw();
}

void MapPage::fillCategories()
{
    auto categories = MapPinQueries(m_session.workspace()).incidentCategories();
    const QString current = m_category->currentIndex() > 0 ? m_category->currentText() : QString();
    m_category->clear();
    m_category->addItem(tr("All categories"));
    if (categories)
        m_category->addItems(*categories);
    m_category->setCurrentIndex(qMax(0, m_category->findText(current)));
}

void MapPage::reload()
{
    const bool wasBuilding = m_building;
    m_building = true;
    fillCategories();
    m_bandwidth->setEnabled(m_method->currentData().toInt() == int(HotspotOptions::Method::KernelDensity));
    m_building = wasBuilding;
    auto loaded = MapContent::load(m_session.workspace(), hotspotOptions().filter);
    if (!loaded) {
        m_session.reportError(loaded.error());
        return;
    }
    m_content = std::move(loaded).value();
    fillUnplaced();
    redraw();
}

void MapPage::redraw()
{
    m_raster = m_layers.hotspots ? HotspotRaster::compute(m_content, hotspotOptions()) : HotspotRaster{};
    m_scene->setContent(m_content, m_layers, m_layers.hotspots ? &m_raster : nullptr);
    m_view->setPlanRect(m_scene->planRect());
    const qint64 mapId = m_content.map ? m_content.map->id : 0;
    if (mapId != m_shownMapId) {
        m_shownMapId = mapId;
        m_view->fitPlan();
    }
    m_legend->setLegend(m_layers, m_raster);
    m_georeference->setEnabled(m_content.map.has_value());
    m_loadMap->setEnabled(!m_content.map.has_value());
    m_notice->setText(noticeText());
}

QString MapPage::noticeText() const
{
    if (!m_content.map)
        return tr("No map yet: load a plan of the neighbourhood (PNG, JPG or SVG). Everything stays in the "
                  "workspace; no internet is needed.");
    QStringList parts;
    if (m_placingId != 0)
        parts << tr("Click on the map where it belongs (Escape cancels).");
    else if (m_pickRow >= 0)
        parts << tr("Click on the map to pick the pixel of control point %1 (Escape cancels).").arg(m_pickRow + 1);
    if (!m_content.georeference) {
        const int hidden = m_content.undrawable();
        parts << (hidden > 0 ? tr("The map is not georeferenced: %n record(s) with only coordinates (e.g. "
                                  "incidents) cannot be drawn. Use Georeference... to fix it.",
                                  nullptr, hidden)
                             : tr("The map is not georeferenced: records with only coordinates cannot be drawn."));
    }
    if (m_layers.hotspots && m_raster.isEmpty() && !m_raster.problem.isEmpty())
        parts << tr("Hotspots: %1.").arg(m_raster.problem);
    return parts.join(QLatin1Char(' '));
}

void MapPage::fillUnplaced()
{
    m_unplaced->clear();
    auto add = [this](const QList<MapPin>& pins, const QString& prefix) {
        for (const MapPin& pin : pins) {
            if (m_content.pixelOf(pin))
                continue;
            auto* item = new QListWidgetItem(QStringLiteral("%1 %2 — %3").arg(prefix).arg(pin.id).arg(pin.label),
                                             m_unplaced);
            item->setData(Qt::UserRole, int(pin.kind));
            item->setData(Qt::UserRole + 1, pin.id);
            item->setToolTip(pin.label);
        }
    };
    add(m_content.cases, tr("Case"));
    add(m_content.concerns, tr("Concern"));
    m_placeButton->setEnabled(false);
}

void MapPage::placeSelected()
{
    QListWidgetItem* item = m_unplaced->currentItem();
    if (!item)
        return;
    beginPlacing(PinKind(item->data(Qt::UserRole).toInt()), item->data(Qt::UserRole + 1).toLongLong());
}

void MapPage::beginPlacing(PinKind kind, qint64 id)
{
    if (!m_content.map)
        return;
    m_pickRow = -1;
    m_placingKind = kind;
    m_placingId = id;
    m_view->setPicking(true);
    m_view->setFocus();
    m_notice->setText(noticeText());
}

bool MapPage::placeAt(QPointF planPosition)
{
    if (m_placingId == 0 || !m_content.map)
        return false;
    const qint64 id = m_placingId;
    m_placingId = 0;
    m_view->setPicking(false);
    auto pin = MapPinQueries(m_session.workspace()).find(m_placingKind, id);
    if (!pin) {
        m_session.reportError(pin.error());
        return false;
    }
    std::optional<sara::GeoPoint> geo = m_content.geoOf(planPosition);
    const bool placed = m_session.push(
        new PlacePinCommand(m_session, *pin, sara::PlanePoint{planPosition.x(), planPosition.y()}, geo));
    m_notice->setText(noticeText());
    return placed;
}

void MapPage::onPicked(QPointF position)
{
    const QRectF plan = m_scene->planRect();
    const QPointF clamped(std::clamp(position.x(), plan.left(), plan.right()),
                          std::clamp(position.y(), plan.top(), plan.bottom()));
    if (m_placingId != 0) {
        placeAt(clamped);
        return;
    }
    if (m_pickRow >= 0 && m_dialog) {
        m_dialog->setPixel(m_pickRow, clamped);
        m_dialog->show();
        m_dialog->raise();
    }
    m_pickRow = -1;
    m_view->setPicking(false);
    m_notice->setText(noticeText());
}

GeoreferenceDialog* MapPage::openGeoreferenceDialog()
{
    if (!m_content.map)
        return nullptr;
    if (m_dialog) {
        m_dialog->raise();
        return m_dialog;
    }
    auto* dialog = new GeoreferenceDialog(*m_content.map, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    const NeighbourhoodMap loaded = *m_content.map;
    connect(dialog, &GeoreferenceDialog::pickRequested, this, [this](int row) {
        m_placingId = 0;
        m_pickRow = row;
        m_view->setPicking(true);
        m_view->setFocus();
        m_notice->setText(noticeText());
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog, loaded] {
        const QList<MapControlPoint> points = dialog->points();
        bool same = points.size() == loaded.controlPoints.size();
        for (int i = 0; same && i < points.size(); ++i) {
            const MapControlPoint& a = points[i];
            const MapControlPoint& b = loaded.controlPoints[i];
            same = a.x == b.x && a.y == b.y && a.lat == b.lat && a.lon == b.lon && a.label == b.label;
        }
        if (!same)
            m_session.push(new ControlPointsCommand(m_session, loaded, points));
    });
    // Not modal: the user clicks on the map to pick control points while the dialog is open.
    dialog->setModal(false);
    dialog->show();
    return dialog;
}

bool MapPage::loadMapFile(const QString& path)
{
    auto map = MapRepository::readFile(path);
    if (!map) {
        m_session.reportError(map.error());
        return false;
    }
    return m_session.push(new LoadMapCommand(m_session, map.value()));
}

void MapPage::chooseMapFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load a map image"), QString(),
                                                      tr("Map images (*.png *.jpg *.jpeg *.svg);;All files (*)"));
    if (!path.isEmpty())
        loadMapFile(path);
}

} // namespace proxima
