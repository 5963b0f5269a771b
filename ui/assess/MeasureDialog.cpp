#include "ui/assess/MeasureDialog.h"

#include "ui/assess/MeasureTableModel.h"
#include "core/storage/repositories/MeasureRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace proxima {
namespace {

const QDate NoDate(2000, 1, 1);

enum FollowUpColumn { From, To, Value, Comparison, Nearby };

QDate dateOf(const QDateEdit* edit)
{
    return edit->date() == NoDate ? QDate() : edit->date();
}

// Numbers are typed in the user's locale; a plain C-style number is accepted as well.
std::optional<double> parseNumber(const QString& text, bool* ok)
{
    const QString t = text.trimmed();
    *ok = true;
    if (t.isEmpty())
        return std::nullopt;
    double value = QLocale().toDouble(t, ok);
    if (!*ok)
        value = QLocale::c().toDouble(t, ok);
    return *ok ? std::optional<double>(value) : std::nullopt;
}

QString numberText(const std::optional<double>& v)
{
    return v ? formatMeasureNumber(*v) : QString();
}

Error badField(const QString& message, const QString& field)
{
    return Error{message, {}, 0, field};
}

} // namespace

MeasureDialog::MeasureDialog(const CaseMeasure& measure, const QList<Area>& areas, QWidget* parent)
    : QDialog(parent), m_original(measure), m_areas(areas)
{
    setWindowTitle(measure.id > 0 ? tr("Edit measure") : tr("New measure"));
    auto* tabs = new QTabWidget(this);
    tabs->addTab(buildWhat(), tr("&Baseline and areas"));
    tabs->addTab(buildFollowUps(), tr("&Follow-ups"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("measureError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &MeasureDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MeasureDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updateSource();
    resize(640, 520);
}

QComboBox* MeasureDialog::areaCombo(qint64 selected, const QString& noneText, const QString& name)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(name);
    combo->addItem(noneText, qint64(0));
    for (const Area& a : m_areas)
        combo->addItem(a.name, a.id);
    combo->setCurrentIndex(qMax(0, combo->findData(selected)));
    return combo;
}

QLineEdit* MeasureDialog::numberEdit(const std::optional<double>& value, const QString& name)
{
    auto* edit = new QLineEdit(numberText(value), this);
    edit->setObjectName(name);
    edit->setPlaceholderText(tr("none"));
    edit->setMaximumWidth(120);
    return edit;
}

QWidget* MeasureDialog::buildWhat()
{
    auto* page = new QWidget(this);
    const CaseMeasure& m = m_original;
    m_what = new QLineEdit(m.what, page);
    m_what->setObjectName(QStringLiteral("measureWhat"));
    m_what->setAccessibleName(tr("What is counted"));
    m_source = new QComboBox(page);
    m_source->setObjectName(QStringLiteral("measureSource"));
    m_source->addItem(measureSourceLabel(MeasureSource::Manual), int(MeasureSource::Manual));
    m_source->addItem(measureSourceLabel(MeasureSource::Incidents), int(MeasureSource::Incidents));
    m_source->setCurrentIndex(m.source == MeasureSource::Incidents ? 1 : 0);
    m_categories = new QLineEdit(m.incidentCategories.join(QStringLiteral(", ")), page);
    m_categories->setObjectName(QStringLiteral("measureCategories"));
    m_categories->setPlaceholderText(tr("every category; or e.g. Theft, Burglary"));
    m_area = areaCombo(m.areaId, tr("(whole neighbourhood)"), QStringLiteral("measureArea"));
    m_higherIsBetter = new QCheckBox(tr("A &higher value is better (e.g. people who feel safe)"), page);
    m_higherIsBetter->setObjectName(QStringLiteral("measureHigherIsBetter"));
    m_higherIsBetter->setChecked(m.higherIsBetter);
    auto date = [this](const QDate& d, const QString& name) {
        auto* edit = new QDateEdit(this);
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setMinimumDate(NoDate);
        edit->setSpecialValueText(tr("no date"));
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(d.isValid() ? d : NoDate);
        return edit;
    };
    m_baselineFrom = date(m.baselineFrom, QStringLiteral("baselineFrom"));
    m_baselineTo = date(m.baselineTo, QStringLiteral("baselineTo"));
    m_baselineFrom->setAccessibleName(tr("Baseline period start"));
    m_baselineTo->setAccessibleName(tr("Baseline period end"));
    m_baselineValue = numberEdit(m.baselineValue, QStringLiteral("baselineValue"));
    m_baselineValue->setAccessibleName(tr("Baseline value"));
    m_target = numberEdit(m.targetValue, QStringLiteral("targetValue"));
    m_target->setAccessibleName(tr("Target value"));
    m_comparisonArea = areaCombo(m.comparisonAreaId, tr("(no comparison area)"), QStringLiteral("comparisonArea"));
    m_comparisonBaseline = numberEdit(m.comparisonBaseline, QStringLiteral("comparisonBaseline"));
    m_comparisonBaseline->setAccessibleName(tr("Comparison area baseline"));
    m_displacementArea = areaCombo(m.displacementAreaId, tr("(no nearby area)"), QStringLiteral("displacementArea"));
    m_displacementBefore = numberEdit(m.displacementBefore, QStringLiteral("displacementBefore"));
    m_displacementBefore->setAccessibleName(tr("Nearby area before"));

    auto row = [page](QWidget* a, const QString& between, QWidget* b) {
        auto* box = new QHBoxLayout;
        box->addWidget(a, 1);
        box->addWidget(new QLabel(between, page));
        box->addWidget(b);
        return box;
    };
    auto* form = new QFormLayout(page);
    form->addRow(tr("&What is counted:"), m_what);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("Incident &categories:"), m_categories);
    form->addRow(tr("&Area:"), m_area);
    form->addRow(QString(), m_higherIsBetter);
    form->addRow(tr("Baseline &period:"), row(m_baselineFrom, tr("to"), m_baselineTo));
    form->addRow(tr("Baseline &value:"), m_baselineValue);
    form->addRow(tr("&Target:"), m_target);
    form->addRow(tr("C&omparison area:"), row(m_comparisonArea, tr("before:"), m_comparisonBaseline));
    form->addRow(tr("&Nearby area (displacement):"), row(m_displacementArea, tr("before:"), m_displacementBefore));
    connect(m_source, &QComboBox::currentIndexChanged, this, &MeasureDialog::updateSource);
    return page;
}

QWidget* MeasureDialog::buildFollowUps()
{
    auto* page = new QWidget(this);
    m_followUps = new QTableWidget(0, 5, page);
    m_followUps->setObjectName(QStringLiteral("measureFollowUps"));
    m_followUps->setAccessibleName(tr("Follow-up periods and values"));
    m_followUps->setHorizontalHeaderLabels(
        {tr("From"), tr("To"), tr("Value"), tr("Comparison area"), tr("Nearby area")});
    m_followUps->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_followUps->verticalHeader()->hide();
    for (const MeasureFollowUp& f : m_original.followUps)
        addFollowUpRow(f);
    auto* add = new QPushButton(tr("&Add period"), page);
    add->setObjectName(QStringLiteral("addFollowUp"));
    auto* remove = new QPushButton(tr("&Remove period"), page);
    remove->setObjectName(QStringLiteral("removeFollowUp"));
    connect(add, &QPushButton::clicked, this, &MeasureDialog::addNextPeriod);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_followUps->currentRow() >= 0)
            m_followUps->removeRow(m_followUps->currentRow());
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Dates as YYYY-MM-DD. Leave the area values empty when they were not counted. "
                                    "Measures counted from incidents fill the values themselves."),
                                 page));
    layout->addWidget(m_followUps, 1);
    layout->addLayout(buttons);
    return page;
}

