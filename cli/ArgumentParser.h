#pragma once

#include "core/common/Result.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace proxima::cli {

/// Small parser for "--flag", "--option value" and "--option=value" plus positional arguments.
/// Unknown options and missing values are reported as errors naming the option.
class ArgumentParser
{
public:
    /// Declares an option taking a value (e.g. "method").
    void addValueOption(const QString& name);
    /// Declares a boolean flag (e.g. "json").
    void addFlag(const QString& name);

    /// Parses; on error the message names the offending argument.
    Status parse(const QStringList& arguments);

    bool isSet(const QString& name) const { return m_values.contains(name) || m_flagsSet.contains(name); }
    QString value(const QString& name, const QString& fallback = {}) const { return m_values.value(name, fallback); }
    /// Every value given to a repeatable option, in order (value() is the last one).
    QStringList values(const QString& name) const { return m_allValues.value(name); }
    const QStringList& positional() const { return m_positional; }

private:
    QSet<QString> m_valueOptions;
    QSet<QString> m_flags;
    QHash<QString, QString> m_values;
    QHash<QString, QStringList> m_allValues;
    QSet<QString> m_flagsSet;
    QStringList m_positional;
};

} // namespace proxima::cli
