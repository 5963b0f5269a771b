#include "ui/voting/BallotWidget.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace proxima {

using voting::Method;

namespace {
constexpr int PositionRole = Qt::UserRole + 1;
}

BallotWidget::BallotWidget(const VotingSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setAccessibleName(tr("Ballot"));
    switch (session.options.method) {
    case Method::Approval:
        buildApproval();
        break;
    case Method::Score:
        buildScore();
        break;
    case Method::Dots:
        buildDots();
        break;
    default:
        buildRanking();
        break;
    }
}

void BallotWidget::buildRanking()
{
    auto* layout = new QVBoxLayout(this);
    auto* help = new QLabel(tr("Put the problems in your order, most important at the top (drag them or use the "
                               "buttons). Tick \"same place as above\" for a tie. A problem you leave out gets no "
                               "place on your ballot."),
                            this);
    help->setWordWrap(true);
    layout->addWidget(help);
    auto* row = new QHBoxLayout;
    auto* lists = new QVBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("rankingList"));
    m_list->setAccessibleName(tr("Your ranking"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    lists->addWidget(m_list, 3);
    auto* leftOutLabel = new QLabel(tr("Left out (not ranked):"), this);
    lists->addWidget(leftOutLabel);
    m_leftOut = new QListWidget(this);
    m_leftOut->setObjectName(QStringLiteral("leftOutList"));
    m_leftOut->setAccessibleName(tr("Problems left out of your ranking"));
    leftOutLabel->setBuddy(m_leftOut);
    lists->addWidget(m_leftOut, 1);
    row->addLayout(lists, 1);
    auto* buttons = new QVBoxLayout;
    auto* up = new QPushButton(tr("Move &up"), this);
    auto* down = new QPushButton(tr("Move &down"), this);
    auto* leaveOut = new QPushButton(tr("&Leave out"), this);
    auto* rankAgain = new QPushButton(tr("&Rank again"), this);
    up->setObjectName(QStringLiteral("moveUp"));
    down->setObjectName(QStringLiteral("moveDown"));
    leaveOut->setObjectName(QStringLiteral("leaveOut"));
    rankAgain->setObjectName(QStringLiteral("rankAgain"));
    leaveOut->setToolTip(tr("Take the selected problem out of your ranking (double-click does the same)"));
    rankAgain->setToolTip(tr("Put the selected left-out problem back, at the bottom of your ranking"));
    for (QPushButton* b : {up, down, leaveOut, rankAgain})
        buttons->addWidget(b);
    buttons->addStretch();
    row->addLayout(buttons);
    layout->addLayout(row);
    connect(up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(down, &QPushButton::clicked, this, [this] { move(1); });
    connect(leaveOut, &QPushButton::clicked, this, &BallotWidget::leaveOutCurrent);
    connect(rankAgain, &QPushButton::clicked, this, &BallotWidget::rankCurrentAgain);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &BallotWidget::leaveOutCurrent);
    connect(m_leftOut, &QListWidget::itemDoubleClicked, this, &BallotWidget::rankCurrentAgain);
    connect(m_list, &QListWidget::itemChanged, this, &BallotWidget::changed);
    clear();
}

void BallotWidget::move(int delta)
{
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_list->count())
        return;
    QListWidgetItem* item = m_list->takeItem(row);
    m_list->insertItem(target, item);
    m_list->setCurrentRow(target);
    emit changed();
}

namespace {

// Moves the current item of `from` to the end of `to` and makes it current there; the next item of `from` becomes
// current. Returns the item, or nullptr when `from` has no current item.
QListWidgetItem* moveCurrentTo(QListWidget* from, QListWidget* to)
{
    const int row = from->currentRow();
    if (row < 0)
        return nullptr;
    QListWidgetItem* item = from->takeItem(row);
    to->addItem(item);
    to->setCurrentItem(item);
    from->setCurrentRow(std::min(row, from->count() - 1));
    return item;
}

} // namespace

void BallotWidget::leaveOutCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    const QSignalBlocker block(m_list);
    // A problem tied with this one ("same place as above") keeps its place: it now heads the tie.
    if (m_list->item(row)->checkState() != Qt::Checked || row == 0) {
        if (QListWidgetItem* next = m_list->item(row + 1); next && next->checkState() == Qt::Checked)
            next->setCheckState(Qt::Unchecked);
    }
    QListWidgetItem* item = moveCurrentTo(m_list, m_leftOut);
    item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
    item->setData(Qt::CheckStateRole, QVariant());   // a left-out problem shows no tie box
    emit changed();
}

void BallotWidget::rankCurrentAgain()
{
    const QSignalBlocker block(m_list);
    QListWidgetItem* item = moveCurrentTo(m_leftOut, m_list);
    if (!item)
        return;
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
    emit changed();
}

