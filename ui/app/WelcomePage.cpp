#include "ui/app/WelcomePage.h"

#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace proxima {

WelcomePage::WelcomePage(QWidget* parent) : QWidget(parent)
{
    auto* title = new QLabel(tr("<h1>Proxima</h1><p>Solve neighbourhood safety problems together: scan, analyse, "
                                "respond, assess.</p>"),
                             this);
    title->setWordWrap(true);
    auto* create = new QPushButton(tr("&New workspace..."), this);
    auto* open = new QPushButton(tr("&Open workspace..."), this);
    auto* demo = new QPushButton(tr("Try the &demo neighbourhood"), this);
    m_recent = new QListWidget(this);
    m_recent->setAccessibleName(tr("Recent workspaces"));
    m_recent->setMaximumHeight(200);

    auto* column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(create);
    column->addWidget(open);
    column->addWidget(demo);
    column->addSpacing(16);
    column->addWidget(new QLabel(tr("Recent workspaces:"), this));
    column->addWidget(m_recent);
    column->addStretch();
    auto* outer = new QHBoxLayout(this);
    outer->addStretch();
    outer->addLayout(column, 2);
    outer->addStretch();

    connect(create, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit recentRequested(item->data(Qt::UserRole).toString()); });
}

void WelcomePage::setRecentFiles(const QStringList& files)
{
    m_recent->clear();
    for (const QString& file : files) {
        auto* item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(QFileInfo(file).completeBaseName(), file),
                                         m_recent);
        item->setData(Qt::UserRole, file);
    }
}

} // namespace proxima
