#pragma once

#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace proxima::io {

/// One data row of a pabulib section: its cells (header order) and its 1-based line in the file.
struct PabulibRow
{
    QStringList cells;
    int line = 0;
};

/// A pabulib (.pb) file as written: META key/value pairs, PROJECTS and VOTES tables with their header rows.
/// Kept as text so that export writes back exactly what was read (round trip).
struct PabulibDocument
{
    std::vector<std::pair<QString, QString>> meta;
    std::vector<int> metaLines;
    QStringList projectColumns;
    std::vector<PabulibRow> projects;
    QStringList voteColumns;
    std::vector<PabulibRow> votes;
    int projectHeaderLine = 0; ///< line of the PROJECTS header row (of the section name when it has none)
    int voteHeaderLine = 0;    ///< the same for VOTES

    /// META value for a key (case-insensitive), or an empty string.
    QString metaValue(const QString& key) const;
    /// Line of a META key, or 0.
    int metaLine(const QString& key) const;
    /// Same META, columns and cells (line numbers are ignored).
    bool sameContent(const PabulibDocument& other) const;
};

} // namespace proxima::io
