#pragma once

#include "core/reports/ActionMatrix.h"

#include <QList>
#include <QString>

namespace proxima {

/// What the coordinator sets for the printed matrix beyond the data: title, logo and the signature block.
struct MatrixHeader
{
    QString title;                               ///< Empty = "Action matrix".
    QString logoPath;                            ///< PNG or SVG file; empty = no logo.
    bool signatureBlock = true;
    bool customSignatories = false;              ///< False = one box per partner organisation of the shown actions.
    QList<reports::SignatureParty> signatories;  ///< Used when customSignatories.
};

} // namespace proxima
