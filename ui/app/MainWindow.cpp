#include "ui/app/MainWindow.h"

#include "ui/app/AppSettings.h"
#include "ui/app/DocumentActions.h"
#include "ui/app/Translations.h"
#include "ui/analyse/AnalyseTab.h"
#include "ui/analyse/CaseHomeTab.h"
#include "ui/analyse/PatternsTab.h"
#include "ui/app/WelcomePage.h"
#include "ui/app/WorkspaceSession.h"
#include "ui/assess/AssessTab.h"
#include "ui/cases/CasesPage.h"
#include "core/demo/DemoWorkspace.h"
#include "core/storage/Workspace.h"
#include "ui/map/MapPage.h"
#include "core/storage/repositories/MapPinQueries.h"
#include "ui/matrix/MatrixPage.h"
#include "ui/meetings/MeetingsPage.h"
#include "ui/budget/BudgetPage.h"
#include "ui/members/MembersPage.h"
#include "ui/respond/RespondTab.h"
#include "ui/voting/VotingPage.h"
#include "ui/scan/ConcernsPage.h"
#include "ui/scan/IncidentImportDialog.h"
#include "ui/scan/IncidentsPage.h"
#include "ui/scan/ScanTab.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QDateTime>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QMimeData>
#include <QScreen>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>

namespace proxima {
namespace {

constexpr int MaxRecentFiles = 8;
QString workspaceFilter()
{
    return MainWindow::tr("Proxima workspaces (*.proxima);;All files (*)");
}

} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setAcceptDrops(true);
    setWindowIcon(QIcon(QStringLiteral(":/icons/proxima.svg")));
    m_stack = new QStackedWidget(this);
    m_welcome = new WelcomePage(m_stack);
    m_tabs = new QTabWidget(m_stack);
    m_tabs->setDocumentMode(true);
    m_tabs->setObjectName(QStringLiteral("pages"));
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_tabs);
    setCentralWidget(m_stack);

    createActions();
    createMenus();
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newWorkspace);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openWorkspaceDialog);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomePage::recentRequested, this, &MainWindow::openWorkspace);

    AppSettings settings;
    if (!restoreGeometry(settings.windowGeometry()))
        resize(1200, 760);
    restoreState(settings.windowState());
    updateRecentMenu();
    updateTitle();
    statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_saveAction = new QAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save Changes"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setEnabled(false);
    connect(m_saveAction, &QAction::triggered, this, [this] {
        if (m_casesPage)
            m_casesPage->saveEdits();
    });
    m_closeAction = new QAction(tr("&Close Workspace"), this);
    m_closeAction->setShortcut(QKeySequence::Close);
    m_closeAction->setEnabled(false);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeWorkspace);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Workspace..."),
                                         this, &MainWindow::newWorkspace);
    newAction->setShortcut(QKeySequence::New);
    QAction* openAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")),
                                          tr("&Open Workspace..."), this, &MainWindow::openWorkspaceDialog);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open the &Demo Neighbourhood"), this, &MainWindow::openDemo);
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_closeAction);
    file->addSeparator();
    m_importIncidentsAction = file->addAction(tr("Import &Incidents..."), this, [this] { importIncidents(); });
    m_importIncidentsAction->setEnabled(false);
    m_exportMenu = file->addMenu(tr("&Export"));
    m_exportMenu->setEnabled(false);
    file->addSeparator();
    QAction* quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this,
                                    &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = m_editMenu->addAction(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    m_redoAction = m_editMenu->addAction(QIcon::fromTheme(QStringLiteral("edit-redo")), tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->undo();
    });
    connect(m_redoAction, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->redo();
    });

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QMenu* language = view->addMenu(tr("&Language"));
    auto* group = new QActionGroup(this);
    const QString configured = Translations::configuredLanguage();
    QAction* system = language->addAction(tr("System Default"));
    system->setData(QString());
    system->setCheckable(true);
    system->setChecked(configured.isEmpty());
    group->addAction(system);
    language->addSeparator();
    for (const QString& code : Translations::available()) {
        QAction* action = language->addAction(Translations::nativeName(code));
        action->setData(code);
        action->setCheckable(true);
        action->setChecked(configured == code);
        group->addAction(action);
    }
    connect(group, &QActionGroup::triggered, this, [this](QAction* action) {
        Translations::setConfiguredLanguage(action->data().toString());
        QMessageBox::information(this, tr("Language"),
                                 tr("The new language is used the next time Proxima starts."));
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Proxima"), this, &MainWindow::about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

QStringList MainWindow::recentFiles()
{
    return AppSettings().recentFiles();
}

void MainWindow::rememberRecent(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    AppSettings().setRecentFiles(files);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    int number = 1;
    for (const QString& file : files) {
        QAction* action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(number++).arg(QDir::toNativeSeparators(file)));
        connect(action, &QAction::triggered, this, [this, file] { openWorkspace(file); });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
    else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), this, [this] {
            AppSettings().clearRecentFiles();
            updateRecentMenu();
        });
    }
    m_welcome->setRecentFiles(files);
}

