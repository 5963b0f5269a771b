#pragma once

#include "core/common/Result.h"
#include "core/reports/ActionMatrix.h"
#include "core/reports/DocumentOptions.h"
#include "core/reports/WorkspaceData.h"

#include <QCoreApplication>
#include <QStringList>

namespace proxima::reports {

/// Which part of the workspace the action matrix shows. Empty, 0 and invalid values do not restrict.
struct MatrixSelection
{
    QString area;       ///< Area name, any case.
    qint64 caseId = 0;
    QDate from;         ///< Actions whose start..due overlaps from..to.
    QDate to;
};

/// Builds the action matrix from workspace data: one group per problem case in priority order (ranked first,
/// then unranked by id), each with its actions in plan order.
class MatrixQuery
{
    Q_DECLARE_TR_FUNCTIONS(proxima::reports::MatrixQuery)

public:
    /// Unknown area or case, or a period that ends before it starts; the error names the field.
    static Status validate(const WorkspaceData& data, const MatrixSelection& selection);
    /// The matrix of the selection (call validate() first). Cases without actions are left out unless selected.
    static ActionMatrix build(const WorkspaceData& data, const MatrixSelection& selection,
                              const DocumentOptions& options);
    /// Loads the workspace, validates the selection and builds.
    static Result<ActionMatrix> fromWorkspace(Workspace& ws, const MatrixSelection& selection,
                                              const DocumentOptions& options);

    /// One action as a matrix row.
    static ActionRow row(const ResponseAction& action, const DocumentOptions& options);
    /// The referral column: service, date handed over and answer.
    static QString referralText(const ResponseAction& action, const DocumentOptions& options);
    /// The period as printed in the header ("" without dates).
    static QString periodText(const MatrixSelection& selection, const DocumentOptions& options);
    /// The partner organisations of the matrix's actions, in order of first appearance, without duplicates.
    static QStringList partnerOrganisations(const ActionMatrix& matrix);
    /// A signature box for every partner organisation, with the first role it plays.
    static QList<SignatureParty> partnerSignatories(const ActionMatrix& matrix);
};

} // namespace proxima::reports
