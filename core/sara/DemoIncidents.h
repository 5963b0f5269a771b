#pragma once

#include "core/common/Result.h"
#include "core/io/Incident.h"
#include "core/sara/LocalProjection.h"

#include <QDate>
#include <QList>
#include <QString>

namespace proxima::sara {

/// A place where one category of incident clusters.
struct DemoHotspot
{
    GeoPoint centre;
    QString category;          ///< one of demoCategories()
    double spreadMetres = 80;  ///< standard deviation of the distance from the centre, per axis
    double weight = 1;         ///< share among the hotspots of the same category
    QString street;            ///< street used in generated addresses
};

/// What to generate. The seed is part of every generated reference, so the data says how it was made.
struct DemoOptions
{
    quint64 seed = 20240305;
    QDate start = QDate(2023, 1, 1);
    int days = 731;
    int count = 3000;
    QList<DemoHotspot> hotspots;   ///< empty: defaultDemoHotspots()
};

/// The categories of the demo, with their rhythms: night-time and weekend nuisance, bicycle theft at commuting
/// hours near the station, burglaries on weekday afternoons (more in the dark months), vandalism in the evening,
/// obstructive parking at school times.
QStringList demoCategories();

/// Hotspots of "Val-Sainte-Aube", a fictional neighbourhood of a Belgian town (station, square, park, school,
/// residential streets).
QList<DemoHotspot> defaultDemoHotspots();

/// Deterministic demo incidents, sorted by date and time: same options, same incidents on every platform.
/// Each has a reference "DEMO-<seed>-<n>", coordinates rounded to 6 decimals and a fingerprint.
QList<io::Incident> generateDemoIncidents(const DemoOptions& options = {});

/// Writes a large export-like CSV (UTF-8, ';', day-first dates, decimal commas, some quoted fields with
/// delimiters, quotes and line breaks) for benchmarks. Rows are not sorted.
Status writeDemoCsv(const QString& path, int rows, quint64 seed = 20240305);

} // namespace proxima::sara