void MainWindow::updateTitle()
{
    if (!m_session) {
        setWindowTitle(QStringLiteral("Proxima"));
        setWindowModified(false);
        return;
    }
    if (m_session->workspace().isReadOnly())
        setWindowTitle(tr("%1 (read-only)[*] — Proxima").arg(m_session->workspace().name()));
    else
        setWindowTitle(tr("%1[*] — Proxima").arg(m_session->workspace().name()));
    setWindowFilePath(m_session->workspace().path());
    const bool dirty = m_casesPage && m_casesPage->hasUnsavedEdits();
    setWindowModified(dirty);
    m_saveAction->setEnabled(dirty);
}

bool MainWindow::openWorkspace(const QString& path)
{
    if (!closeWorkspace())
        return false;
    auto opened = Workspace::open(path);
    if (!opened && opened.error().code == ErrorCode::NeedsUpgrade) {
        // Upgrading is a decision, not a side effect of opening: members on the older version lose the file.
        auto look = Workspace::open(path, OpenMode::ReadOnly);
        if (!look) {
            showError(look.error());
            return false;
        }
        const UpgradeChoice choice = m_upgradeQuestion ? m_upgradeQuestion(*look.value()) : askUpgrade(*look.value());
        if (choice == UpgradeChoice::Cancel)
            return false;
        if (choice == UpgradeChoice::ReadOnly) {
            opened = std::move(look);
        } else {
            look.value().reset();
            if (const Result<SchemaUpgrade> upgraded = Workspace::upgrade(path); !upgraded) {
                showError(upgraded.error());
                return false;
            }
            opened = Workspace::open(path);
        }
    }
    if (!opened) {
        showError(opened.error());
        return false;
    }
    m_session = std::make_unique<WorkspaceSession>(std::move(opened).value());
    connect(m_session.get(), &WorkspaceSession::errorOccurred, this, &MainWindow::showError);
    const QUndoStack* stack = m_session->undoStack();
    connect(stack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this,
            [this](const QString& text) { m_undoAction->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text)); });
    connect(stack, &QUndoStack::redoTextChanged, this,
            [this](const QString& text) { m_redoAction->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text)); });
    connect(m_session.get(), &WorkspaceSession::externalChange, this,
            [this] { statusBar()->showMessage(tr("Updated with changes saved by another member"), 4000); });

    createPages();
    connect(m_casesPage, &CasesPage::dirtyChanged, this, &MainWindow::updateTitle);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_casesPage->newCaseAction());

    m_stack->setCurrentWidget(m_tabs);
    m_closeAction->setEnabled(true);
    m_importIncidentsAction->setEnabled(true);
    rememberRecent(m_session->workspace().path());
    updateTitle();
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_session->workspace().path())), 4000);
    return true;
}

