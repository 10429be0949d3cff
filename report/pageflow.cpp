#include "report/pageflow.h"

#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace mlp::report {

namespace {

constexpr QRgb kRuleColor = 0xff9aa4ae;
constexpr QRgb kHeaderFill = 0xffe4e9ee;
constexpr QRgb kStripeFill = 0xfff4f6f8;
constexpr qreal kCellPadPoints = 2.5;

struct StyleSpec
{
    qreal points;
    bool bold;
};
constexpr std::array<StyleSpec, kStyleCount> kStyleSpecs { {
    { 20, true },   // Title
    { 14, true },   // Heading
    { 11, true },   // Subheading
    { 9.5, false }, // Body
    { 8, false },   // Small
    { 7.5, true },  // TableHeader
    { 7.5, false }, // TableCell
    { 7.5, false }, // Running
} };

QFont makeFont(const StyleSpec &spec)
{
    QFont font;
    font.setFamilies(Fonts::families());
    font.setPointSizeF(spec.points);
    font.setBold(spec.bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    // No shaping for scripts that need none: Qt 6.4 has no API to turn ligatures off, and a
    // "ﬁ" ligature extracts as one character, so "first" could not be found in the PDF.
    font.setStyleStrategy(
        QFont::StyleStrategy(QFont::ForceOutline | QFont::PreferMatch | QFont::PreferNoShaping));
    return font;
}

} // namespace

QStringList Fonts::families()
{
    return { QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK KR") };
}

Fonts::Fonts(QPaintDevice *device)
    : m_device(device)
    , m_dpi(device->logicalDpiY())
    , m_fonts { makeFont(kStyleSpecs[0]), makeFont(kStyleSpecs[1]), makeFont(kStyleSpecs[2]),
                makeFont(kStyleSpecs[3]), makeFont(kStyleSpecs[4]), makeFont(kStyleSpecs[5]),
                makeFont(kStyleSpecs[6]), makeFont(kStyleSpecs[7]) }
    , m_metrics { QFontMetricsF(m_fonts[0], device), QFontMetricsF(m_fonts[1], device),
                  QFontMetricsF(m_fonts[2], device), QFontMetricsF(m_fonts[3], device),
                  QFontMetricsF(m_fonts[4], device), QFontMetricsF(m_fonts[5], device),
                  QFontMetricsF(m_fonts[6], device), QFontMetricsF(m_fonts[7], device) }
{ }

qreal Fonts::advance(const QString &text, Style style) const
{
    if (text.size() > 24)
        return metrics(style).horizontalAdvance(text);
    QHash<QString, qreal> &cache = m_advances[static_cast<int>(style)];
    const auto found = cache.constFind(text);
    if (found != cache.cend())
        return *found;
    const qreal width = metrics(style).horizontalAdvance(text);
    cache.insert(text, width);
    return width;
}

QStringList Fonts::wrap(const QString &text, Style style, qreal width) const
{
    if (!text.contains(QLatin1Char('\n')) && advance(text, style) <= width)
        return { text };
    QStringList lines;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        if (advance(paragraph, style) <= width) {
            lines << paragraph;
            continue;
        }
        QTextLayout layout(paragraph, font(style), m_device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            QString part = paragraph.mid(line.textStart(), line.textLength());
            while (!part.isEmpty() && part.back().isSpace())
                part.chop(1);
            lines << part;
        }
        layout.endLayout();
    }
    return lines;
}

PageFlow::PageFlow(const Fonts &fonts, QSizeF portrait, const std::atomic_bool *cancel)
    : m_fonts(fonts)
    , m_portrait(portrait)
    , m_cancel(cancel)
{ }

void PageFlow::startPage(bool landscape)
{
    m_pages.append(Page { landscape, {} });
    const QSizeF size = landscape ? m_portrait.transposed() : m_portrait;
    const qreal margin = m_fonts.pt(kMarginPoints);
    const qreal band = m_fonts.pt(kHeaderBandPoints);
    m_content = QRectF(margin, margin + band, size.width() - 2 * margin,
                       size.height() - 2 * margin - 2 * band);
    m_y = m_content.top();
    m_bottom = m_content.bottom();
}

QRectF PageFlow::content() const
{
    return m_content;
}

void PageFlow::ensure(qreal height)
{
    if (m_pages.isEmpty())
        startPage();
    else if (m_y + height > m_bottom && m_y > m_content.top())
        startPage(page().landscape);
}

void PageFlow::space(qreal points)
{
    if (m_pages.isEmpty())
        startPage();
    m_y = std::min(m_bottom, m_y + m_fonts.pt(points));
}

void PageFlow::heading(const QString &text, Style style, int keepWith)
{
    const QFontMetricsF &fm = m_fonts.metrics(style);
    const QStringList lines = m_fonts.wrap(text, style, m_content.width());
    const qreal before = m_pages.isEmpty() || m_y <= m_content.top() ? 0 : fm.height() * 0.6;
    ensure(before + lines.size() * fm.lineSpacing()
           + keepWith * m_fonts.metrics(Style::Body).lineSpacing());
    if (m_y > m_content.top())
        m_y += before;
    for (const QString &line : lines) {
        page().items.append(
            TextItem { QPointF(m_content.left(), m_y + fm.ascent()), line, style, 0xff1f2d3d });
        m_y += fm.lineSpacing();
    }
    m_y += fm.height() * 0.25;
}

void PageFlow::paragraph(const QString &text, Style style, qreal indentPoints, QRgb color)
{
    if (m_pages.isEmpty())
        startPage();
    const QFontMetricsF &fm = m_fonts.metrics(style);
    const qreal indent = m_fonts.pt(indentPoints);
    for (const QString &line : m_fonts.wrap(text, style, m_content.width() - indent)) {
        ensure(fm.lineSpacing());
        page().items.append(
            TextItem { QPointF(m_content.left() + indent, m_y + fm.ascent()), line, style, color });
        m_y += fm.lineSpacing();
    }
    m_y += fm.lineSpacing() * 0.3;
}

void PageFlow::tableHeader(const QList<TableColumn> &columns, const QList<qreal> &x,
                           const QList<qreal> &widths)
{
    const QFontMetricsF &fm = m_fonts.metrics(Style::TableHeader);
    const qreal pad = m_fonts.pt(kCellPadPoints);
    QList<QStringList> cells;
    int lines = 1;
    for (int c = 0; c < columns.size(); ++c) {
        cells << m_fonts.wrap(columns[c].header, Style::TableHeader, widths[c] - 2 * pad);
        lines = std::max(lines, int(cells.last().size()));
    }
    const qreal height = lines * fm.lineSpacing() + 2 * pad;
    page().items.append(
        BoxItem { QRectF(m_content.left(), m_y, m_content.width(), height), kHeaderFill });
    for (int c = 0; c < columns.size(); ++c) {
        qreal y = m_y + pad + fm.ascent();
        for (const QString &line : cells[c]) {
            const qreal left = columns[c].rightAligned
                ? x[c] + widths[c] - pad - fm.horizontalAdvance(line)
                : x[c] + pad;
            page().items.append(TextItem { QPointF(left, y), line, Style::TableHeader });
            y += fm.lineSpacing();
        }
    }
    m_y += height;
    page().items.append(LineItem { QLineF(m_content.left(), m_y, m_content.right(), m_y),
                                   m_fonts.pt(0.6), kRuleColor });
}

QList<qreal> PageFlow::columnWidths(const QList<TableColumn> &columns) const
{
    // Each column by its share, but never narrower than its header's longest word: a header
    // broken inside a word ("Feasibi-lity") reads badly. The room comes from the columns with
    // more than their minimum, in proportion.
    const QFontMetricsF &header = m_fonts.metrics(Style::TableHeader);
    const qreal pad = m_fonts.pt(kCellPadPoints);
    qreal total = 0;
    for (const TableColumn &column : columns)
        total += column.share;
    QList<qreal> widths;
    QList<qreal> minimum;
    qreal sum = 0;
    for (const TableColumn &column : columns) {
        qreal longest = 0;
        for (const QString &word : column.header.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            longest = std::max(longest, header.horizontalAdvance(word));
        minimum << longest + 2 * pad + m_fonts.pt(0.5);
        widths << std::max(minimum.last(), m_content.width() * column.share / total);
        sum += widths.last();
    }
    const qreal excess = sum - m_content.width();
    if (excess > 0) {
        qreal slack = 0;
        for (int c = 0; c < widths.size(); ++c)
            slack += widths[c] - minimum[c];
        for (int c = 0; c < widths.size() && slack > 0; ++c)
            widths[c] -= std::min(excess, slack) * (widths[c] - minimum[c]) / slack;
    }
    return widths;
}

void PageFlow::table(const QList<TableColumn> &columns, const QList<QStringList> &rows)
{
    if (m_pages.isEmpty())
        startPage();
    const QFontMetricsF &fm = m_fonts.metrics(Style::TableCell);
    const qreal pad = m_fonts.pt(kCellPadPoints);
    const QList<qreal> widths = columnWidths(columns);
    QList<qreal> x;
    qreal left = m_content.left();
    for (qreal width : widths) {
        x << left;
        left += width;
    }
    const qreal headerHeight = 2 * fm.lineSpacing() + 2 * pad;
    ensure(headerHeight + fm.lineSpacing() + 2 * pad);
    tableHeader(columns, x, widths);
    const int maxLines
        = std::max(1, int((m_content.height() - headerHeight - 2 * pad) / fm.lineSpacing()));
    for (int r = 0; r < rows.size(); ++r) {
        if ((r & 255) == 255 && cancelled())
            return;
        QList<QStringList> cells;
        int lines = 1;
        for (int c = 0; c < columns.size(); ++c) {
            QStringList cell
                = m_fonts.wrap(r < rows.size() && c < rows[r].size() ? rows[r][c] : QString(),
                               Style::TableCell, widths[c] - 2 * pad);
            if (cell.size() > maxLines) {
                cell = cell.mid(0, maxLines);
                cell.last() += QChar(0x2026);
            }
            lines = std::max(lines, int(cell.size()));
            cells << cell;
        }
        const qreal height = lines * fm.lineSpacing() + 2 * pad;
        if (m_y + height > m_bottom) {
            startPage(page().landscape);
            tableHeader(columns, x, widths);
        }
        if (r % 2 == 1)
            page().items.append(
                BoxItem { QRectF(m_content.left(), m_y, m_content.width(), height), kStripeFill });
        for (int c = 0; c < columns.size(); ++c) {
            qreal y = m_y + pad + fm.ascent();
            for (const QString &line : cells[c]) {
                const qreal at = columns[c].rightAligned
                    ? x[c] + widths[c] - pad - m_fonts.advance(line, Style::TableCell)
                    : x[c] + pad;
                page().items.append(TextItem { QPointF(at, y), line, Style::TableCell });
                y += fm.lineSpacing();
            }
        }
        m_y += height;
    }
    page().items.append(LineItem { QLineF(m_content.left(), m_y, m_content.right(), m_y),
                                   m_fonts.pt(0.6), kRuleColor });
    m_y += fm.lineSpacing();
}

void PageFlow::facts(const QList<QPair<QString, QString>> &rows)
{
    if (m_pages.isEmpty())
        startPage();
    const QFontMetricsF &fm = m_fonts.metrics(Style::Body);
    const qreal labelWidth = m_content.width() * 0.3;
    const qreal gap = m_fonts.pt(6);
    const qreal valueWidth = m_content.width() - labelWidth - gap;
    for (const auto &[label, value] : rows) {
        const QStringList labelLines = m_fonts.wrap(label, Style::Body, labelWidth);
        const QStringList valueLines = m_fonts.wrap(value, Style::Body, valueWidth);
        const int lines = int(std::max(labelLines.size(), valueLines.size()));
        // Long values may run over pages; short rows stay together.
        if (lines <= 6)
            ensure(lines * fm.lineSpacing());
        for (int i = 0; i < lines; ++i) {
            ensure(fm.lineSpacing());
            const qreal baseline = m_y + fm.ascent();
            if (i < labelLines.size())
                page().items.append(TextItem { QPointF(m_content.left(), baseline), labelLines[i],
                                               Style::Body, 0xff4a5866 });
            if (i < valueLines.size())
                page().items.append(TextItem {
                    QPointF(m_content.left() + labelWidth + gap, baseline), valueLines[i] });
            m_y += fm.lineSpacing();
        }
        m_y += fm.lineSpacing() * 0.2;
    }
    m_y += fm.lineSpacing() * 0.3;
}

QRectF PageFlow::reserve(qreal height)
{
    ensure(height);
    const QRectF rect(m_content.left(), m_y, m_content.width(), std::min(height, m_bottom - m_y));
    m_y += rect.height();
    return rect;
}

void paintItems(QPainter &painter, const Fonts &fonts, const Page &page, const ChartPaint &chart)
{
    int style = -1;
    QRgb color = 0xff000000;
    painter.setPen(QColor::fromRgba(color));
    for (const PageItem &item : page.items) {
        if (const auto *text = std::get_if<TextItem>(&item)) {
            if (static_cast<int>(text->style) != style) {
                style = static_cast<int>(text->style);
                painter.setFont(fonts.font(text->style));
            }
            if (text->color != color) {
                color = text->color;
                painter.setPen(QColor::fromRgba(color));
            }
            painter.drawText(text->baseline, text->text);
        } else if (const auto *line = std::get_if<LineItem>(&item)) {
            painter.setPen(QPen(QColor::fromRgba(line->color), line->width));
            color = line->color;
            painter.drawLine(line->line);
            painter.setPen(QColor::fromRgba(color));
        } else if (const auto *box = std::get_if<BoxItem>(&item)) {
            painter.fillRect(box->rect, QColor::fromRgba(box->fill));
        } else if (const auto *area = std::get_if<ChartItem>(&item)) {
            painter.save();
            if (chart)
                chart(painter, area->rect);
            painter.restore();
            style = -1;
            color = 0xff000000;
            painter.setPen(QColor::fromRgba(color));
        }
    }
}

} // namespace mlp::report
