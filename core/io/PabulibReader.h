#pragma once

#include "core/budgeting/BudgetInstance.h"
#include "core/common/Result.h"
#include "core/io/PabulibDocument.h"

#include <QByteArray>
#include <QString>

#include <gmpxx.h>

#include <optional>

namespace proxima::io {

/// Reads pabulib (.pb) participatory budgeting files: sections META, PROJECTS, VOTES, semicolon separated, each
/// with a header row. Tolerates BOM, CRLF, quoted fields, decimal costs ("4000.0", "4000,5"), empty and "None"
/// votes. Every defect is an Error naming the file, line and field.
class PabulibReader
{
public:
    /// Splits the text into META and the two tables, checking the section structure.
    static Result<PabulibDocument> parse(const QByteArray& bytes, const QString& fileName);
    /// Builds the budgeting instance: one resource (the budget), projects, ballots; checks counts and ids.
    static Result<budgeting::BudgetInstance> toInstance(const PabulibDocument& document, const QString& fileName);
    /// parse + toInstance from a file on disk.
    static Result<budgeting::BudgetInstance> load(const QString& path);
    /// Reads only the document (for export or inspection).
    static Result<PabulibDocument> readDocument(const QString& path);
    /// Exact value of a decimal written with '.' or ',' ("4000.0", "12,5", "-3"); nullopt when not a number.
    static std::optional<mpq_class> parseDecimal(const QString& text);
};

} // namespace proxima::io