void MainWindow::createPages()
{
    // The pages of an open workspace, in the order of the committee's work: the problems, what feeds them (concerns,
    // incidents, the map), the meetings where priorities and resources are agreed, the printed plan, the roster.
    m_casesPage = new CasesPage(*m_session, m_tabs);
    m_tabs->addTab(m_casesPage, tr("&Cases"));
    m_casesPage->addCaseTab(new CaseHomeTab(*m_session), tr("Home"), 0);
    m_casesPage->caseTabs()->setCurrentIndex(0);
    m_casesPage->addCaseTab(new ScanTab(*m_session), tr("Scan"));
    m_casesPage->addCaseTab(new AnalyseTab(*m_session), tr("Analyse"));
    m_casesPage->addCaseTab(new PatternsTab(*m_session), tr("Patterns"));
    m_casesPage->addCaseTab(new RespondTab(*m_session, m_casesPage), tr("Respond"));
    m_casesPage->addCaseTab(new AssessTab(*m_session, m_casesPage), tr("Assess"));

    m_concernsPage = new ConcernsPage(*m_session, m_tabs);
    m_tabs->addTab(m_concernsPage, tr("Co&ncerns"));
    m_incidentsPage = new IncidentsPage(*m_session, m_tabs);
    m_tabs->addTab(m_incidentsPage, tr("&Incidents"));
    connect(m_incidentsPage, &IncidentsPage::importRequested, this, [this] { importIncidents(); });

    m_mapPage = new MapPage(*m_session, m_tabs);
    m_tabs->addTab(m_mapPage, tr("&Map"));
    connect(m_mapPage, &MapPage::caseActivated, this, [this](qint64 id) {
        m_tabs->setCurrentWidget(m_casesPage);
        m_casesPage->selectCase(id);
    });
    connect(m_mapPage, &MapPage::concernActivated, this, [this](qint64 id) {
        // A concern opens the case it was grouped into; an ungrouped one is shown on the Concerns page.
        auto concern = MapPinQueries(m_session->workspace()).find(PinKind::Concern, id);
        if (concern && concern->caseId > 0) {
            m_tabs->setCurrentWidget(m_casesPage);
            m_casesPage->selectCase(concern->caseId);
        } else if (concern) {
            m_tabs->setCurrentWidget(m_concernsPage);
            statusBar()->showMessage(tr("Concern %1: %2").arg(id).arg(concern->label), 8000);
        }
    });

    m_tabs->addTab(new MeetingsPage(*m_session, m_tabs), tr("M&eetings"));
    m_tabs->addTab(new VotingPage(*m_session, m_tabs), tr("&Voting"));
    m_tabs->addTab(new BudgetPage(*m_session, m_tabs), tr("&Budget"));
    m_tabs->addTab(new MatrixPage(*m_session, m_tabs), tr("Action Ma&trix"));
    m_membersPage = new MembersPage(*m_session, m_tabs);
    m_tabs->addTab(m_membersPage, tr("Co&Pmittee"));

    m_documentActions = new DocumentActions(*m_session, m_casesPage, m_casesPage);
    m_exportMenu->addActions(m_documentActions->actions());
    m_exportMenu->setEnabled(true);
}

bool MainWindow::closeWorkspace()
{
    if (!m_session)
        return true;
    if (m_casesPage && !m_casesPage->settleUnsavedEdits())
        return false;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto* meetings = qobject_cast<MeetingsPage*>(m_tabs->widget(i)); meetings && !meetings->settleUnsavedEdits())
            return false;
    }
    if (m_casesPage)
        m_editMenu->removeAction(m_casesPage->newCaseAction());
    while (m_tabs->count() > 0) {
        QWidget* page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete page;
    }
    m_exportMenu->clear();
    m_exportMenu->setEnabled(false);
    m_documentActions = nullptr;
    m_casesPage = nullptr;
    m_membersPage = nullptr;
    m_mapPage = nullptr;
    m_concernsPage = nullptr;
    m_incidentsPage = nullptr;
    m_importIncidentsAction->setEnabled(false);
    m_session.reset();
    m_undoAction->setEnabled(false);
    m_redoAction->setEnabled(false);
    m_closeAction->setEnabled(false);
    m_stack->setCurrentWidget(m_welcome);
    updateTitle();
    return true;
}

