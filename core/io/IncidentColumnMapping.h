#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QStringList>

#include <array>

namespace proxima::io {

/// The fields of an Incident a CSV column can fill.
enum class IncidentField { Reference, Date, Time, Type, Address, Latitude, Longitude, X, Y, Description, Area };
inline constexpr int incidentFieldCount = 11;

/// Stable untranslated key of a field ("date", "type", ...), for saved mappings and error texts.
QString incidentFieldKey(IncidentField field);
/// Translated label of a field for the mapping screen.
QString incidentFieldLabel(IncidentField field);
/// Date and type must be mapped; the rest is optional.
bool isRequired(IncidentField field);

/// Where a field comes from: a header name (matched case-insensitively, trimmed) or a 0-based column index.
struct ColumnRef
{
    QString header;
    int index = -1;
    bool isSet() const { return !header.isEmpty() || index >= 0; }
};

/// Column indices per field after resolving a mapping against the headers (-1 = not mapped).
using ResolvedColumns = std::array<int, incidentFieldCount>;

/// Field → column assignment for an incident import.
class IncidentColumnMapping
{
public:
    /// Takes the column with this header for the field.
    void setHeader(IncidentField field, const QString& header);
    /// Takes the column at this 0-based index for the field.
    void setIndex(IncidentField field, int index);
    /// Leaves the field unmapped.
    void clear(IncidentField field);
    /// The current assignment of a field.
    const ColumnRef& column(IncidentField field) const { return m_columns[size_t(field)]; }
    /// True when no field is mapped.
    bool isEmpty() const;

    /// Guesses the mapping from common EN/FR/NL header names (accents, case, spaces and '_' ignored); the first
    /// matching header wins for each field.
    static IncidentColumnMapping autoMap(const QStringList& headers);

    /// Column indices for these headers. Error (line 1) naming every required field not mapped and every mapped
    /// column that is not in the file, all in one message.
    Result<ResolvedColumns> resolve(const QStringList& headers, const QString& fileName = {}) const;

private:
    std::array<ColumnRef, incidentFieldCount> m_columns;
};

/// Header text reduced for matching: lower case, accents removed, runs of non-alphanumerics as one '_'.
QString normalisedHeader(const QString& header);

} // namespace proxima::io
