#include "ui/document/ideacommands.h"

#include "ui/document/commandids.h"
#include "ui/document/document.h"

namespace mlp::ui {

namespace {

// Applies `step` to each idea in order; on the first failure, reverts the ones already done
// with `revert` so that the command is all-or-nothing.
template<typename Step, typename Revert>
Status applyAll(const QList<Idea> &ideas, Step step, Revert revert)
{
    for (int i = 0; i < ideas.size(); ++i) {
        Status s = step(ideas.at(i));
        if (!s) {
            for (int j = i - 1; j >= 0; --j)
                revert(ideas.at(j));
            return s;
        }
    }
    return Ok {};
}

} // namespace

AddIdeasCommand::AddIdeasCommand(Document *document, QList<Idea> ideas, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_ideas(std::move(ideas))
{ }

void AddIdeasCommand::redo()
{
    m_status = applyAll(
        m_ideas, [this](const Idea &i) { return m_document->applyPutBack(i); },
        [this](const Idea &i) { m_document->applyRemove(i.id); });
    setObsolete(!m_status);
}

// Removes the ideas added, asking first about one someone changed since (a shared portfolio).
void AddIdeasCommand::undo()
{
    QList<Idea> reversed(m_ideas.crbegin(), m_ideas.crend());
    m_status = applyAll(
        reversed, [this](const Idea &i) { return m_document->applyRemove(i.id, &i, true); },
        [this](const Idea &i) { m_document->applyUpsert(i); });
    setObsolete(!m_status);
}

RemoveIdeasCommand::RemoveIdeasCommand(Document *document, QList<Idea> ideas, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_ideas(std::move(ideas))
{ }

void RemoveIdeasCommand::redo()
{
    m_status = applyAll(
        m_ideas, [this](const Idea &i) { return m_document->applyRemove(i.id); },
        [this](const Idea &i) { m_document->applyUpsert(i); });
    setObsolete(!m_status);
}

void RemoveIdeasCommand::undo()
{
    QList<Idea> reversed(m_ideas.crbegin(), m_ideas.crend());
    m_status = applyAll(
        reversed, [this](const Idea &i) { return m_document->applyPutBack(i); },
        [this](const Idea &i) { m_document->applyRemove(i.id); });
    setObsolete(!m_status);
}

EditIdeaCommand::EditIdeaCommand(Document *document, Idea before, Idea after, const QString &text,
                                 bool mergeable)
    : ChangeValueCommand<Idea>(std::move(before), std::move(after), text)
    , m_document(document)
    , m_mergeable(mergeable)
{ }

int EditIdeaCommand::id() const
{
    return m_mergeable ? static_cast<int>(CommandId::EditIdea) : -1;
}

// My change only: a redo writes what the step made from what it was made from, an undo takes
// it back from what the step made, so that fields others changed since stay theirs and one the
// step changed that someone changed since is asked about (Document::applyUpsert).
Status EditIdeaCommand::apply(const Idea &value)
{
    const bool undoing = &value == &oldValue();
    return m_document->applyUpsert(value, undoing ? &newValue() : &oldValue(), undoing);
}

bool EditIdeaCommand::canMergeWith(const ChangeValueCommand<Idea> &other) const
{
    return other.text() == text() && other.newValue().id == newValue().id
        && other.oldValue() == newValue();
}

} // namespace mlp::ui
