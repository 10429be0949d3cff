#include "ui/chart/charttooltip.h"

#include <QFontMetrics>
#include <QPainter>
#include <QScreen>

#include <algorithm>

namespace mlp::ui {

namespace {
constexpr int kPad = 7;
constexpr int kIndent = 14;
constexpr int kOffset = 16;
} // namespace

ChartToolTip::ChartToolTip(QWidget *parent)
    : QWidget(parent, Qt::ToolTip | Qt::FramelessWindowHint | Qt::BypassGraphicsProxyWidget)
{
    setObjectName(QStringLiteral("portfolioChartToolTip"));
    setAttribute(Qt::WA_ShowWithoutActivating);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setForegroundRole(QPalette::ToolTipText);
    setBackgroundRole(QPalette::ToolTipBase);
}

QFont ChartToolTip::fontFor(Style style) const
{
    QFont f = font();
    switch (style) {
    case Style::Title:
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.1);
        break;
    case Style::Strong:
        f.setBold(true);
        break;
    case Style::Heading:
        f.setUnderline(true);
        break;
    case Style::Normal:
    case Style::Dim:
        break;
    }
    return f;
}

void ChartToolTip::setLines(const QList<Line> &lines)
{
    m_lines = lines;
    int width = 0;
    int height = 0;
    for (const Line &line : lines) {
        const QFontMetrics fm(fontFor(line.style));
        width = std::max(width, line.indent * kIndent + fm.horizontalAdvance(line.text));
        height += fm.lineSpacing();
    }
    resize(width + 2 * kPad, height + 2 * kPad);
    update();
}

QString ChartToolTip::plainText(const QList<Line> &lines)
{
    QStringList texts;
    for (const Line &line : lines)
        texts.append(QString(line.indent * 2, QLatin1Char(' ')) + line.text);
    return texts.join(QLatin1Char('\n'));
}

void ChartToolTip::showNear(QPoint globalPos, const QWidget *anchor)
{
    QPoint at = globalPos + QPoint(kOffset, kOffset);
    if (const QScreen *screen = anchor ? anchor->screen() : nullptr) {
        const QRect area = screen->availableGeometry();
        if (at.x() + width() > area.right())
            at.setX(globalPos.x() - kOffset - width());
        if (at.y() + height() > area.bottom())
            at.setY(globalPos.y() - kOffset - height());
        at.setX(std::max(at.x(), area.left()));
        at.setY(std::max(at.y(), area.top()));
    }
    move(at);
    if (!isVisible())
        show();
}

void ChartToolTip::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::ToolTipBase));
    p.setPen(palette().color(QPalette::ToolTipText).lighter(250));
    p.drawRect(rect().adjusted(0, 0, -1, -1));
    const QColor text = palette().color(QPalette::ToolTipText);
    QColor dim = text;
    dim.setAlpha(170);
    int y = kPad;
    for (const Line &line : std::as_const(m_lines)) {
        const QFont f = fontFor(line.style);
        const QFontMetrics fm(f);
        p.setFont(f);
        p.setPen(line.style == Style::Dim ? dim : text);
        p.drawText(QPointF(kPad + line.indent * kIndent, y + fm.ascent()), line.text);
        y += fm.lineSpacing();
    }
}

} // namespace mlp::ui
