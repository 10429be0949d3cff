#pragma once

#include <QString>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QScrollArea;
class QTableWidget;
class QVariant;
class QWidget;

// Small pieces the idea editor's tabs share: how a tab scrolls, how its labels wrap, how it
// writes a number, and how a field is refilled from the document without losing what is
// being typed into it.
namespace mlp::ui::editorsupport {

// `content` in a frameless area that scrolls vertically only.
QScrollArea *scrolling(QWidget *content);
// A label that wraps and whose text can be selected and copied.
QLabel *wrappingLabel(const QString &text = {});
// `value` with `decimals` decimals, in the user's locale.
QString number(double value, int decimals = 1);

// The "IfIdle" setters leave a field alone while it has focus and an edit not yet recorded, and
// otherwise show `text` and mark the field unmodified.
void setPlainTextIfIdle(QPlainTextEdit *edit, const QString &text);
void setTextIfIdle(QLineEdit *edit, const QString &text);
// Selects the item holding `data`, when there is one and it is not selected already.
void setComboData(QComboBox *combo, const QVariant &data);
// A combo box that does not widen the editor to its longest item.
void compactCombo(QComboBox *combo);

// A table of a tab that scrolls as a whole: it is as tall as its rows (at least `minimumRows`),
// so it shows no empty area and no scroll bar of its own but, when `roomForScrollBar`, the
// horizontal one its columns may need in a narrow panel.
void fitTableToRows(QTableWidget *table, int minimumRows, bool roomForScrollBar);
// Column headers for a narrow panel: every column as wide as its contents up to `maxChars`
// characters (0: no limit), the header text elided beyond that, and the header's tool tips (set per
// item) giving the whole text.
void narrowHeaders(QTableWidget *table, int maxChars);
// The header item's text, with the whole text (or `toolTip`) as its tool tip.
void setHeaderText(QTableWidget *table, int column, const QString &text,
                   const QString &toolTip = {});

} // namespace mlp::ui::editorsupport
