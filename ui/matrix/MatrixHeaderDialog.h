#pragma once

#include "ui/matrix/MatrixHeader.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QTableWidget;

namespace proxima {

/// Edits the header options of the printed matrix: title, logo file and the parties of the signature block
/// (picked from the partner organisations of the actions, then editable).
class MatrixHeaderDialog : public QDialog
{
    Q_OBJECT
public:
    MatrixHeaderDialog(const MatrixHeader& header, const QList<reports::SignatureParty>& partners,
                       QWidget* parent = nullptr);

    /// The options as edited.
    MatrixHeader header() const;

private:
    void setParties(const QList<reports::SignatureParty>& parties);
    void addRow(const reports::SignatureParty& party);

    QList<reports::SignatureParty> m_partners;
    QLineEdit* m_title;
    QLineEdit* m_logo;
    QCheckBox* m_signatures;
    QTableWidget* m_parties;
};

} // namespace proxima