void MainWindow::newWorkspace()
{
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("New workspace"), start + QStringLiteral("/Neighbourhood.proxima"),
                                                workspaceFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".proxima");
    if (QFileInfo::exists(path)) {
        // The dialog already confirmed replacing it; we still never write over another workspace's data.
        showError(Error{tr("a file with this name already exists; choose another name"), path, 0, {}});
        return;
    }
    auto created = Workspace::create(path);
    if (!created) {
        showError(created.error());
        return;
    }
    created.value().reset();
    openWorkspace(path);
}

void MainWindow::openWorkspaceDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open workspace"), QString(),
                                                      workspaceFilter());
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::openDemo()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("demo.proxima"));
    if (!QFileInfo::exists(path)) {
        if (Status s = DemoWorkspace::create(path); !s) {
            showError(s.error());
            return;
        }
    }
    openWorkspace(path);
}

void MainWindow::showError(const Error& error)
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Proxima"), error.toString(), QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    statusBar()->showMessage(error.toString(), 8000);
}

UpgradeChoice MainWindow::askUpgrade(const Workspace& older)
{
    const QString writer = older.meta(QStringLiteral("last_writer"));
    const QDateTime when = QDateTime::fromString(older.meta(QStringLiteral("last_written_at")), Qt::ISODate);
    const QString version = older.meta(QStringLiteral("last_app_version"));
    QMessageBox box(QMessageBox::Question, tr("Upgrade the workspace?"),
                    tr("\"%1\" was written by an older version of Proxima (schema %2; this version uses %3).")
                        .arg(older.name())
                        .arg(older.fileSchemaVersion())
                        .arg(Workspace::currentSchemaVersion()),
                    QMessageBox::Cancel, this);
    box.setInformativeText(
        tr("It was last saved by %1 on %2 with Proxima %3. Anyone who still uses that version will no longer be able "
           "to open the workspace once it is upgraded. A copy of the file as it is now is kept beside it.\n\n"
           "Upgrade it now, or open it read-only without changing it?")
            .arg(writer.isEmpty() ? tr("an unknown member") : writer,
                 when.isValid() ? QLocale().toString(when, QLocale::ShortFormat) : tr("an unknown date"),
                 version.isEmpty() ? tr("(unknown)") : version));
    QPushButton* upgrade = box.addButton(tr("&Upgrade"), QMessageBox::AcceptRole);
    QPushButton* readOnly = box.addButton(tr("Open &Read-Only"), QMessageBox::ActionRole);
    box.setDefaultButton(readOnly);
    box.exec();
    if (box.clickedButton() == upgrade)
        return UpgradeChoice::Upgrade;
    if (box.clickedButton() == readOnly)
        return UpgradeChoice::ReadOnly;
    return UpgradeChoice::Cancel;
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Proxima"),
                       tr("<h3>Proxima %1</h3><p>A workbench for community policing: neighbourhood officers and "
                          "their CoPmittee solve local problems together with the SARA method.</p>"
                          "<p>All data stays in one workspace file that the members share.</p>")
                           .arg(QStringLiteral(PROXIMA_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!closeWorkspace()) {
        event->ignore();
        return;
    }
    AppSettings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    const QString path = urls.first().toLocalFile();
    if (m_session && QFileInfo(path).suffix().compare(QStringLiteral("csv"), Qt::CaseInsensitive) == 0) {
        importIncidents(path);   // a CSV dropped on an open workspace is incident data
        return;
    }
    openWorkspace(path);
}

IncidentImportDialog* MainWindow::importIncidents(const QString& path)
{
    if (!m_session)
        return nullptr;
    QString file = path;
    if (file.isEmpty()) {
        file = QFileDialog::getOpenFileName(this, tr("Import incidents"), QString(),
                                            tr("CSV files (*.csv *.txt);;All files (*)"));
        if (file.isEmpty())
            return nullptr;
    }
    auto* dialog = new IncidentImportDialog(*m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFile(file);
    connect(dialog, &IncidentImportDialog::imported, this, [this](const IncidentImportSummary& s) {
        statusBar()->showMessage(tr("%1 incidents imported, %2 already present").arg(s.imported).arg(s.alreadyPresent),
                                 6000);
    });
    dialog->open();
    return dialog;
}

} // namespace proxima
