#pragma once

#include <QDateTime>

namespace proxima {

/// Source of the current time. Injected so that tests and demos are reproducible.
class Clock
{
public:
    virtual ~Clock() = default;
    /// The current time, UTC.
    virtual QDateTime now() const = 0;
    /// The current local date.
    QDate today() const { return now().toLocalTime().date(); }
};

/// The real clock.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    /// A shared instance, the default clock of every workspace.
    static const Clock& instance();
};

/// A clock that returns a set time, for tests and generated demos.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime at) : m_at(std::move(at)) {}
    QDateTime now() const override { return m_at; }
    void set(const QDateTime& at) { m_at = at; }

private:
    QDateTime m_at;
};

} // namespace proxima
