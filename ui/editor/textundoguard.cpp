#include "ui/editor/textundoguard.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextDocument>

namespace mlp::ui {

TextUndoGuard::TextUndoGuard(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    qApp->installEventFilter(this);
}

bool TextUndoGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride || !watched->isWidgetType())
        return false;
    auto *widget = static_cast<QWidget *>(watched);
    if (widget->window() != m_window)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    if (!key->matches(QKeySequence::Undo) && !key->matches(QKeySequence::Redo))
        return false;
    bool ownEdit = true;
    if (auto *line = qobject_cast<QLineEdit *>(widget))
        ownEdit = line->isModified() && !line->isReadOnly();
    else if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
        ownEdit = text->document()->isModified() && !text->isReadOnly();
    if (ownEdit)
        return false;
    // Not accepted: the key goes to the window's Undo or Redo action.
    event->ignore();
    return true;
}

} // namespace mlp::ui
