#include "io/Incident.h"

#include <QCryptographicHash>

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

} // namespace

QByteArray incidentFingerprint(const Incident& incident)
{
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
    return QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex();
}

} // namespace proxima::io
