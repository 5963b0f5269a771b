#include "ui/widgets/ConflictDialog.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace proxima {

ConflictChoice ConflictDialog::ask(QWidget* parent, const QString& what, const QString& theirs, const QString& mine)
{
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(QCoreApplication::translate("ConflictDialog", "Changed by another member"));
    box.setText(QCoreApplication::translate("ConflictDialog",
                                            "While you were editing, another member saved a change to %1.")
                    .arg(what));
    box.setInformativeText(QCoreApplication::translate(
        "ConflictDialog", "Keep your version to save it over theirs (theirs stays in the change log), or take "
                          "their version and drop your edits."));
    box.setDetailedText(QCoreApplication::translate("ConflictDialog", "Their version:\n%1\n\nYour version:\n%2")
                            .arg(theirs, mine));
    QPushButton* keep = box.addButton(QCoreApplication::translate("ConflictDialog", "Keep &mine"),
                                      QMessageBox::AcceptRole);
    QPushButton* take = box.addButton(QCoreApplication::translate("ConflictDialog", "Take &theirs"),
                                      QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == keep)
        return ConflictChoice::KeepMine;
    if (box.clickedButton() == take)
        return ConflictChoice::TakeTheirs;
    return ConflictChoice::Cancel;
}

} // namespace proxima
