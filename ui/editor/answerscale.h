#pragma once

#include <QWidget>

#include <array>

class QAbstractButton;
class QHBoxLayout;
class QKeyEvent;
class QLabel;

namespace mlp::ui {

// One answer on the 1–5 scale: five buttons in a row, none pressed while the question is
// unanswered, and the meaning of 1 and of 5 written out beneath, so the anchors can be read
// at any width without opening a popup. Keys 1–5 answer, 0, Delete and Backspace clear.
class AnswerScale : public QWidget
{
    Q_OBJECT

public:
    AnswerScale(const QString &anchor1, const QString &anchor5, QWidget *parent = nullptr);

    int value() const { return m_value; }     // 0: unanswered
    void setValue(int value);                 // shows a value; emits nothing
    QAbstractButton *button(int value) const; // 1–5, or 0 for the button that clears
    QLabel *anchorLabel() const { return m_anchors; }
    void addTrailingWidget(QWidget *widget); // at the right end of the row of buttons

signals:
    void answered(int value); // the user's choice; 0 clears

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void choose(int value);

    int m_value = 0;
    std::array<QAbstractButton *, 6> m_buttons {}; // [0] clears
    QHBoxLayout *m_row;
    QLabel *m_anchors;
};

} // namespace mlp::ui
