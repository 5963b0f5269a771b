#include "cli/ArgumentParser.h"

namespace proxima::cli {

void ArgumentParser::addValueOption(const QString& name)
{
    m_valueOptions.insert(name);
}

void ArgumentParser::addFlag(const QString& name)
{
    m_flags.insert(name);
}

Status ArgumentParser::parse(const QStringList& arguments)
{
    bool onlyPositional = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (onlyPositional || !arg.startsWith(QStringLiteral("--")) || arg == QStringLiteral("-")) {
            m_positional << arg;
            continue;
        }
        if (arg == QStringLiteral("--")) {
            onlyPositional = true;
            continue;
        }
        QString name = arg.mid(2);
        QString inlineValue;
        bool hasInline = false;
        const int eq = name.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
            hasInline = true;
        }
        if (m_flags.contains(name)) {
            if (hasInline)
                return Error{QStringLiteral("option --%1 takes no value").arg(name), {}, 0, {}};
            m_flagsSet.insert(name);
        } else if (m_valueOptions.contains(name)) {
            if (hasInline) {
                m_values.insert(name, inlineValue);
            } else if (i + 1 < arguments.size()) {
                m_values.insert(name, arguments.at(++i));
            } else {
                return Error{QStringLiteral("option --%1 needs a value").arg(name), {}, 0, {}};
            }
            m_allValues[name] << m_values.value(name);
        } else {
            return Error{QStringLiteral("unknown option --%1").arg(name), {}, 0, {}};
        }
    }
    return {};
}

} // namespace proxima::cli
