#pragma once

#include <QObject>

class QWidget;

namespace mlp::ui {

// Undo and Redo in a window mean the portfolio's undo stack, unless the focused text field has
// an edit of its own that is not recorded yet (a name being typed). Qt gives every QLineEdit and
// QPlainTextEdit the Undo and Redo keys whenever it has focus, even when its own history is
// only the filter text typed before the last portfolio change; this filter hands the keys back
// to the window's actions unless the field is modified (QLineEdit::isModified(),
// QTextDocument::isModified()). Fields that commit on Enter or focus-out clear that flag when
// they commit, and the window clears the filter box's after each step of the undo stack.
class TextUndoGuard : public QObject
{
    Q_OBJECT

public:
    // Watches the text fields of `window` (not of other windows, such as dialogs).
    explicit TextUndoGuard(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
};

} // namespace mlp::ui
