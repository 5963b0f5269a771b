#include "core/io/IcsExporter.h"

#include "core/common/AtomicFile.h"
#include "core/reports/MatrixLabels.h"

#include <QCryptographicHash>
#include <QStringList>

namespace proxima::io {

using namespace reports;

QString IcsExporter::escapeText(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(','))
            escaped += QLatin1Char('\\') + QString(c);
        else if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
            continue;  // CRLF becomes one \n below
        else if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            escaped += QStringLiteral("\\n");
        else
            escaped += c;
    }
    return escaped;
}

QByteArray IcsExporter::fold(const QByteArray& line)
{
    QByteArray out;
    qsizetype pos = 0;
    qsizetype limit = 75;
    while (line.size() - pos > limit) {
        qsizetype cut = pos + limit;
        // Step back over UTF-8 continuation bytes so that a character is never split.
        while (cut > pos && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80)
            --cut;
        out += line.mid(pos, cut - pos) + "\r\n ";
        pos = cut;
        limit = 74;  // the leading space of a continuation line counts
    }
    out += line.mid(pos) + "\r\n";
    return out;
}

QString IcsExporter::uid(const ActionRow& action, const ProblemGroup& group, const QString& domain)
{
    QString id = action.id;
    if (id.isEmpty()) {
        // Without an id, the problem and title identify the action well enough to stay stable across exports.
        const QByteArray key = (group.caseId + QLatin1Char('\n') + action.title).toUtf8();
        id = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(16));
    }
    return QStringLiteral("action-") + id + QLatin1Char('@') + domain;
}

QByteArray IcsExporter::toIcs(const ActionMatrix& matrix, const IcsOptions& options)
{
    QByteArray out;
    auto add = [&](const QString& line) { out += fold(line.toUtf8()); };
    const QString stamp = options.stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    add(QStringLiteral("BEGIN:VCALENDAR"));
    add(QStringLiteral("VERSION:2.0"));
    add(QStringLiteral("PRODID:-//Proxima//Action matrix//EN"));
    add(QStringLiteral("CALSCALE:GREGORIAN"));
    if (!matrix.title.isEmpty())
        add(QStringLiteral("X-WR-CALNAME:") + escapeText(matrix.title));
    for (const ProblemGroup& group : matrix.groups) {
        for (const ActionRow& action : group.actions) {
            if (!action.due.isValid())
                continue;
            QStringList description{tr("Problem: %1").arg(group.title)};
            if (!action.lead.isEmpty())
                description << tr("Lead: %1").arg(action.lead);
            if (!action.partners.isEmpty())
                description << tr("Partners: %1").arg(MatrixLabels::partners(action.partners));
            description << tr("Status: %1").arg(MatrixLabels::status(action.status));
            if (!action.successMeasure.isEmpty())
                description << tr("Success measure: %1").arg(action.successMeasure);
            add(QStringLiteral("BEGIN:VEVENT"));
            add(QStringLiteral("UID:") + uid(action, group, options.uidDomain));
            add(QStringLiteral("DTSTAMP:") + stamp);
            add(QStringLiteral("DTSTART;VALUE=DATE:") + action.due.toString(QStringLiteral("yyyyMMdd")));
            add(QStringLiteral("DTEND;VALUE=DATE:") + action.due.addDays(1).toString(QStringLiteral("yyyyMMdd")));
            add(QStringLiteral("SUMMARY:") + escapeText(tr("Due: %1").arg(action.title)));
            add(QStringLiteral("DESCRIPTION:") + escapeText(description.join(QLatin1Char('\n'))));
            add(QStringLiteral("END:VEVENT"));
        }
    }
    add(QStringLiteral("END:VCALENDAR"));
    return out;
}

Status IcsExporter::write(const QString& path, const ActionMatrix& matrix, const IcsOptions& options)
{
    return writeFileAtomically(path, toIcs(matrix, options));
}

} // namespace proxima::io
