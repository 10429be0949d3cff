#include "ui/editor/answerscale.h"

#include <QAbstractButton>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace mlp::ui {

AnswerScale::AnswerScale(const QString &anchor1, const QString &anchor5, QWidget *parent)
    : QWidget(parent)
{
    m_row = new QHBoxLayout;
    m_row->setSpacing(2);
    for (int v = 1; v <= 5; ++v) {
        auto *button = new QToolButton;
        button->setObjectName(QStringLiteral("value_%1").arg(v));
        button->setText(QString::number(v));
        button->setCheckable(true);
        // A click focuses the scale too, so that the keys (1–5, Delete) act on this question.
        button->setFocusPolicy(Qt::StrongFocus);
        button->setMinimumWidth(button->fontMetrics().horizontalAdvance(QStringLiteral("5")) + 22);
        button->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        if (v == 1)
            button->setToolTip(tr("1 — %1").arg(anchor1));
        else if (v == 5)
            button->setToolTip(tr("5 — %1").arg(anchor5));
        else
            button->setToolTip(tr("%1 of 5, between the two descriptions below").arg(v));
        connect(button, &QToolButton::clicked, this, [this, v] { choose(v); });
        m_row->addWidget(button);
        m_buttons[size_t(v)] = button;
    }
    auto *clear = new QToolButton;
    clear->setObjectName(QStringLiteral("clearAnswer"));
    clear->setText(tr("Clear"));
    clear->setToolTip(
        tr("Leave the question unanswered: it is left out of the score, not counted as zero"));
    clear->setAutoRaise(true);
    connect(clear, &QToolButton::clicked, this, [this] { choose(0); });
    m_buttons[0] = clear;
    m_row->addSpacing(4);
    m_row->addWidget(clear);
    m_row->addStretch(1);

    m_anchors = new QLabel(
        tr("<b>1</b> — %1<br><b>5</b> — %2").arg(anchor1.toHtmlEscaped(), anchor5.toHtmlEscaped()));
    m_anchors->setObjectName(QStringLiteral("anchors"));
    m_anchors->setWordWrap(true);
    m_anchors->setTextFormat(Qt::RichText);
    m_anchors->setForegroundRole(QPalette::PlaceholderText);
    QFont small = m_anchors->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_anchors->setFont(small);

    // The chosen value must stand out from the four others at a glance.
    setStyleSheet(QStringLiteral(
        "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);"
        " border: 1px solid palette(highlight); border-radius: 3px; font-weight: bold; }"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->setSpacing(2);
    layout->addLayout(m_row);
    layout->addWidget(m_anchors);
    setValue(0);
}

void AnswerScale::setValue(int value)
{
    m_value = std::clamp(value, 0, 5);
    for (int v = 1; v <= 5; ++v)
        m_buttons[size_t(v)]->setChecked(v == m_value);
    m_buttons[0]->setEnabled(m_value > 0);
}

QAbstractButton *AnswerScale::button(int value) const
{
    return value >= 0 && value <= 5 ? m_buttons[size_t(value)] : nullptr;
}

void AnswerScale::addTrailingWidget(QWidget *widget)
{
    m_row->addWidget(widget);
}

// The keys the scale answers with are the scale's, even those that are also shortcuts of the
// window (Delete deletes the selected ideas elsewhere).
bool AnswerScale::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int k = key->key();
        const bool ours = (k >= Qt::Key_0 && k <= Qt::Key_5) || k == Qt::Key_Delete
            || k == Qt::Key_Backspace || k == Qt::Key_Left || k == Qt::Key_Right;
        if (ours && (key->modifiers() & ~(Qt::KeypadModifier)) == Qt::NoModifier) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

void AnswerScale::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_5)
        choose(key - Qt::Key_0);
    else if (key == Qt::Key_0 || key == Qt::Key_Delete || key == Qt::Key_Backspace)
        choose(0);
    else if (key == Qt::Key_Left && m_value > 1)
        choose(m_value - 1);
    else if (key == Qt::Key_Right && m_value < 5)
        choose(m_value + 1);
    else
        QWidget::keyPressEvent(event);
}

void AnswerScale::choose(int value)
{
    // A click on the pressed button would toggle it off; the value, not the click, decides.
    const bool changed = value != m_value;
    setValue(value);
    if (changed)
        emit answered(value);
}

} // namespace mlp::ui
