#include "ui/map/GeoreferenceDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <optional>

namespace proxima {
namespace {

// A residual well above what a careful click on a town plan gives (a few metres) means a typing or picking error.
constexpr double SuspectResidualMetres = 15;

/// Numbers as the user types them back: no thousands separators in pixel or degree values.
QLocale numberLocale()
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale;
}

std::optional<double> numberIn(const QTableWidgetItem* item)
{
    if (!item)
        return std::nullopt;
    QString text = item->text().trimmed();
    bool ok = false;
    double value = QLocale().toDouble(text, &ok);
    if (!ok)
        value = text.replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
    return ok && std::isfinite(value) ? std::optional(value) : std::nullopt;
}

} // namespace

GeoreferenceDialog::GeoreferenceDialog(const NeighbourhoodMap& map, QWidget* parent)
    : QDialog(parent), m_width(map.width), m_height(map.height)
{
    setObjectName(QStringLiteral("georeferenceDialog"));
    setWindowTitle(tr("Georeference the map"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Give two or more points you can find both on the plan and on the ground (a "
                                "corner, a church, a crossing). Pick each point on the map, then type its "
                                "latitude and longitude (WGS84 degrees, e.g. from a GPS or an online map). Three "
                                "or more points far apart let the residuals reveal mistakes."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("controlPoints"));
    m_table->setAccessibleName(tr("Control points"));
    m_table->setHorizontalHeaderLabels(
        {tr("Label"), tr("Pixel x"), tr("Pixel y"), tr("Latitude"), tr("Longitude"), tr("Residual (m)")});
    m_table->horizontalHeader()->setSectionResizeMode(Label, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_table);

    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add Point"), this);
    auto* remove = new QPushButton(tr("&Remove Point"), this);
    m_pick = new QPushButton(tr("&Pick on Map"), this);
    m_pick->setObjectName(QStringLiteral("pickOnMap"));
    m_pick->setToolTip(tr("Click on the map to set the pixel of the selected point"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(m_pick);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("georeferenceSummary"));
    layout->addWidget(m_summary);
    m_warningLabel = new QLabel(this);
    m_warningLabel->setObjectName(QStringLiteral("georeferenceWarnings"));
    m_warningLabel->setWordWrap(true);
    m_warningLabel->setStyleSheet(QStringLiteral("color: #9a3b00;"));
    layout->addWidget(m_warningLabel);

    auto* box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, [this] { m_table->selectRow(addPoint()); });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0) {
            m_table->removeRow(row);
            recompute();
        }
    });
    connect(m_pick, &QPushButton::clicked, this, &GeoreferenceDialog::onPick);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_updating)
            recompute();
    });

    setPoints(map.controlPoints);
    resize(720, 420);
}

int GeoreferenceDialog::addPoint(const MapControlPoint& point)
{
    m_updating = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const QLocale locale = numberLocale();
    auto* label = new QTableWidgetItem(point.label);
    label->setData(Qt::UserRole, point.id);
    m_table->setItem(row, Label, label);
    const bool blank = point.id == 0 && point.lat == 0 && point.lon == 0 && point.x == 0 && point.y == 0;
    m_table->setItem(row, X, new QTableWidgetItem(blank ? QString() : locale.toString(point.x, 'f', 2)));
    m_table->setItem(row, Y, new QTableWidgetItem(blank ? QString() : locale.toString(point.y, 'f', 2)));
    m_table->setItem(row, Latitude, new QTableWidgetItem(blank ? QString() : locale.toString(point.lat, 'f', 7)));
    m_table->setItem(row, Longitude, new QTableWidgetItem(blank ? QString() : locale.toString(point.lon, 'f', 7)));
    auto* residual = new QTableWidgetItem;
    residual->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    residual->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, Residual, residual);
    m_updating = false;
    recompute();
    return row;
}

void GeoreferenceDialog::setPoints(const QList<MapControlPoint>& points)
{
    m_table->setRowCount(0);
    for (const MapControlPoint& p : points)
        addPoint(p);
    recompute();
}

void GeoreferenceDialog::setPixel(int row, QPointF pixel)
{
    if (row < 0 || row >= m_table->rowCount())
        return;
    m_updating = true;
    const QLocale locale = numberLocale();
    m_table->item(row, X)->setText(locale.toString(pixel.x(), 'f', 2));
    m_table->item(row, Y)->setText(locale.toString(pixel.y(), 'f', 2));
    m_updating = false;
    recompute();
}

