#include "ui/editor/baselineladder.h"

#include "ui/editor/metricvalues.h"

#include <QPaintEvent>
#include <QPainter>

#include <algorithm>

namespace mlp::ui {

using editorsupport::formatValue;

namespace {

constexpr int kRowHeight = 22;
constexpr int kTop = 22;    // room for the lines' captions
constexpr int kBottom = 20; // room for "better →"

// Human rungs first, from the cheapest to the strongest, then the other kinds in their order.
int drawOrder(BaselineKind kind)
{
    const int rung = humanRung(kind);
    return rung > 0 ? rung : 10 + int(kind);
}

} // namespace

BaselineLadder::BaselineLadder(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("baselineLadder"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void BaselineLadder::setData(const QList<Baseline> &baselines, const MetricDef &metric,
                             const BaselineAnalysis &analysis)
{
    QList<Baseline> sorted;
    for (const Baseline &b : baselines) {
        if (b.kind != BaselineKind::Requirement) // the requirement is the target line
            sorted << b;
    }
    std::stable_sort(sorted.begin(), sorted.end(), [](const Baseline &a, const Baseline &b) {
        return drawOrder(a.kind) < drawOrder(b.kind);
    });
    m_rows.clear();
    for (const Baseline &b : std::as_const(sorted)) {
        const int rung = humanRung(b.kind);
        const QString kind = rung > 0 ? tr("Human %1").arg(rung) : baselineKindDisplayName(b.kind);
        m_rows << Row { b.label.isEmpty() ? kind : tr("%1: %2").arg(kind, b.label), b.value,
                        rung > 0, b.kind == BaselineKind::PublishedResult && !b.fairChecked };
    }
    m_target = analysis.target;
    m_bestModel = analysis.bestModel;
    m_bestModelName = analysis.bestModelName;
    m_direction = metric.direction;

    QList<double> values;
    for (const Row &r : std::as_const(m_rows))
        values << r.value;
    if (m_target)
        values << *m_target;
    if (m_bestModel)
        values << *m_bestModel;
    values << 0.0; // bars start at zero when the values allow it
    m_min = *std::min_element(values.cbegin(), values.cend());
    m_max = *std::max_element(values.cbegin(), values.cend());
    if (m_max <= m_min)
        m_max = m_min + 1.0;

    QStringList described;
    for (const Row &r : std::as_const(m_rows))
        described << tr("%1 %2").arg(r.label, formatValue(r.value));
    if (m_target)
        described << tr("target %1").arg(formatValue(*m_target));
    if (m_bestModel)
        described << tr("best model %1").arg(formatValue(*m_bestModel));
    setAccessibleDescription(described.join(QStringLiteral("; ")));
    updateGeometry();
    update();
}

QSize BaselineLadder::sizeHint() const
{
    return { 360, kTop + kBottom + kRowHeight * int(std::max<qsizetype>(m_rows.size(), 1)) };
}

QSize BaselineLadder::minimumSizeHint() const
{
    return { 200, sizeHint().height() };
}

// Better is to the right: a lower-is-better metric runs from its highest value to its lowest.
double BaselineLadder::xFor(double value, double left, double width) const
{
    double t = (value - m_min) / (m_max - m_min);
    if (m_direction == Direction::LowerIsBetter)
        t = 1.0 - t;
    return left + t * width;
}

void BaselineLadder::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QPalette pal = palette();
    const QFontMetrics fm = fontMetrics();
    const int labelWidth = std::min(width() / 3, 220);
    const double left = labelWidth + 8;
    const double plotWidth = std::max(20.0, width() - left - 48.0);

    if (m_rows.isEmpty() && !m_target && !m_bestModel) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No baselines on this metric yet."));
        return;
    }

    const double zero = xFor(std::clamp(0.0, m_min, m_max), left, plotWidth);
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows[i];
        const int y = kTop + i * kRowHeight;
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRect(0, y, labelWidth, kRowHeight), Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(r.label, Qt::ElideMiddle, labelWidth));
        const double x = xFor(r.value, left, plotWidth);
        QColor fill = r.human ? QColor(0x4e, 0x79, 0xa7) : QColor(0x9c, 0x9c, 0x9c);
        if (r.unchecked)
            fill = QColor(0xe1, 0x8a, 0x3b);
        const QRectF bar(std::min(zero, x), y + 4, std::max(2.0, std::abs(x - zero)),
                         kRowHeight - 8);
        p.fillRect(bar, fill);
        p.drawText(QRectF(bar.right() + 4, y, 60, kRowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   formatValue(r.value));
    }

    const int bottom = kTop + int(std::max<qsizetype>(m_rows.size(), 1)) * kRowHeight;
    auto line = [&](double value, const QColor &color, Qt::PenStyle style, const QString &text,
                    int captionRow) {
        const double x = xFor(value, left, plotWidth);
        p.setPen(QPen(color, 2, style));
        p.drawLine(QPointF(x, kTop - 2), QPointF(x, bottom));
        p.setPen(color);
        const int w = fm.horizontalAdvance(text) + 4;
        const double tx = std::clamp(x - w / 2.0, 0.0, std::max(0.0, double(width() - w)));
        p.drawText(QRectF(tx, captionRow, w, fm.height()), Qt::AlignCenter, text);
    };
    if (m_target)
        line(*m_target, QColor(0xb0, 0x00, 0x20), Qt::DashLine,
             tr("target %1").arg(formatValue(*m_target)), 2);
    if (m_bestModel)
        line(*m_bestModel, QColor(0x2e, 0x7d, 0x32), Qt::SolidLine,
             tr("best model %1").arg(formatValue(*m_bestModel)), bottom + 2);

    p.setPen(pal.color(QPalette::PlaceholderText));
    p.drawText(QRectF(0, bottom + 2, labelWidth, fm.height()), Qt::AlignRight, tr("better →"));
}

} // namespace mlp::ui
