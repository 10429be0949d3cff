#pragma once

// The report's own light page layout: text wrapped to a width, tables that continue over pages
// with their header repeated, and room reserved for the chart. Everything is laid out into a
// list of pages first (measuring only), so that the painter knows the page count ("Page i of
// n") before it paints the first page.

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QLineF>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <array>
#include <atomic>
#include <functional>
#include <variant>

class QPainter;
class QPaintDevice;

namespace mlp::report {

enum class Style { Title, Heading, Subheading, Body, Small, TableHeader, TableCell, Running };
inline constexpr int kStyleCount = 8;

// The report's fonts, measured on the device the report is painted on. Every style names a
// Latin family first and a CJK one after it: with a CJK family first, Qt 6.4's PDF output
// loses digits and spaces from the extracted text (docs/report.md).
class Fonts
{
public:
    explicit Fonts(QPaintDevice *device);
    const QFont &font(Style style) const { return m_fonts[static_cast<int>(style)]; }
    const QFontMetricsF &metrics(Style style) const { return m_metrics[static_cast<int>(style)]; }
    QPaintDevice *device() const { return m_device; }
    // Points (1/72 inch) in device units.
    qreal pt(qreal points) const { return points * m_dpi / 72.0; }
    // `text` broken into lines no wider than `width` (at word boundaries, or anywhere in a word
    // longer than the width); "\n" starts a new line.
    QStringList wrap(const QString &text, Style style, qreal width) const;
    // The text's advance; short texts (numbers, stages, quadrants: most table cells) are
    // measured once per report.
    qreal advance(const QString &text, Style style) const;

    static QStringList families();

private:
    QPaintDevice *m_device;
    qreal m_dpi;
    std::array<QFont, kStyleCount> m_fonts;
    std::array<QFontMetricsF, kStyleCount> m_metrics;
    mutable std::array<QHash<QString, qreal>, kStyleCount> m_advances;
};

struct TextItem
{
    QPointF baseline;
    QString text;
    Style style = Style::Body;
    QRgb color = 0xff000000;
};
struct LineItem
{
    QLineF line;
    qreal width = 1;
    QRgb color = 0xff000000;
};
struct BoxItem
{
    QRectF rect;
    QRgb fill = 0xffffffff;
};
struct ChartItem
{
    QRectF rect;
};
using PageItem = std::variant<TextItem, LineItem, BoxItem, ChartItem>;

struct Page
{
    bool landscape = false;
    QList<PageItem> items;
};

struct TableColumn
{
    QString header;
    qreal share = 1; // of the table's width, relative to the other columns
    bool rightAligned = false;
};

class PageFlow
{
public:
    // `portrait` is the page's size in device units; margins are fixed in points.
    PageFlow(const Fonts &fonts, QSizeF portrait, const std::atomic_bool *cancel = nullptr);

    void startPage(bool landscape = false);
    // A heading keeps at least `keepWith` lines of body text on its page.
    void heading(const QString &text, Style style = Style::Heading, int keepWith = 3);
    void paragraph(const QString &text, Style style = Style::Body, qreal indentPoints = 0,
                   QRgb color = 0xff000000);
    void space(qreal points);
    // Rows of cells, one per column; a row never splits, a table continues on the next page
    // with its header repeated.
    void table(const QList<TableColumn> &columns, const QList<QStringList> &rows);
    // Two columns without a header: a label and its value.
    void facts(const QList<QPair<QString, QString>> &rows);
    // Room of `height` device units on one page (a new page when it does not fit).
    QRectF reserve(qreal height);
    // Adds an item to the current page (e.g. a ChartItem over a reserved rectangle).
    void add(PageItem item) { page().items.append(std::move(item)); }
    QRectF content() const; // the current page's writable area
    qreal remaining() const { return m_bottom - m_y; }

    QList<Page> takePages() { return std::move(m_pages); }
    bool cancelled() const { return m_cancel && m_cancel->load(); }

private:
    void ensure(qreal height);
    QList<qreal> columnWidths(const QList<TableColumn> &columns) const;
    void tableHeader(const QList<TableColumn> &columns, const QList<qreal> &x,
                     const QList<qreal> &widths);
    Page &page() { return m_pages.last(); }

    const Fonts &m_fonts;
    QSizeF m_portrait;
    const std::atomic_bool *m_cancel;
    QList<Page> m_pages;
    QRectF m_content;
    qreal m_y = 0;
    qreal m_bottom = 0;
};

// Page geometry shared by the flow and the painter: margins and the bands of the running
// header and footer, in points.
inline constexpr qreal kMarginPoints = 42;
inline constexpr qreal kHeaderBandPoints = 22;

// Paints one laid-out page. `chart` paints the chart into its rectangle.
using ChartPaint = std::function<void(QPainter &painter, const QRectF &rect)>;
void paintItems(QPainter &painter, const Fonts &fonts, const Page &page, const ChartPaint &chart);

} // namespace mlp::report
