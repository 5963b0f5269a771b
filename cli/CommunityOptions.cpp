#include "cli/CommunityOptions.h"

#include "cli/CliSupport.h"
#include "core/storage/repositories/AreaRepository.h"

#include <QCoreApplication>

namespace proxima::cli::community_options {
namespace {

Error optionError(const QString& message, const QString& option)
{
    return Error{message, {}, 0, QStringLiteral("--") + option};
}

} // namespace

Status readDate(const ArgumentParser& parser, const QString& option, QDate* date)
{
    if (!parser.isSet(option))
        return {};
    const QString text = parser.value(option).trimmed();
    const QDate parsed = QDate::fromString(text, Qt::ISODate);
    if (!parsed.isValid())
        return optionError(QCoreApplication::translate("cli", "'%1' is not a date (YYYY-MM-DD)").arg(text), option);
    *date = parsed;
    return {};
}

Status readCount(const ArgumentParser& parser, const QString& option, int* count)
{
    if (!parser.isSet(option))
        return {};
    bool ok = false;
    const int parsed = parser.value(option).trimmed().toInt(&ok);
    if (!ok || parsed < 0)
        return optionError(
            QCoreApplication::translate("cli", "'%1' is not a whole number from 0").arg(parser.value(option)), option);
    *count = parsed;
    return {};
}

Status readId(const ArgumentParser& parser, const QString& option, qint64* id)
{
    if (!parser.isSet(option))
        return {};
    QList<qint64> ids;
    if (Status s = readIds(parser, option, &ids); !s)
        return s;
    *id = ids.last();
    return {};
}

Status readIds(const ArgumentParser& parser, const QString& option, QList<qint64>* ids)
{
    for (const QString& text : parser.values(option)) {
        bool ok = false;
        const qint64 id = text.trimmed().toLongLong(&ok);
        if (!ok || id <= 0)
            return optionError(QCoreApplication::translate("cli", "'%1' is not an id").arg(text), option);
        ids->append(id);
    }
    return {};
}

Error unknownKey(const QString& option, const QString& what, const QString& text, const QStringList& keys)
{
    return optionError(QCoreApplication::translate("cli", "unknown %1 '%2' (one of: %3)")
                           .arg(what, text, keys.join(QStringLiteral(", "))),
                       option);
}

int addCommunityRecord(ArgumentParser& parser, const QStringList& arguments, Io& io, const QString& command,
                       const QStringList& required, const std::function<Status()>& prepare,
                       const std::function<Result<qint64>(Workspace&)>& add)
{
    int code = ExitOk;
    if (!parseOrFail(parser, arguments, 1, io, command, &code))
        return code;
    for (const QString& option : required) {
        if (parser.value(option).trimmed().isEmpty())
            return fail(io, command, QCoreApplication::translate("cli", "--%1 is required").arg(option), ExitUsage);
    }
    // The command line is checked whole before the file is opened: a wrong option never half-writes a record.
    if (Status s = prepare(); !s)
        return fail(io, command, s.error(), ExitUsage);
    auto ws = openWorkspace(parser.positional().at(0), io, command);
    if (!ws)
        return ExitFailure;
    qint64 id = 0;
    const Status written = ws->write([&]() -> Status {
        Result<qint64> added = add(*ws);
        if (!added)
            return added.error();
        id = added.value();
        return {};
    });
    if (!written)
        return fail(io, command, written.error());
    io.out << id << '\n';
    return ExitOk;
}

Result<qint64> areaOption(const ArgumentParser& parser, Workspace& ws)
{
    if (!parser.isSet(QStringLiteral("area")))
        return qint64(0);
    return AreaRepository(ws).idForName(parser.value(QStringLiteral("area")), true);
}

QJsonValue jsonDate(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonId(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonNumber(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace proxima::cli::community_options
