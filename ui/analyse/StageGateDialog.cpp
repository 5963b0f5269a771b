#include "ui/analyse/StageGateDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace proxima {

StageGateDialog::StageGateDialog(const StageGateRequest& request, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Move to %1").arg(stageLabel(request.to)));
    const QList<sara::GateItem> unmet = request.check.unmet();
    m_needsReason = !unmet.isEmpty();

    auto* heading = new QLabel(tr("<b>Move \"%1\" from %2 to %3?</b>")
                                   .arg(request.problem.title.toHtmlEscaped(), stageLabel(request.from),
                                        stageLabel(request.to)),
                               this);
    heading->setWordWrap(true);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("gateChecklist"));
    m_list->setAccessibleName(tr("What the %1 stage needs").arg(stageLabel(request.to)));
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setWordWrap(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setFocusPolicy(Qt::NoFocus);
    for (const sara::GateItem& item : request.check.items) {
        auto* row = new QListWidgetItem(style()->standardIcon(item.satisfied ? QStyle::SP_DialogApplyButton
                                                                             : QStyle::SP_DialogCancelButton),
                                        (item.satisfied ? tr("Done: %1") : tr("Missing: %1")).arg(item.text), m_list);
        row->setData(Qt::UserRole, item.key);
        row->setData(Qt::UserRole + 1, item.satisfied);
        row->setForeground(item.satisfied ? QColor(0x1b, 0x6e, 0x2a) : QColor(0xa3, 0x1d, 0x1d));
    }
    m_list->setMinimumHeight(qMin(6, int(request.check.items.size()) + 1) * m_list->fontMetrics().height() * 2);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("gateReason"));
    m_reason->setAccessibleName(tr("Reason for moving anyway"));
    m_reason->setPlaceholderText(tr("Why the case moves on although this is missing (recorded in the history)"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(m_reason->fontMetrics().height() * 5);
    if (m_needsReason) {
        m_summary->setText(tr("Not met: %1 of %2 requirements of the %3 stage. You can move anyway with a reason; "
                              "it is recorded in the stage history.")
                               .arg(unmet.size())
                               .arg(request.check.items.size())
                               .arg(stageLabel(request.to)));
    } else {
        m_summary->setText(tr("Everything the %1 stage needs is in place.").arg(stageLabel(request.to)));
        m_reason->hide();
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_move = buttons->addButton(m_needsReason ? tr("Move &anyway") : tr("&Move"), QDialogButtonBox::AcceptRole);
    m_move->setObjectName(QStringLiteral("gateMove"));
    m_move->setDefault(!m_needsReason);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_list);
    layout->addWidget(m_summary);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &StageGateDialog::updateButtons);
    updateButtons();
    if (m_needsReason)
        m_reason->setFocus();
}

void StageGateDialog::updateButtons()
{
    m_move->setEnabled(!m_needsReason || !m_reason->toPlainText().trimmed().isEmpty());
}

StageGateDecision StageGateDialog::decision() const
{
    return {result() == QDialog::Accepted && m_move->isEnabled(),
            m_needsReason ? m_reason->toPlainText().trimmed() : QString()};
}

StageGateDecision StageGateDialog::ask(QWidget* parent, const StageGateRequest& request)
{
    StageGateDialog dialog(request, parent);
    dialog.exec();
    return dialog.decision();
}

} // namespace proxima
