#include "ui/matrix/MatrixHeaderDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace proxima {

MatrixHeaderDialog::MatrixHeaderDialog(const MatrixHeader& header, const QList<reports::SignatureParty>& partners,
                                       QWidget* parent)
    : QDialog(parent), m_partners(partners)
{
    setWindowTitle(tr("Header and signatures"));
    m_title = new QLineEdit(header.title, this);
    m_title->setPlaceholderText(tr("Action matrix"));
    m_title->setAccessibleName(tr("Title"));
    m_logo = new QLineEdit(header.logoPath, this);
    m_logo->setAccessibleName(tr("Logo file"));
    auto* browse = new QPushButton(tr("&Browse..."), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Logo"), m_logo->text(),
                                                          tr("Images (*.png *.svg *.jpg)"));
        if (!path.isEmpty())
            m_logo->setText(path);
    });
    auto* logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(browse);

    m_signatures = new QCheckBox(tr("Print a &signature block"), this);
    m_signatures->setChecked(header.signatureBlock);
    m_parties = new QTableWidget(0, 2, this);
    m_parties->setHorizontalHeaderLabels({tr("Organisation"), tr("Role")});
    m_parties->horizontalHeader()->setStretchLastSection(true);
    m_parties->setAccessibleName(tr("Signatories"));
    setParties(header.customSignatories ? header.signatories : partners);
    auto* fromPartners = new QPushButton(tr("&Partners of the actions"), this);
    auto* add = new QPushButton(tr("&Add"), this);
    auto* remove = new QPushButton(tr("&Remove"), this);
    connect(fromPartners, &QPushButton::clicked, this, [this] { setParties(m_partners); });
    connect(add, &QPushButton::clicked, this, [this] {
        addRow({});
        m_parties->editItem(m_parties->item(m_parties->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_parties->currentRow() >= 0)
            m_parties->removeRow(m_parties->currentRow());
    });
    auto* partyButtons = new QHBoxLayout;
    partyButtons->addWidget(fromPartners);
    partyButtons->addStretch(1);
    partyButtons->addWidget(add);
    partyButtons->addWidget(remove);

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Logo:"), logoRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_signatures);
    layout->addWidget(m_parties, 1);
    layout->addLayout(partyButtons);
    layout->addWidget(buttons);
    resize(560, 420);
}

void MatrixHeaderDialog::setParties(const QList<reports::SignatureParty>& parties)
{
    m_parties->setRowCount(0);
    for (const reports::SignatureParty& party : parties)
        addRow(party);
}

void MatrixHeaderDialog::addRow(const reports::SignatureParty& party)
{
    const int row = m_parties->rowCount();
    m_parties->insertRow(row);
    m_parties->setItem(row, 0, new QTableWidgetItem(party.organisation));
    m_parties->setItem(row, 1, new QTableWidgetItem(party.role));
}

MatrixHeader MatrixHeaderDialog::header() const
{
    MatrixHeader header;
    header.title = m_title->text().trimmed();
    header.logoPath = m_logo->text().trimmed();
    header.signatureBlock = m_signatures->isChecked();
    for (int row = 0; row < m_parties->rowCount(); ++row) {
        const QString organisation = m_parties->item(row, 0) ? m_parties->item(row, 0)->text().trimmed() : QString();
        const QString role = m_parties->item(row, 1) ? m_parties->item(row, 1)->text().trimmed() : QString();
        if (!organisation.isEmpty())
            header.signatories << reports::SignatureParty{organisation, role};
    }
    // Untouched partner boxes stay automatic, so they follow the filter; anything else is the user's own list.
    bool same = header.signatories.size() == m_partners.size();
    for (qsizetype i = 0; same && i < m_partners.size(); ++i)
        same = header.signatories[i].organisation == m_partners[i].organisation
            && header.signatories[i].role == m_partners[i].role;
    header.customSignatories = !same;
    return header;
}

} // namespace proxima