void BallotWidget::buildApproval()
{
    auto* layout = new QVBoxLayout(this);
    const int max = m_session.options.approval.maxApprovals;
    layout->addWidget(new QLabel(max > 0 ? tr("Tick the problems you want tackled (at most %1).").arg(max)
                                         : tr("Tick the problems you want tackled."),
                                 this));
    for (int c = 0; c < m_session.candidates.size(); ++c) {
        auto* box = new QCheckBox(m_session.candidates.at(c).label, this);
        box->setObjectName(QStringLiteral("approve-%1").arg(c));
        m_approvals << box;
        layout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, [this] {
            updateLimits();
            emit changed();
        });
    }
    m_status = new QLabel(this);
    layout->addWidget(m_status);
    layout->addStretch();
    updateLimits();
}

void BallotWidget::buildScore()
{
    auto* layout = new QFormLayout(this);
    const int max = m_session.options.score.maxScore;
    layout->addRow(new QLabel(tr("Give each problem a mark from 0 to %1.").arg(max), this));
    for (int c = 0; c < m_session.candidates.size(); ++c) {
        auto* slider = new QSlider(Qt::Horizontal, this);
        slider->setRange(0, max);
        slider->setPageStep(1);
        slider->setTickPosition(QSlider::TicksBelow);
        slider->setObjectName(QStringLiteral("score-%1").arg(c));
        slider->setAccessibleName(m_session.candidates.at(c).label);
        auto* value = new QLabel(QStringLiteral("0"), this);
        value->setMinimumWidth(24);
        auto* row = new QHBoxLayout;
        row->addWidget(slider, 1);
        row->addWidget(value);
        layout->addRow(m_session.candidates.at(c).label, row);
        m_scores << slider;
        connect(slider, &QSlider::valueChanged, this, [this, value](int v) {
            value->setNum(v);
            emit changed();
        });
    }
}

void BallotWidget::buildDots()
{
    auto* layout = new QFormLayout(this);
    const auto& o = m_session.options.dots;
    layout->addRow(new QLabel(tr("Spread your %1 dots; at most %2 on one problem.").arg(o.dotsPerVoter).arg(o.maxPerItem),
                              this));
    for (int c = 0; c < m_session.candidates.size(); ++c) {
        auto* box = new QSpinBox(this);
        box->setRange(0, o.maxPerItem);
        box->setObjectName(QStringLiteral("dots-%1").arg(c));
        box->setAccessibleName(m_session.candidates.at(c).label);
        layout->addRow(m_session.candidates.at(c).label, box);
        m_dots << box;
        connect(box, &QSpinBox::valueChanged, this, [this] {
            updateLimits();
            emit changed();
        });
    }
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dotsLeft"));
    layout->addRow(m_status);
    updateLimits();
}

void BallotWidget::updateLimits()
{
    if (!m_dots.isEmpty()) {
        int used = 0;
        for (QSpinBox* b : m_dots)
            used += b->value();
        const int left = m_session.options.dots.dotsPerVoter - used;
        for (QSpinBox* b : m_dots)
            b->setMaximum(std::min(m_session.options.dots.maxPerItem, b->value() + std::max(0, left)));
        m_status->setText(tr("%n dot(s) left", nullptr, std::max(0, left)));
    }
    if (!m_approvals.isEmpty()) {
        const int max = m_session.options.approval.maxApprovals;
        int ticked = 0;
        for (QCheckBox* b : m_approvals)
            ticked += b->isChecked() ? 1 : 0;
        for (QCheckBox* b : m_approvals)
            b->setEnabled(max == 0 || b->isChecked() || ticked < max);
        m_status->setText(max > 0 ? tr("%1 of %2 ticked").arg(ticked).arg(max) : tr("%1 ticked").arg(ticked));
    }
}

CastBallot BallotWidget::ballot() const
{
    CastBallot b;
    if (m_list) {
        for (int row = 0; row < m_list->count(); ++row) {
            const QListWidgetItem* item = m_list->item(row);
            const int c = item->data(PositionRole).toInt();
            if (row > 0 && item->checkState() == Qt::Checked)
                b.ranking.back().push_back(c);
            else
                b.ranking.push_back({c});
        }
        return b;
    }
    for (QSpinBox* box : m_dots)
        b.values.push_back(box->value());
    for (QCheckBox* box : m_approvals)
        b.values.push_back(box->isChecked() ? 1 : 0);
    for (QSlider* slider : m_scores)
        b.values.push_back(slider->value());
    return b;
}

void BallotWidget::clear()
{
    if (m_list) {
        const QSignalBlocker block(m_list);
        m_list->clear();
        m_leftOut->clear();
        for (int c = 0; c < m_session.candidates.size(); ++c) {
            auto* item = new QListWidgetItem(m_session.candidates.at(c).label, m_list);
            item->setData(PositionRole, c);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
            item->setFlags(item->flags() & ~Qt::ItemIsDropEnabled);
            item->setCheckState(Qt::Unchecked);
            item->setToolTip(tr("Tick: same place as the problem above"));
        }
        m_list->setCurrentRow(0);
    }
    for (QSpinBox* b : m_dots)
        b->setValue(0);
    for (QCheckBox* b : m_approvals)
        b->setChecked(false);
    for (QSlider* s : m_scores)
        s->setValue(0);
    updateLimits();
}

} // namespace proxima
