#include "ui/chart/chartlegend.h"

#include <QEvent>
#include <QPainter>

#include <algorithm>

namespace mlp::ui {

namespace {

constexpr int kMargin = 6;
constexpr int kSymbolWidth = 22;
constexpr int kWideSymbolWidth = 34;
constexpr int kGap = 14;

int symbolWidth(ChartLegend::Symbol symbol)
{
    switch (symbol) {
    case ChartLegend::Symbol::Heading:
    case ChartLegend::Symbol::Note:
        return 0;
    case ChartLegend::Symbol::ManualPlacement:
        return kWideSymbolWidth;
    default:
        return kSymbolWidth;
    }
}

} // namespace

ChartLegend::ChartLegend(QWidget *parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void ChartLegend::setEntries(const QList<Entry> &entries)
{
    m_entries = entries;
    updateGeometry();
    update();
}

QStringList ChartLegend::texts() const
{
    QStringList result;
    for (const Entry &e : m_entries)
        result.append(e.text);
    return result;
}

int ChartLegend::rowHeight() const
{
    return std::max(fontMetrics().height(), 20) + 2;
}

int ChartLegend::entryWidth(const Entry &entry) const
{
    QFont f = font();
    if (entry.symbol == Symbol::Heading)
        f.setBold(true);
    const int text = QFontMetrics(f).horizontalAdvance(entry.text);
    return symbolWidth(entry.symbol) + text;
}

// Headings start a new row, so that each group (colours, sizes, marks) reads as one line.
QList<ChartLegend::Placed> ChartLegend::layoutFor(int width) const
{
    QList<Placed> placed;
    const int h = rowHeight();
    int x = kMargin;
    int y = kMargin;
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries[i];
        const int w = entryWidth(e);
        const bool newRow
            = (e.symbol == Symbol::Heading && i > 0) || (x > kMargin && x + w > width - kMargin);
        if (newRow) {
            x = kMargin;
            y += h;
        }
        placed.append({ i, QRect(x, y, w, h) });
        x += w + kGap;
    }
    return placed;
}

int ChartLegend::heightForWidth(int width) const
{
    const QList<Placed> placed = layoutFor(width);
    if (placed.isEmpty())
        return 0;
    return placed.last().rect.bottom() + 1 + kMargin;
}

QSize ChartLegend::sizeHint() const
{
    const int w = std::max(width(), 400);
    return QSize(w, heightForWidth(w));
}

QSize ChartLegend::minimumSizeHint() const
{
    return QSize(100, heightForWidth(std::max(width(), 100)));
}

void ChartLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

void ChartLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor text = palette().color(QPalette::WindowText);
    for (const Placed &pl : layoutFor(width())) {
        const Entry &e = m_entries[pl.entry];
        const QRect r = pl.rect;
        const QPointF c(r.left() + symbolWidth(e.symbol) / 2.0 - 2, r.center().y() + 0.5);
        QFont f = font();
        p.setPen(QPen(e.color, 1.2));
        p.setBrush(Qt::NoBrush);
        switch (e.symbol) {
        case Symbol::Heading:
            f.setBold(true);
            break;
        case Symbol::Note:
            f.setItalic(true);
            break;
        case Symbol::Swatch:
            p.setPen(QPen(Qt::white, 1));
            p.setBrush(e.color);
            p.drawEllipse(c, 5.5, 5.5);
            break;
        case Symbol::SizeDot:
            p.setPen(QPen(text, 1));
            p.setBrush(QColor(120, 120, 120, 140));
            p.drawEllipse(c, e.size / 2, e.size / 2);
            break;
        case Symbol::Selected:
            p.setPen(QPen(QColor(255, 255, 255), 3.5));
            p.drawEllipse(c, 6.5, 6.5);
            p.setPen(QPen(QColor(20, 20, 20), 2));
            p.drawEllipse(c, 7.5, 7.5);
            p.setPen(QPen(Qt::white, 1));
            p.setBrush(QColor(110, 110, 110));
            p.drawEllipse(c, 4, 4);
            break;
        case Symbol::Shelved:
            p.setPen(QPen(QColor(110, 110, 110), 1.5));
            p.setBrush(QColor(110, 110, 110, 45));
            p.drawEllipse(c, 5.5, 5.5);
            break;
        case Symbol::ManualPlacement: {
            const QPointF from(c.x() - 11, c.y() + 3);
            const QPointF to(c.x() + 8, c.y() - 2);
            p.setPen(QPen(QColor(60, 60, 60), 1, Qt::DashLine));
            p.drawLine(from, to);
            p.setPen(QPen(QColor(60, 60, 60), 1.2));
            p.setBrush(Qt::white);
            p.drawEllipse(from, 3.5, 3.5);
            p.setBrush(QColor(120, 120, 120));
            p.setPen(Qt::NoPen);
            p.drawEllipse(to, 3, 3);
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(QColor(20, 20, 20), 1.5));
            p.drawRect(QRectF(to - QPointF(6, 6), QSizeF(12, 12)));
            break;
        }
        case Symbol::RaterSpread: {
            p.setPen(QPen(QColor(90, 90, 90), 1));
            p.drawLine(QPointF(c.x() - 8, c.y()), QPointF(c.x() + 8, c.y()));
            p.drawLine(QPointF(c.x(), c.y() - 7), QPointF(c.x(), c.y() + 7));
            p.setBrush(QColor(90, 90, 90));
            p.drawEllipse(QPointF(c.x() + 8, c.y()), 1.8, 1.8);
            p.drawEllipse(QPointF(c.x(), c.y() - 7), 1.8, 1.8);
            break;
        }
        }
        p.setFont(f);
        p.setPen(text);
        const int textLeft = r.left() + symbolWidth(e.symbol);
        p.drawText(QRect(textLeft, r.top(), r.right() - textLeft + 1, r.height()),
                   Qt::AlignVCenter | Qt::AlignLeft, e.text);
    }
}

} // namespace mlp::ui