void GeoreferenceDialog::onPick()
{
    int row = m_table->currentRow();
    if (row < 0)
        row = addPoint();
    m_table->selectRow(row);
    emit pickRequested(row);
}

QList<MapControlPoint> GeoreferenceDialog::points() const
{
    QList<MapControlPoint> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto x = numberIn(m_table->item(row, X));
        const auto y = numberIn(m_table->item(row, Y));
        const auto lat = numberIn(m_table->item(row, Latitude));
        const auto lon = numberIn(m_table->item(row, Longitude));
        if (!x || !y || !lat || !lon || *lat < -90 || *lat > 90 || *lon < -180 || *lon > 180)
            continue;
        const QTableWidgetItem* label = m_table->item(row, Label);
        result.append({label->data(Qt::UserRole).toLongLong(), *x, *y, *lat, *lon, label->text().trimmed()});
    }
    return result;
}

QString GeoreferenceDialog::summaryText() const
{
    return m_summary->text();
}

void GeoreferenceDialog::recompute()
{
    m_warnings.clear();
    QList<int> fittedRows;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto lat = numberIn(m_table->item(row, Latitude));
        const auto lon = numberIn(m_table->item(row, Longitude));
        const auto x = numberIn(m_table->item(row, X));
        const auto y = numberIn(m_table->item(row, Y));
        if (!x || !y)
            m_warnings << tr("Point %1 has no pixel: pick it on the map.").arg(row + 1);
        else if (*x < 0 || *y < 0 || *x > m_width || *y > m_height)
            m_warnings << tr("Point %1 lies outside the plan.").arg(row + 1);
        if (!lat || *lat < -90 || *lat > 90)
            m_warnings << tr("Point %1: type a latitude between -90 and 90.").arg(row + 1);
        else if (!lon || *lon < -180 || *lon > 180)
            m_warnings << tr("Point %1: type a longitude between -180 and 180.").arg(row + 1);
        if (x && y && lat && lon && *lat >= -90 && *lat <= 90 && *lon >= -180 && *lon <= 180)
            fittedRows << row;
    }
    const QList<MapControlPoint> complete = points();
    NeighbourhoodMap probe;
    probe.controlPoints = complete;
    auto fit = probe.georeference();
    m_updating = true;
    for (int row = 0; row < m_table->rowCount(); ++row)
        m_table->item(row, Residual)->setText(QString());
    if (complete.size() < 2) {
        m_summary->setText(tr("Not georeferenced: at least 2 complete points are needed."));
    } else if (!fit) {
        m_summary->setText(tr("No fit: %1.").arg(fit.error().message));
        m_warnings << tr("The points are degenerate: %1. Choose points far apart, not on one line.")
                          .arg(fit.error().message);
    } else {
        const QLocale locale;
        const QList<double>& residuals = fit->residualsMetres();
        for (int i = 0; i < fittedRows.size() && i < residuals.size(); ++i) {
            m_table->item(fittedRows[i], Residual)->setText(locale.toString(residuals[i], 'f', 2));
            if (residuals[i] > SuspectResidualMetres)
                m_warnings << tr("Point %1 is %2 m off the fit: check its pixel and coordinates.")
                                  .arg(fittedRows[i] + 1)
                                  .arg(locale.toString(residuals[i], 'f', 1));
        }
        const QString kind = fit->kind() == sara::GeoreferenceKind::Similarity ? tr("Similarity") : tr("Affine");
        m_summary->setText(tr("%1 fit on %2 points, RMS %3 m, %4 m per pixel")
                               .arg(kind)
                               .arg(complete.size())
                               .arg(locale.toString(fit->rmsMetres(), 'f', 2))
                               .arg(locale.toString(fit->metresPerPixel(), 'f', 3)));
        if (complete.size() == 2)
            m_warnings << tr("Two points fit exactly and cannot reveal a mistake: add a third point far from both.");
    }
    m_updating = false;
    m_warningLabel->setText(m_warnings.join(QLatin1Char('\n')));
    m_warningLabel->setVisible(!m_warnings.isEmpty());
}

} // namespace proxima
