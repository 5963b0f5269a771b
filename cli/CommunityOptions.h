#pragma once

#include "cli/ArgumentParser.h"
#include "cli/Command.h"
#include "core/common/Result.h"

#include <QDate>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace proxima {
class Workspace;
}

namespace proxima::cli {

// Reading the options of the community commands (group, contact, outreach, coverage). Each reader leaves the value
// unchanged when the option is absent and returns an error naming the option ("--date") when its text is wrong.
namespace community_options {

/// --option YYYY-MM-DD.
Status readDate(const ArgumentParser& parser, const QString& option, QDate* date);
/// --option N, a whole number from 0.
Status readCount(const ArgumentParser& parser, const QString& option, int* count);
/// --option ID, a record id (from 1).
Status readId(const ArgumentParser& parser, const QString& option, qint64* id);
/// A repeatable --option ID: every id given.
Status readIds(const ArgumentParser& parser, const QString& option, QList<qint64>* ids);

/// "unknown <what> 'text' (one of: a, b, c)" on the option.
Error unknownKey(const QString& option, const QString& what, const QString& text, const QStringList& keys);

/// --option KEY of an enum with a key table (groupKindFromKey, ...); keys lists them for the error.
template <typename Enum, typename FromKey>
Status readKey(const ArgumentParser& parser, const QString& option, const QString& what, FromKey fromKey,
               const QStringList& keys, Enum* value)
{
    if (!parser.isSet(option))
        return {};
    const std::optional<Enum> parsed = fromKey(parser.value(option));
    if (!parsed)
        return unknownKey(option, what, parser.value(option), keys);
    *value = *parsed;
    return {};
}

/// `add FILE [options]` of a community command: parses, requires the non-empty options of `required`, runs prepare
/// (reads the options into the record; its errors are usage errors), opens the workspace and runs add as one
/// transaction, then prints the new id. Returns the exit code.
int addCommunityRecord(ArgumentParser& parser, const QStringList& arguments, Io& io, const QString& command,
                       const QStringList& required, const std::function<Status()>& prepare,
                       const std::function<Result<qint64>(Workspace&)>& add);

/// The id of the area named by --area (created when new, as `case add` does), or 0 when the option is absent.
Result<qint64> areaOption(const ArgumentParser& parser, Workspace& ws);

/// JSON of an optional value: the date, the id or the number, or null.
QJsonValue jsonDate(const QDate& date);
QJsonValue jsonId(qint64 id);
QJsonValue jsonNumber(const std::optional<double>& value);

} // namespace community_options
} // namespace proxima::cli
