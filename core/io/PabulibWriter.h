#pragma once

#include "core/budgeting/BudgetInstance.h"
#include "core/common/Result.h"
#include "core/io/PabulibDocument.h"

#include <QByteArray>
#include <QString>

namespace proxima::io {

/// Writes pabulib (.pb) files.
class PabulibWriter
{
public:
    /// The document as .pb text (LF line ends, fields quoted when they contain ';', '"' or edge spaces).
    static QByteArray write(const PabulibDocument& document);
    /// Writes the document to a file.
    static Status writeFile(const PabulibDocument& document, const QString& path);
    /// A document describing an instance with one resource (the first): META, PROJECTS (id, cost, votes, name),
    /// VOTES (voter_id, vote and points for cumulative or scoring ballots).
    static PabulibDocument fromInstance(const budgeting::BudgetInstance& instance);
    /// Decimal text of an exact amount ("4000", "12.5"; a repeating fraction gets 6 decimals).
    static QString decimalText(const mpq_class& value);
};

} // namespace proxima::io
