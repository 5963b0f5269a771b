#include "core/budgeting/BudgetText.h"

#include <QStringList>

namespace proxima::budgeting {

QString formatNumber(const mpq_class& value)
{
    // Round half away from zero to cents, exactly, before any conversion to text.
    const bool negative = value < 0;
    mpq_class magnitude = negative ? mpq_class(-value) : value;
    mpz_class cents = (magnitude.get_num() * 100 * 2 + magnitude.get_den()) / (magnitude.get_den() * 2);
    const mpz_class whole = cents / 100;
    const mpz_class fraction = cents % 100;
    const QString digits = QString::fromStdString(whole.get_str());
    QString grouped;
    for (int i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            grouped += QLatin1Char(',');
        grouped += digits.at(i);
    }
    if (fraction != 0)
        grouped += QStringLiteral(".%1").arg(QString::fromStdString(fraction.get_str()), 2, QLatin1Char('0'));
    return negative && cents != 0 ? QLatin1Char('-') + grouped : grouped;
}

QString formatAmount(const mpq_class& value, const QString& unit)
{
    return unit.isEmpty() ? formatNumber(value) : formatNumber(value) + QLatin1Char(' ') + unit;
}

QString formatCost(const BudgetInstance& instance, const std::vector<mpq_class>& amounts)
{
    QStringList parts;
    for (size_t r = 0; r < instance.resources.size() && r < amounts.size(); ++r)
        parts << formatAmount(amounts[r], instance.resources[r].unit);
    return parts.join(QStringLiteral(" + "));
}

} // namespace proxima::budgeting