void MeasureDialog::addFollowUpRow(const MeasureFollowUp& f)
{
    const int row = m_followUps->rowCount();
    m_followUps->insertRow(row);
    m_followUps->setItem(row, From, new QTableWidgetItem(f.from.toString(Qt::ISODate)));
    m_followUps->setItem(row, To, new QTableWidgetItem(f.to.toString(Qt::ISODate)));
    m_followUps->setItem(row, Value, new QTableWidgetItem(f.from.isValid() ? formatMeasureNumber(f.value) : QString()));
    m_followUps->setItem(row, Comparison, new QTableWidgetItem(numberText(f.comparisonValue)));
    m_followUps->setItem(row, Nearby, new QTableWidgetItem(numberText(f.displacementValue)));
}

void MeasureDialog::addNextPeriod()
{
    QDate from = dateOf(m_baselineFrom);
    QDate to = dateOf(m_baselineTo);
    if (const int last = m_followUps->rowCount() - 1; last >= 0) {
        from = QDate::fromString(m_followUps->item(last, From)->text(), Qt::ISODate);
        to = QDate::fromString(m_followUps->item(last, To)->text(), Qt::ISODate);
    }
    MeasureFollowUp next;
    if (from.isValid() && to.isValid() && from <= to) {
        next.from = to.addDays(1);
        next.to = next.from.addDays(from.daysTo(to));
        // Whole months stay whole months (a quarter follows a quarter).
        if (from.day() == 1 && to.addDays(1).day() == 1) {
            const int months = (to.addDays(1).year() - from.year()) * 12 + to.addDays(1).month() - from.month();
            next.to = next.from.addMonths(months).addDays(-1);
        }
    }
    addFollowUpRow(next);
    m_followUps->setItem(m_followUps->rowCount() - 1, Value, new QTableWidgetItem());
    m_followUps->setCurrentCell(m_followUps->rowCount() - 1, Value);
}

