#include "ui/scan/ConcernDialog.h"

#include "ui/app/WorkspaceSession.h"
#include "core/io/IncidentValues.h"
#include "core/storage/repositories/AreaRepository.h"
#include "core/storage/repositories/CaseRepository.h"
#include "core/storage/repositories/ConcernRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSet>

namespace proxima {
namespace {

std::optional<double> number(const QLineEdit* edit)
{
    return io::parseNumber(edit->text().trimmed()); // '.' or ',' as decimal separator
}

} // namespace

ConcernDialog::ConcernDialog(WorkspaceSession& session, const Concern& concern, QWidget* parent)
    : QDialog(parent), m_session(session), m_original(concern)
{
    setWindowTitle(concern.id > 0 ? tr("Edit Concern") : tr("New Concern"));
    auto* form = new QFormLayout;
    m_text = new QPlainTextEdit(this);
    m_text->setTabChangesFocus(true);
    m_text->setAccessibleName(tr("Concern text"));
    m_text->setMinimumHeight(80);
    m_source = new QComboBox(this);
    for (ConcernSource source : allConcernSources())
        m_source->addItem(concernSourceLabel(source), int(source));
    m_raisedOn = new QDateEdit(this);
    m_raisedOn->setCalendarPopup(true);
    m_place = new QLineEdit(this);
    m_category = new QComboBox(this);
    m_category->setEditable(true);
    m_severity = new QComboBox(this);
    m_severity->addItem(tr("Not rated"), 0);
    for (int s = 1; s <= 5; ++s)
        m_severity->addItem(QString::number(s), s);
    m_frequency = new QComboBox(this);
    for (ConcernFrequency f : allConcernFrequencies())
        m_frequency->addItem(concernFrequencyLabel(f), int(f));
    m_raisedBy = new QComboBox(this);
    m_raisedBy->setEditable(true);
    m_raisedBy->addItems({QString(), QStringLiteral("anonymous")});
    m_case = new QComboBox(this);
    m_case->addItem(tr("(no case yet)"), qint64(0));
    if (auto cases = CaseRepository(session.workspace()).list()) {
        QSet<QString> categories;
        for (const ProblemCase& c : cases.value()) {
            m_case->addItem(QStringLiteral("%1 — %2").arg(c.id).arg(c.title), c.id);
            if (!c.category.isEmpty())
                categories.insert(c.category);
        }
        QStringList sorted(categories.begin(), categories.end());
        sorted.sort(Qt::CaseInsensitive);
        m_category->addItems(QStringList{QString()} + sorted);
    }
    m_area = new QComboBox(this);
    m_area->addItem(tr("(none)"), qint64(0));
    if (auto areas = AreaRepository(session.workspace()).list()) {
        for (const Area& a : areas.value())
            m_area->addItem(a.name, a.id);
    }
    m_lat = new QLineEdit(this);
    m_lon = new QLineEdit(this);
    m_lat->setPlaceholderText(tr("e.g. 50.6712"));
    m_lon->setPlaceholderText(tr("e.g. 4.6065"));

    const QList<QPair<QString, QWidget*>> rows = {
        {tr("&Concern:"), m_text},        {tr("&Source:"), m_source},      {tr("&Raised on:"), m_raisedOn},
        {tr("&Place:"), m_place},         {tr("Ca&tegory:"), m_category},  {tr("Se&verity (1–5):"), m_severity},
        {tr("How &often:"), m_frequency}, {tr("Raised &by:"), m_raisedBy}, {tr("C&ase:"), m_case},
        {tr("&Area:"), m_area},           {tr("&Latitude:"), m_lat},       {tr("Lo&ngitude:"), m_lon},
    };
    for (const auto& [label, widget] : rows) {
        form->addRow(label, widget);
        QString name = label;
        widget->setAccessibleName(name.remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    }
    m_raisedBy->setToolTip(tr("Optional. Write \"anonymous\" when the person did not want to be named."));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConcernDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    setLayout(form);
    setConcern(concern);
}

void ConcernDialog::setConcern(const Concern& k)
{
    m_text->setPlainText(k.text);
    m_source->setCurrentIndex(m_source->findData(int(k.source)));
    m_raisedOn->setDate(k.raisedOn.isValid() ? k.raisedOn : m_session.workspace().clock().today());
    m_place->setText(k.place);
    m_category->setCurrentText(k.category);
    m_severity->setCurrentIndex(m_severity->findData(k.severity));
    m_frequency->setCurrentIndex(m_frequency->findData(int(k.frequency)));
    m_raisedBy->setCurrentText(k.raisedBy);
    const int caseRow = m_case->findData(k.caseId);
    m_case->setCurrentIndex(caseRow < 0 ? 0 : caseRow);
    const int areaRow = m_area->findData(k.areaId);
    m_area->setCurrentIndex(areaRow < 0 ? 0 : areaRow);
    m_lat->setText(k.lat ? QString::number(*k.lat, 'f', 6) : QString());
    m_lon->setText(k.lon ? QString::number(*k.lon, 'f', 6) : QString());
}

Concern ConcernDialog::concern() const
{
    Concern k = m_original;
    k.text = m_text->toPlainText().trimmed();
    k.source = ConcernSource(m_source->currentData().toInt());
    k.raisedOn = m_raisedOn->date();
    k.place = m_place->text().trimmed();
    k.category = m_category->currentText().trimmed();
    k.severity = m_severity->currentData().toInt();
    k.frequency = ConcernFrequency(m_frequency->currentData().toInt());
    k.raisedBy = m_raisedBy->currentText().trimmed();
    k.caseId = m_case->currentData().toLongLong();
    k.areaId = m_area->currentData().toLongLong();
    k.lat = m_lat->text().trimmed().isEmpty() ? std::nullopt : number(m_lat);
    k.lon = m_lon->text().trimmed().isEmpty() ? std::nullopt : number(m_lon);
    return k;
}

void ConcernDialog::accept()
{
    const Concern k = concern();
    if ((!m_lat->text().trimmed().isEmpty() && !k.lat) || (!m_lon->text().trimmed().isEmpty() && !k.lon)) {
        QMessageBox::warning(this, windowTitle(), tr("The latitude and longitude must be numbers."));
        return;
    }
    if (Status s = ConcernRepository::validate(k); !s) {
        QMessageBox::warning(this, windowTitle(), s.error().toString());
        return;
    }
    QDialog::accept();
}

} // namespace proxima
