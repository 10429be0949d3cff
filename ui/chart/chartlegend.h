#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

namespace mlp::ui {

// The chart's key: what the colours, the sizes and the extra marks mean. Drawn below the plot
// rather than inside it so that it never covers a point.
class ChartLegend : public QWidget
{
    Q_OBJECT

public:
    enum class Symbol {
        Heading,
        Swatch,
        SizeDot,
        Selected,
        Shelved,
        ManualPlacement,
        RaterSpread,
        Note
    };
    struct Entry
    {
        Symbol symbol = Symbol::Note;
        QString text;
        QColor color;
        double size = 0.0;
    };

    explicit ChartLegend(QWidget *parent = nullptr);

    void setEntries(const QList<Entry> &entries);
    const QList<Entry> &entries() const { return m_entries; }
    QStringList texts() const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Placed
    {
        int entry;
        QRect rect;
    };
    QList<Placed> layoutFor(int width) const;
    int entryWidth(const Entry &entry) const;
    int rowHeight() const;

    QList<Entry> m_entries;
};

} // namespace mlp::ui
