#include "ui/chart/chartzoom.h"

#include <algorithm>
#include <cmath>

namespace mlp::ui {

namespace {

constexpr double kSame = 1e-9;

// Slides [low, low + span] into [min, max] without changing its span.
double slideInto(double low, double span, double min, double max)
{
    if (span >= max - min)
        return min;
    return std::clamp(low, min, max - span);
}

bool nearlyEqual(const QRectF &a, const QRectF &b)
{
    return std::abs(a.left() - b.left()) < kSame && std::abs(a.top() - b.top()) < kSame
        && std::abs(a.width() - b.width()) < kSame && std::abs(a.height() - b.height()) < kSame;
}

} // namespace

ChartZoom::ChartZoom()
    : m_range(fullRange())
{ }

QRectF ChartZoom::fullRange()
{
    return QRectF(-kPadding, -kPadding, kExtent + 2 * kPadding, kExtent + 2 * kPadding);
}

bool ChartZoom::isZoomed() const
{
    return !nearlyEqual(m_range, fullRange());
}

bool ChartZoom::canZoomIn() const
{
    return m_range.width() > kMinSpan + kSame || m_range.height() > kMinSpan + kSame;
}

double ChartZoom::factor() const
{
    return m_range.width() > 0 ? fullRange().width() / m_range.width() : 1.0;
}

bool ChartZoom::setRange(QRectF range)
{
    const QRectF full = fullRange();
    const double w = std::clamp(range.width(), kMinSpan, full.width());
    const double h = std::clamp(range.height(), kMinSpan, full.height());
    const QRectF clamped(slideInto(range.left(), w, full.left(), full.right()),
                         slideInto(range.top(), h, full.top(), full.bottom()), w, h);
    if (nearlyEqual(clamped, m_range))
        return false;
    m_range = clamped;
    return true;
}

bool ChartZoom::zoomAt(QPointF anchor, double factor)
{
    if (!(factor > 0) || !std::isfinite(factor) || !std::isfinite(anchor.x())
        || !std::isfinite(anchor.y()))
        return false;
    const QRectF full = fullRange();
    const double w = std::clamp(m_range.width() / factor, kMinSpan, full.width());
    const double h = std::clamp(m_range.height() / factor, kMinSpan, full.height());
    // The anchor keeps its fraction of the way across the range.
    const double fx = m_range.width() > 0 ? (anchor.x() - m_range.left()) / m_range.width() : 0.5;
    const double fy = m_range.height() > 0 ? (anchor.y() - m_range.top()) / m_range.height() : 0.5;
    return setRange(QRectF(anchor.x() - fx * w, anchor.y() - fy * h, w, h));
}

bool ChartZoom::panBy(QPointF delta)
{
    if (!std::isfinite(delta.x()) || !std::isfinite(delta.y()))
        return false;
    return setRange(m_range.translated(delta));
}

bool ChartZoom::reset()
{
    return setRange(fullRange());
}

bool ChartZoom::ensureVisible(QPointF value, double margin)
{
    const double mx = m_range.width() * margin;
    const double my = m_range.height() * margin;
    QRectF r = m_range;
    if (value.x() < r.left() + mx)
        r.moveLeft(value.x() - mx);
    else if (value.x() > r.right() - mx)
        r.moveRight(value.x() + mx);
    if (value.y() < r.top() + my)
        r.moveTop(value.y() - my);
    else if (value.y() > r.bottom() - my)
        r.moveBottom(value.y() + my);
    return setRange(r);
}

double ChartZoom::tickInterval(double span)
{
    if (!(span > 0) || !std::isfinite(span))
        return 1.0;
    const double raw = span / 5.0;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    double best = power;
    for (double step : { 1.0, 2.0, 5.0, 10.0 }) {
        if (std::abs(std::log(step * power / raw)) < std::abs(std::log(best / raw)))
            best = step * power;
    }
    return best;
}

} // namespace mlp::ui
