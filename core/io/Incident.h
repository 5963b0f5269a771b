#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

#include <optional>

namespace proxima::io {

/// One recorded incident (a police report, a complaint, a call), as imported or generated. Plain value.
struct Incident
{
    QString reference;                  ///< external id (PV number, ticket id), empty when the source has none
    QDate date;                         ///< day it occurred (always valid in imported incidents)
    std::optional<QTime> time;          ///< time of day, when known
    QString category;                   ///< type of incident ("Vol de vélo", "Nuisance", ...)
    QString address;                    ///< address or place description as given
    std::optional<double> latitude;     ///< WGS84 degrees, set together with longitude
    std::optional<double> longitude;
    std::optional<double> x;            ///< projected or pixel coordinates, set together with y
    std::optional<double> y;
    QString description;                ///< free text
    QString area;                       ///< area (neighbourhood, sector) named by the source; not in the fingerprint
    int sourceLine = 0;                 ///< physical line in the source file (0 for generated incidents)
    QByteArray fingerprint;             ///< 40 hex digits, see incidentFingerprint()

    /// Date and time (midnight when the time is unknown), local time.
    QDateTime occurred() const { return QDateTime(date, time.value_or(QTime(0, 0))); }
};

/// Stable content fingerprint (SHA-1, lowercase hex) for de-duplication across re-imports: from the external
/// reference when there is one, otherwise from the normalised fields (case, spacing, coordinate rounding ignored).
QByteArray incidentFingerprint(const Incident& incident);
/// The same fingerprint as 20 raw bytes (what incidentFingerprint() writes in hex).
QByteArray incidentFingerprintDigest(const Incident& incident);
constexpr int IncidentDigestBytes = 20;
/// The same 20 bytes written to digest, without allocating (for bulk imports).
void incidentFingerprintDigest(const Incident& incident, unsigned char* digest);
/// The digest of any incident whose reference is `reference`, when that reference is plain ASCII and not blank (the
/// reference alone then makes the fingerprint); false, with nothing written, otherwise.
bool referenceFingerprintDigest(QStringView reference, unsigned char* digest);

} // namespace proxima::io
