#pragma once

#include "documents/Flow.h"
#include "core/reports/ActionMatrix.h"

#include <QCoreApplication>

namespace proxima::documents {

/// Boxes for the partners to sign (organisation, role, name, date, signature), kept together on one page.
class SignatureBlock
{
    Q_DECLARE_TR_FUNCTIONS(proxima::documents::SignatureBlock)

public:
    /// Adds the block (title and rows of boxes) to the flow; nothing when there are no parties.
    static void add(Flow& flow, const LayoutContext& context, const QList<reports::SignatureParty>& parties);
};

} // namespace proxima::documents
