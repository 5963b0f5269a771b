#include "core/io/IncidentColumnMapping.h"

#include <QCoreApplication>

namespace proxima::io {

namespace {

// Header names seen in exports of Belgian police, municipalities and open-data portals (EN/FR/NL), normalised.
const char* const* aliases(IncidentField field)
{
    static const char* const reference[] = {"id", "ref", "reference", "pv", "numero", "nummer", "number", "no", "nr",
                                            "pv_number", "numero_pv", "num_pv", "n_pv", "no_pv", "nr_pv", "pv_nummer", "pv_nr", "incident_id",
                                            "dossier", nullptr};
    static const char* const date[] = {"date", "datum", "date_faits", "date_des_faits", "datum_feiten", "datum_feit",
                                       "occurred", "occurred_at", "date_time", "datetime", "date_heure", "datum_tijd",
                                       "datum_uur", "timestamp", nullptr};
    static const char* const time[] = {"time", "heure", "uur", "tijd", "hour", "heure_faits", "uur_feiten", nullptr};
    static const char* const type[] = {"type", "category", "categorie", "feit", "feiten", "nature", "soort",
                                       "offence", "offense", "incident_type", "type_fait", "type_feit",
                                       "qualification", "kwalificatie", nullptr};
    static const char* const address[] = {"address", "adresse", "adres", "street", "rue", "straat", "location",
                                          "lieu", "plaats", "locatie", nullptr};
    static const char* const latitude[] = {"lat", "latitude", "breedtegraad", nullptr};
    static const char* const longitude[] = {"lon", "lng", "long", "longitude", "lengtegraad", nullptr};
    static const char* const x[] = {"x", "coord_x", "x_coord", "lambert_x", nullptr};
    static const char* const y[] = {"y", "coord_y", "y_coord", "lambert_y", nullptr};
    static const char* const description[] = {"description", "omschrijving", "beschrijving", "texte", "text",
                                              "comment", "commentaire", "remarque", "opmerking", "details", "notes",
                                              nullptr};
    // The neighbourhood, sector or zone the export files the incident under (matched to the workspace's areas).
    static const char* const area[] = {"area", "zone", "quartier", "wijk", "buurt", "secteur", "sector",
                                       "neighbourhood", "neighborhood", "district", "deelgemeente", "section",
                                       "gebied", nullptr};
    switch (field) {
    case IncidentField::Reference: return reference;
    case IncidentField::Date: return date;
    case IncidentField::Time: return time;
    case IncidentField::Type: return type;
    case IncidentField::Address: return address;
    case IncidentField::Latitude: return latitude;
    case IncidentField::Longitude: return longitude;
    case IncidentField::X: return x;
    case IncidentField::Y: return y;
    case IncidentField::Description: return description;
    case IncidentField::Area: return area;
    }
    return reference;
}

} // namespace

QString incidentFieldKey(IncidentField field)
{
    static const char* const keys[] = {"reference", "date", "time", "type", "address",
                                       "latitude", "longitude", "x", "y", "description", "area"};
    return QString::fromLatin1(keys[int(field)]);
}

QString incidentFieldLabel(IncidentField field)
{
    switch (field) {
    case IncidentField::Reference: return QCoreApplication::translate("IncidentField", "Reference");
    case IncidentField::Date: return QCoreApplication::translate("IncidentField", "Date");
    case IncidentField::Time: return QCoreApplication::translate("IncidentField", "Time");
    case IncidentField::Type: return QCoreApplication::translate("IncidentField", "Type");
    case IncidentField::Address: return QCoreApplication::translate("IncidentField", "Address");
    case IncidentField::Latitude: return QCoreApplication::translate("IncidentField", "Latitude");
    case IncidentField::Longitude: return QCoreApplication::translate("IncidentField", "Longitude");
    case IncidentField::X: return QCoreApplication::translate("IncidentField", "X");
    case IncidentField::Y: return QCoreApplication::translate("IncidentField", "Y");
    case IncidentField::Description: return QCoreApplication::translate("IncidentField", "Description");
    case IncidentField::Area: return QCoreApplication::translate("IncidentField", "Area");
    }
    return {};
}

bool isRequired(IncidentField field)
{
    return field == IncidentField::Date || field == IncidentField::Type;
}

QString normalisedHeader(const QString& header)
{
    const QString decomposed = header.normalized(QString::NormalizationForm_D).toLower();
    QString result;
    result.reserve(decomposed.size());
    bool pendingSeparator = false;
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            if (pendingSeparator && !result.isEmpty())
                result.append(QLatin1Char('_'));
            pendingSeparator = false;
            result.append(c);
        } else {
            pendingSeparator = true;
        }
    }
    return result;
}

void IncidentColumnMapping::setHeader(IncidentField field, const QString& header)
{
    m_columns[size_t(field)] = ColumnRef{header, -1};
}

void IncidentColumnMapping::setIndex(IncidentField field, int index)
{
    m_columns[size_t(field)] = ColumnRef{{}, index};
}

void IncidentColumnMapping::clear(IncidentField field)
{
    m_columns[size_t(field)] = ColumnRef{};
}

bool IncidentColumnMapping::isEmpty() const
{
    for (const ColumnRef& ref : m_columns) {
        if (ref.isSet())
            return false;
    }
    return true;
}

IncidentColumnMapping IncidentColumnMapping::autoMap(const QStringList& headers)
{
    IncidentColumnMapping mapping;
    for (const QString& header : headers) {
        const QString key = normalisedHeader(header);
        for (int f = 0; f < incidentFieldCount; ++f) {
            const auto field = IncidentField(f);
            if (mapping.column(field).isSet())
                continue;
            bool match = false;
            for (const char* const* alias = aliases(field); *alias && !match; ++alias)
                match = key == QLatin1String(*alias);
            if (match) {
                mapping.setHeader(field, header);
                break;
            }
        }
    }
    return mapping;
}

Result<ResolvedColumns> IncidentColumnMapping::resolve(const QStringList& headers, const QString& fileName) const
{
    ResolvedColumns resolved;
    resolved.fill(-1);
    QStringList missingRequired;
    QStringList notFound;
    for (int f = 0; f < incidentFieldCount; ++f) {
        const auto field = IncidentField(f);
        const ColumnRef& ref = m_columns[size_t(f)];
        int index = -1;
        if (!ref.header.isEmpty()) {
            const QString wanted = ref.header.trimmed();
            for (int i = 0; i < headers.size() && index < 0; ++i) {
                if (headers[i].trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
                    index = i;
            }
        } else if (ref.index >= 0 && (ref.index < headers.size() || headers.isEmpty())) {
            index = ref.index;   // without a header line the width is only known per row
        }
        if (index >= 0)
            resolved[size_t(f)] = index;
        else if (isRequired(field))
            missingRequired << incidentFieldKey(field);
        else if (ref.isSet())
            notFound << (ref.header.isEmpty() ? QStringLiteral("#%1").arg(ref.index + 1)
                                              : QStringLiteral("'%1'").arg(ref.header));
    }
    QStringList parts;
    if (!missingRequired.isEmpty())
        parts << QCoreApplication::translate("IncidentColumnMapping", "missing required columns: %1")
                     .arg(missingRequired.join(QStringLiteral(", ")));
    if (!notFound.isEmpty())
        parts << QCoreApplication::translate("IncidentColumnMapping", "mapped columns not in the file: %1")
                     .arg(notFound.join(QStringLiteral(", ")));
    if (!parts.isEmpty())
        return Error{parts.join(QStringLiteral("; ")), fileName, 1, {}};
    return resolved;
}

} // namespace proxima::io
