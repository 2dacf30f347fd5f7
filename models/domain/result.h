#pragma once

#include "conflict.h"

#include <QString>

#include <memory>
#include <optional>
#include <utility>

namespace Uptake {

/// A value or a human-readable error message; what every fallible model-layer call returns.
/// The message is complete on its own ("Cannot open “x.uptake”: …") so callers can show it as is.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    static Result failure(QString message)
    {
        Result r;
        r.m_error = std::move(message);
        return r;
    }
    /// A write refused because the item changed or went meanwhile (see Conflict).
    static Result conflictFailure(QString message, Conflict what)
    {
        Result r = failure(std::move(message));
        r.m_conflict = std::make_shared<const Conflict>(std::move(what));
        return r;
    }
    /// The failure of another call, its conflict included.
    template<typename Other>
    static Result failureOf(const Other &other)
    {
        Result r = failure(other.error());
        r.m_conflict = other.conflictPointer();
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }
    bool isConflict() const { return m_conflict != nullptr; }
    /// Only when isConflict().
    const Conflict &conflict() const { return *m_conflict; }
    std::shared_ptr<const Conflict> conflictPointer() const { return m_conflict; }

    T &value() { return *m_value; }
    const T &value() const { return *m_value; }
    T &operator*() { return *m_value; }
    const T &operator*() const { return *m_value; }
    T *operator->() { return &*m_value; }
    const T *operator->() const { return &*m_value; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
    std::shared_ptr<const Conflict> m_conflict;
};

/// Success or an error message, for calls that return nothing.
class Status
{
public:
    Status() = default;
    static Status failure(QString message)
    {
        Status s;
        s.m_error = std::move(message);
        s.m_failed = true;
        return s;
    }
    /// A write refused because the item changed or went meanwhile (see Conflict).
    static Status conflictFailure(QString message, Conflict what)
    {
        Status s = failure(std::move(message));
        s.m_conflict = std::make_shared<const Conflict>(std::move(what));
        return s;
    }
    /// The failure of another call, its conflict included.
    template<typename Other>
    static Status failureOf(const Other &other)
    {
        Status s = failure(other.error());
        s.m_conflict = other.conflictPointer();
        return s;
    }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }
    bool isConflict() const { return m_conflict != nullptr; }
    /// Only when isConflict().
    const Conflict &conflict() const { return *m_conflict; }
    std::shared_ptr<const Conflict> conflictPointer() const { return m_conflict; }

private:
    std::shared_ptr<const Conflict> m_conflict;
    QString m_error;
    bool m_failed = false;
};

} // namespace Uptake
