#include "core/sara/DemoIncidents.h"

#include "core/sara/DeterministicRandom.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <array>
#include <cmath>

namespace proxima::sara {

namespace {

// Rhythm of one category: relative weights per hour, weekday (Monday first) and month.
struct Profile
{
    QString name;
    double share;
    std::array<double, 24> hours;
    std::array<double, 7> weekdays;
    std::array<double, 12> months;
    QStringList texts;
};

const QList<Profile>& profiles()
{
    static const QList<Profile> list = {
        {QStringLiteral("Nuisance nocturne"), 0.32,
         {8, 7, 5, 3, 1, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 1, 1, 1, 1, 1, 1.5, 2, 2.5, 3, 4, 6, 8, 9},
         {1, 1, 1, 1.5, 3, 3.5, 2},
         {1, 1, 1, 1.2, 1.4, 1.6, 1.8, 1.8, 1.4, 1.1, 1, 1},
         {QStringLiteral("Musique forte signalée par un voisin"), QStringLiteral("Groupe bruyant sur la place"),
          QStringLiteral("Cris et bouteilles cassées")}},
        {QStringLiteral("Vol de vélo"), 0.24,
         {0.2, 0.2, 0.2, 0.2, 0.2, 0.5, 2, 6, 9, 4, 1, 1, 1.5, 1, 1, 2, 4, 8, 6, 2, 1, 0.5, 0.5, 0.2},
         {1.2, 1.2, 1.2, 1.2, 1.1, 0.5, 0.4},
         {0.7, 0.7, 0.9, 1.1, 1.3, 1.3, 1.2, 1.1, 1.3, 1.1, 0.9, 0.7},
         {QStringLiteral("Cadenas coupé au rack"), QStringLiteral("Vélo électrique volé"),
          QStringLiteral("Roue avant emportée")}},
        {QStringLiteral("Cambriolage"), 0.16,
         {0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.5, 0.5, 0.5, 1, 1.5, 2, 3, 4, 5, 5, 5, 4, 3, 2, 1, 0.5, 0.3, 0.3},
         {1.2, 1.2, 1.2, 1.2, 1.2, 0.6, 0.5},
         {1.6, 1.4, 1.1, 0.9, 0.8, 0.7, 0.8, 0.8, 0.9, 1.2, 1.5, 1.7},
         {QStringLiteral("Porte arrière forcée"), QStringLiteral("Fenêtre brisée, bijoux emportés"),
          QStringLiteral("Tentative, voisin alerté")}},
        {QStringLiteral("Dégradation"), 0.16,
         {3, 2, 1, 0.5, 0.2, 0.2, 0.2, 0.3, 0.5, 0.5, 0.5, 0.5, 0.7, 0.7, 1, 1.5, 2, 3, 4, 5, 6, 6, 5, 4},
         {1, 1, 1, 1.2, 1.6, 1.8, 1.2},
         {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1},
         {QStringLiteral("Tag sur façade"), QStringLiteral("Abribus vandalisé"), QStringLiteral("Poubelle incendiée")}},
        {QStringLiteral("Stationnement gênant"), 0.12,
         {0.05, 0.05, 0.05, 0.05, 0.05, 0.1, 0.5, 3, 8, 2, 0.5, 0.5, 2, 0.5, 0.5, 7, 3, 1, 0.5, 0.3, 0.3, 0.1, 0.05,
          0.05},
         {1.3, 1.3, 1.0, 1.3, 1.3, 0.1, 0.1},
         {1, 1, 1, 1, 1, 1, 0.3, 0.3, 1, 1, 1, 1},
         {QStringLiteral("Voiture sur le trottoir devant l'école"), QStringLiteral("Double file à la sortie"),
          QStringLiteral("Sortie de garage bloquée")}},
    };
    return list;
}

const Profile& profileFor(const QString& category)
{
    for (const Profile& profile : profiles()) {
        if (profile.name == category)
            return profile;
    }
    static const Profile flat{QString(), 1, [] { std::array<double, 24> a; a.fill(1); return a; }(),
                              {1, 1, 1, 1, 1, 1, 1}, {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, {QString()}};
    return flat;
}

double maxOf(const double* values, int count)
{
    return *std::max_element(values, values + count);
}

// Everything one draw needs, prepared once.
struct Model
{
    QList<DemoHotspot> hotspots;
    QStringList categories;                  // distinct categories of the hotspots, in order of appearance
    std::vector<double> categoryWeights;
    std::vector<std::vector<int>> hotspotsOf;   // per category: indices into hotspots
    std::vector<std::vector<double>> hotspotWeights;
    QDate start;
    int days = 1;
};

Model makeModel(const QList<DemoHotspot>& given, QDate start, int days)
{
    Model model;
    model.hotspots = given.isEmpty() ? defaultDemoHotspots() : given;
    model.start = start;
    model.days = std::max(1, days);
    for (int i = 0; i < model.hotspots.size(); ++i) {
        const QString& category = model.hotspots[i].category;
        qsizetype c = model.categories.indexOf(category);
        if (c < 0) {
            c = model.categories.size();
            model.categories << category;
            model.categoryWeights.push_back(profileFor(category).share);
            model.hotspotsOf.emplace_back();
            model.hotspotWeights.emplace_back();
        }
        model.hotspotsOf[size_t(c)].push_back(i);
        model.hotspotWeights[size_t(c)].push_back(model.hotspots[i].weight);
    }
    return model;
}

io::Incident draw(DeterministicRandom& random, const Model& model)
{
    io::Incident incident;
    const int c = random.weighted(model.categoryWeights.data(), int(model.categoryWeights.size()));
    const Profile& profile = profileFor(model.categories[c]);
    const auto& candidates = model.hotspotsOf[size_t(c)];
    const auto& weights = model.hotspotWeights[size_t(c)];
    const DemoHotspot& spot = model.hotspots[candidates[size_t(random.weighted(weights.data(), int(weights.size())))]];

    // Day by rejection so that weekday and month rhythms multiply.
    const double dayMax = maxOf(profile.weekdays.data(), 7) * maxOf(profile.months.data(), 12);
    QDate date;
    for (;;) {
        date = model.start.addDays(qint64(random.below(quint64(model.days))));
        const double w = profile.weekdays[size_t(date.dayOfWeek() - 1)] * profile.months[size_t(date.month() - 1)];
        if (random.uniform() * dayMax < w)
            break;
    }
    const int hour = random.weighted(profile.hours.data(), 24);
    const int minute = int(random.below(60));
    incident.date = date;
    incident.time = QTime(hour, minute);
    incident.category = model.categories[c];

    const LocalProjection projection(spot.centre.lat, spot.centre.lon);
    const double east = random.normal() * spot.spreadMetres;
    const double north = random.normal() * spot.spreadMetres;
    const GeoPoint geo = projection.toGeo({east, north});
    incident.latitude = std::round(geo.lat * 1e6) / 1e6;
    incident.longitude = std::round(geo.lon * 1e6) / 1e6;
    incident.address = QStringLiteral("%1 %2").arg(spot.street).arg(1 + random.below(150));
    incident.description = profile.texts[qsizetype(random.below(quint64(profile.texts.size())))];
    return incident;
}

} // namespace

QStringList demoCategories()
{
    QStringList names;
    for (const Profile& profile : profiles())
        names << profile.name;
    return names;
}

QList<DemoHotspot> defaultDemoHotspots()
{
    const LocalProjection base(50.4650, 4.8670);
    const auto at = [&base](double east, double north) { return base.toGeo({east, north}); };
    return {
        {at(0, 0), QStringLiteral("Vol de vélo"), 60, 1, QStringLiteral("Place de la Gare")},
        {at(400, 350), QStringLiteral("Vol de vélo"), 50, 0.3, QStringLiteral("Rue de l'École")},
        {at(-350, 200), QStringLiteral("Nuisance nocturne"), 70, 1, QStringLiteral("Place Communale")},
        {at(300, -400), QStringLiteral("Nuisance nocturne"), 120, 0.6, QStringLiteral("Parc des Tilleuls")},
        {at(-600, -500), QStringLiteral("Cambriolage"), 250, 1, QStringLiteral("Avenue des Acacias")},
        {at(700, 600), QStringLiteral("Cambriolage"), 200, 0.7, QStringLiteral("Rue du Coteau")},
        {at(300, -400), QStringLiteral("Dégradation"), 150, 1, QStringLiteral("Parc des Tilleuls")},
        {at(20, -30), QStringLiteral("Dégradation"), 100, 0.5, QStringLiteral("Rue de la Station")},
        {at(400, 350), QStringLiteral("Stationnement gênant"), 40, 1, QStringLiteral("Rue de l'École")},
    };
}

QList<io::Incident> generateDemoIncidents(const DemoOptions& options)
{
    const Model model = makeModel(options.hotspots, options.start, options.days);
    DeterministicRandom random(options.seed);
    QList<io::Incident> incidents;
    incidents.reserve(std::max(0, options.count));
    for (int i = 0; i < options.count; ++i)
        incidents << draw(random, model);
    std::stable_sort(incidents.begin(), incidents.end(), [](const io::Incident& a, const io::Incident& b) {
        return a.date != b.date ? a.date < b.date : *a.time < *b.time;
    });
    for (int i = 0; i < incidents.size(); ++i) {
        incidents[i].reference = QStringLiteral("DEMO-%1-%2").arg(options.seed).arg(i + 1);
        incidents[i].fingerprint = io::incidentFingerprint(incidents[i]);
    }
    return incidents;
}

Status writeDemoCsv(const QString& path, int rows, quint64 seed)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error{QCoreApplication::translate("DemoIncidents", "cannot write the file: %1").arg(file.errorString()),
                     path, 0, {}};
    const Model model = makeModel({}, QDate(2023, 1, 1), 731);
    DeterministicRandom random(seed);
    QByteArray chunk = QByteArrayLiteral("N° PV;Date des faits;Heure;Catégorie;Adresse;Latitude;Longitude;Description\n");
    const auto decimalComma = [](double value) { return QByteArray::number(value, 'f', 6).replace('.', ','); };
    const auto twoDigits = [](int value) { return QByteArray::number(value).rightJustified(2, '0'); };
    for (int i = 0; i < rows; ++i) {
        const io::Incident incident = draw(random, model);
        chunk += "PV-" + QByteArray::number(seed) + '-' + QByteArray::number(i + 1) + ';';
        chunk += twoDigits(incident.date.day()) + '/' + twoDigits(incident.date.month()) + '/'
                 + QByteArray::number(incident.date.year()) + ';';
        chunk += twoDigits(incident.time->hour()) + ':' + twoDigits(incident.time->minute()) + ';';
        chunk += incident.category.toUtf8() + ';' + incident.address.toUtf8() + ';';
        chunk += decimalComma(*incident.latitude) + ';' + decimalComma(*incident.longitude) + ';';
        if (i % 997 == 0)
            chunk += "\"" + incident.description.toUtf8() + "\r\n(suite; \"\"voir PV\"\")\"\n";
        else if (i % 50 == 0)
            chunk += "\"" + incident.description.toUtf8() + "; témoin \"\"présent\"\"\"\n";
        else
            chunk += incident.description.toUtf8() + '\n';
        if (chunk.size() > (1 << 20)) {
            if (file.write(chunk) != chunk.size())
                return Error{QCoreApplication::translate("DemoIncidents", "cannot write the file: %1")
                                 .arg(file.errorString()), path, 0, {}};
            chunk.clear();
        }
    }
    if (file.write(chunk) != chunk.size() || !file.flush())
        return Error{QCoreApplication::translate("DemoIncidents", "cannot write the file: %1").arg(file.errorString()),
                     path, 0, {}};
    return {};
}

} // namespace proxima::sara
