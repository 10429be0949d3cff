#pragma once

#include <QList>
#include <QString>
#include <QWidget>

namespace mlp::ui {

// The hover card: a few styled lines painted directly. QToolTip lays its text out as rich
// text, which costs several milliseconds per hovered point; this stays well under one.
class ChartToolTip : public QWidget
{
    Q_OBJECT

public:
    enum class Style { Title, Strong, Normal, Heading, Dim };
    struct Line
    {
        QString text;
        Style style = Style::Normal;
        int indent = 0;
    };

    explicit ChartToolTip(QWidget *parent = nullptr);

    void setLines(const QList<Line> &lines);
    const QList<Line> &lines() const { return m_lines; }
    static QString plainText(const QList<Line> &lines);
    // Shows the card beside `globalPos`, kept on the screen of `anchor`.
    void showNear(QPoint globalPos, const QWidget *anchor);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QFont fontFor(Style style) const;

    QList<Line> m_lines;
};

} // namespace mlp::ui
