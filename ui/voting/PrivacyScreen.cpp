#include "ui/voting/PrivacyScreen.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace proxima {

PrivacyScreen::PrivacyScreen(QWidget* window) : QWidget(window)
{
    setObjectName(QStringLiteral("privacyScreen"));
    setAccessibleName(tr("Privacy screen"));
    setAutoFillBackground(false);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    auto* text = new QLabel(tr("Your ballot is in.\nPass the laptop to the next voter."), this);
    text->setAlignment(Qt::AlignCenter);
    QFont f = text->font();
    f.setPointSizeF(f.pointSizeF() * 2.2);
    f.setBold(true);
    text->setFont(f);
    text->setStyleSheet(QStringLiteral("color: white;"));
    layout->addWidget(text);
    m_next = new QPushButton(tr("I am the next voter"), this);
    m_next->setObjectName(QStringLiteral("nextVoter"));
    m_next->setDefault(true);
    layout->addWidget(m_next, 0, Qt::AlignHCenter);
    layout->addStretch();
    connect(m_next, &QPushButton::clicked, this, [this] {
        hide();
        emit released();
    });
    window->installEventFilter(this);
    hide();
}

void PrivacyScreen::cover()
{
    setGeometry(parentWidget()->rect());
    show();
    raise();
    m_next->setFocus();
}

bool PrivacyScreen::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void PrivacyScreen::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(20, 30, 48));
}

} // namespace proxima