void MeasureDialog::updateSource()
{
    const bool counted = m_source->currentData().toInt() == int(MeasureSource::Incidents);
    m_categories->setEnabled(counted);
    m_area->setEnabled(counted);
    for (QLineEdit* edit : {m_baselineValue, m_comparisonBaseline, m_displacementBefore}) {
        edit->setEnabled(!counted);
        edit->setPlaceholderText(counted ? tr("counted") : tr("none"));
    }
}

Result<CaseMeasure> MeasureDialog::edited() const
{
    CaseMeasure m = m_original;
    m.what = m_what->text().trimmed();
    m.source = MeasureSource(m_source->currentData().toInt());
    m.incidentCategories.clear();
    for (const QString& c : m_categories->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!c.trimmed().isEmpty())
            m.incidentCategories << c.trimmed();
    m.areaId = m_area->currentData().toLongLong();
    m.higherIsBetter = m_higherIsBetter->isChecked();
    m.baselineFrom = dateOf(m_baselineFrom);
    m.baselineTo = dateOf(m_baselineTo);
    bool ok = true;
    auto number = [&](const QLineEdit* edit, const QString& field) -> Status {
        parseNumber(edit->text(), &ok);
        return ok ? Status{} : Status{badField(tr("\"%1\" is not a number").arg(edit->text()), field)};
    };
    for (const auto& [edit, field] : {std::pair{m_baselineValue, QStringLiteral("baseline value")},
                                      std::pair{m_target, QStringLiteral("target")},
                                      std::pair{m_comparisonBaseline, QStringLiteral("comparison area")},
                                      std::pair{m_displacementBefore, QStringLiteral("nearby area")}}) {
        if (Status s = number(edit, field); !s)
            return s.error();
    }
    m.baselineValue = parseNumber(m_baselineValue->text(), &ok);
    m.targetValue = parseNumber(m_target->text(), &ok);
    m.comparisonAreaId = m_comparisonArea->currentData().toLongLong();
    m.comparisonBaseline = parseNumber(m_comparisonBaseline->text(), &ok);
    m.displacementAreaId = m_displacementArea->currentData().toLongLong();
    m.displacementBefore = parseNumber(m_displacementBefore->text(), &ok);
    m.followUps.clear();
    for (int row = 0; row < m_followUps->rowCount(); ++row) {
        auto text = [&](int column) {
            const QTableWidgetItem* item = m_followUps->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        if (text(From).isEmpty() && text(To).isEmpty() && text(Value).isEmpty())
            continue;
        const QString where = tr("follow-up %1").arg(row + 1);
        MeasureFollowUp f;
        f.from = QDate::fromString(text(From), Qt::ISODate);
        f.to = QDate::fromString(text(To), Qt::ISODate);
        if (!f.from.isValid() || !f.to.isValid())
            return badField(tr("the dates must read as YYYY-MM-DD"), where);
        std::optional<double> value = parseNumber(text(Value), &ok);
        if (!ok || (!value && m.source == MeasureSource::Manual))
            return badField(tr("the value must be a number"), where);
        f.value = value.value_or(0);
        f.comparisonValue = parseNumber(text(Comparison), &ok);
        if (!ok)
            return badField(tr("the comparison area value must be a number"), where);
        f.displacementValue = parseNumber(text(Nearby), &ok);
        if (!ok)
            return badField(tr("the nearby area value must be a number"), where);
        m.followUps.append(f);
    }
    std::sort(m.followUps.begin(), m.followUps.end(),
              [](const MeasureFollowUp& a, const MeasureFollowUp& b) { return a.from < b.from; });
    return m;
}

void MeasureDialog::accept()
{
    Result<CaseMeasure> m = edited();
    Status valid = m ? MeasureRepository::validate(m.value()) : Status{m.error()};
    if (!valid) {
        m_error->setText(valid.error().toString());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace proxima
