#pragma once

#include "core/domain/result.h"

#include <QUndoCommand>

namespace mlp::ui {

// Replaces one value with another and back. Subclasses say how a value is written (through
// Document::apply*(), which writes the file first) and which predecessors they may merge with.
// A write that fails leaves file and memory as they were; the command then marks itself
// obsolete so the stack drops it rather than keeping a step that never happened.
template<typename T> class ChangeValueCommand : public QUndoCommand
{
public:
    ChangeValueCommand(T oldValue, T newValue, const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_old(std::move(oldValue))
        , m_new(std::move(newValue))
    { }

    void redo() override { finish(apply(m_new)); }
    void undo() override { finish(apply(m_old)); }

    const Status &status() const { return m_status; }
    const T &oldValue() const { return m_old; }
    const T &newValue() const { return m_new; }

protected:
    virtual Status apply(const T &value) = 0;
    virtual bool canMergeWith(const ChangeValueCommand &other) const = 0;

    bool mergeWith(const QUndoCommand *other) override
    {
        if (other->id() != id() || other->isObsolete())
            return false;
        const auto *o = static_cast<const ChangeValueCommand *>(other);
        if (!canMergeWith(*o))
            return false;
        m_new = o->m_new;
        setObsolete(m_new == m_old);
        return true;
    }

private:
    void finish(Status status)
    {
        if (!status)
            setObsolete(true);
        m_status = std::move(status);
    }

    T m_old;
    T m_new;
    Status m_status = Ok {};
};

} // namespace mlp::ui
