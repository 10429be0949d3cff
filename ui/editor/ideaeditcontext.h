#pragma once

#include "core/domain/idea.h"

#include <QString>

#include <functional>

namespace mlp::ui {

class Document;

// What the tabs of the idea editor share: the document, the idea on show, and the one way to
// change it. IdeaEditor provides it and owns the tabs, so a tab keeps a reference to it.
class IdeaEditContext
{
public:
    virtual ~IdeaEditContext() = default;

    virtual Document *document() const = 0;
    virtual qint64 ideaId() const = 0; // 0: nothing on show
    // True while the editor fills its fields from the document: the fields' change signals are
    // then not the user's, and must not become edits.
    virtual bool isLoading() const = 0;
    // Applies `change` to a copy of the current idea and pushes it as one edit named `text`.
    // A refused edit shows its message and reloads the editor; returns whether it was made.
    virtual bool commit(const QString &text, const std::function<void(Idea &)> &change) = 0;
    virtual void showError(const QString &message) = 0; // under the idea's name, until hidden
    virtual void hideError() = 0;
    virtual void reload() = 0; // fills the whole editor from the document again
};

} // namespace mlp::ui
