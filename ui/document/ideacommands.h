#pragma once

#include "core/domain/idea.h"
#include "ui/document/changevaluecommand.h"

#include <QList>
#include <QUndoCommand>

namespace mlp::ui {

class Document;

// Adds ideas (new or duplicated) with their ids fixed at creation, so redo after undo brings
// back the very same ideas.
class AddIdeasCommand : public QUndoCommand
{
public:
    AddIdeasCommand(Document *document, QList<Idea> ideas, const QString &text);
    void redo() override;
    void undo() override;
    const Status &status() const { return m_status; }

private:
    Document *m_document;
    QList<Idea> m_ideas;
    Status m_status = Ok {};
};

// Deletes ideas, keeping complete copies so undo restores them with the same ids.
class RemoveIdeasCommand : public QUndoCommand
{
public:
    RemoveIdeasCommand(Document *document, QList<Idea> ideas, const QString &text);
    void redo() override;
    void undo() override;
    const Status &status() const { return m_status; }

private:
    Document *m_document;
    QList<Idea> m_ideas;
    Status m_status = Ok {};
};

// Any change to one idea's fields, the lifecycle and manual override included. Consecutive
// edits of the same idea with the same text (e.g. steps of one spin box) merge into one step.
class EditIdeaCommand : public ChangeValueCommand<Idea>
{
public:
    EditIdeaCommand(Document *document, Idea before, Idea after, const QString &text,
                    bool mergeable);
    int id() const override;

protected:
    Status apply(const Idea &value) override;
    bool canMergeWith(const ChangeValueCommand<Idea> &other) const override;

private:
    Document *m_document;
    bool m_mergeable;
};

} // namespace mlp::ui
