#include "core/io/Incident.h"

#include <QCryptographicHash>

#include <cstring>

namespace proxima::io {

namespace {

QString normalised(const QString& text)
{
    return text.simplified().toCaseFolded();
}

QString coordinate(const std::optional<double>& value, int decimals)
{
    return value ? QString::number(*value, 'f', decimals) : QString();
}

// The key of a row with a plain ASCII reference, straight into UTF-8: what "ref" + separator +
// normalised(reference) gives (simplified() collapses ASCII white space, toCaseFolded() lowers A-Z), without the
// four temporary strings. False for anything else, which takes the general path.
bool asciiReferenceKey(QStringView reference, QByteArray& key)
{
    key.resize(0);
    key.append("ref\x1f", 4);
    bool pendingSpace = false;
    for (const QChar c : reference) {
        const char16_t u = c.unicode();
        if (u >= 0x80)
            return false;
        if (u == ' ' || (u >= 0x09 && u <= 0x0d)) {
            pendingSpace = key.size() > 4;
            continue;
        }
        if (pendingSpace) {
            key.append(' ');
            pendingSpace = false;
        }
        key.append(char(u >= 'A' && u <= 'Z' ? u + ('a' - 'A') : u));
    }
    return key.size() > 4;
}

// One hasher per thread, reset for each row: QCryptographicHash::hash() would allocate one every time.
QCryptographicHash& threadHasher()
{
    thread_local QCryptographicHash hasher(QCryptographicHash::Sha1);
    hasher.reset();
    return hasher;
}

void copyResult(const QCryptographicHash& hasher, unsigned char* digest)
{
    const QByteArrayView result = hasher.resultView();
    std::memcpy(digest, result.data(), size_t(result.size()));
}

} // namespace

bool referenceFingerprintDigest(QStringView reference, unsigned char* digest)
{
    thread_local QByteArray asciiKey;
    if (!asciiReferenceKey(reference, asciiKey))
        return false;
    QCryptographicHash& hasher = threadHasher();
    hasher.addData(asciiKey);
    copyResult(hasher, digest);
    return true;
}

void incidentFingerprintDigest(const Incident& incident, unsigned char* digest)
{
    if (referenceFingerprintDigest(incident.reference, digest))
        return;
    const QChar separator(u'\x1f');
    QString key;
    if (!incident.reference.trimmed().isEmpty()) {
        // The source's own identifier is what makes two rows the same report, even if a later export corrects them.
        key = QStringLiteral("ref") + separator + normalised(incident.reference);
    } else {
        key = QStringLiteral("row") + separator + incident.date.toString(Qt::ISODate) + separator
              + (incident.time ? incident.time->toString(QStringLiteral("HH:mm:ss")) : QString()) + separator
              + normalised(incident.category) + separator + normalised(incident.address) + separator
              + coordinate(incident.latitude, 6) + separator + coordinate(incident.longitude, 6) + separator
              + coordinate(incident.x, 2) + separator + coordinate(incident.y, 2) + separator
              + normalised(incident.description);
    }
    QCryptographicHash& hasher = threadHasher();
    hasher.addData(key.toUtf8());
    copyResult(hasher, digest);
}

QByteArray incidentFingerprintDigest(const Incident& incident)
{
    QByteArray digest(IncidentDigestBytes, Qt::Uninitialized);
    incidentFingerprintDigest(incident, reinterpret_cast<unsigned char*>(digest.data()));
    return digest;
}

QByteArray incidentFingerprint(const Incident& incident)
{
    return incidentFingerprintDigest(incident).toHex();
}

} // namespace proxima::io
